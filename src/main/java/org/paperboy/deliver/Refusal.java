package org.paperboy.deliver;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a refusal says about the address, from an SMTP reply or a bounce's status (RFC 3463 enhanced
 * codes, e.g. 5.1.1). Only {@link #MAILBOX} says the address does not work; a message too large, a
 * policy block or a temporary failure says nothing about it, and must never suppress a reader.
 */
public enum Refusal {
    /** The mailbox does not exist or is disabled (5.1.x, 5.2.1, 550 "no such user", 551, 553). */
    MAILBOX,
    /** The message was too large (552, 5.3.4, 5.2.3). */
    SIZE,
    /** Refused by policy: spam filtering, blocklists, authentication (5.7.x). */
    POLICY,
    /** Try again later (4xx, 4.x.x), including a full mailbox (5.2.2, which servers mean as temporary). */
    TEMPORARY,
    /** Any other permanent refusal (5.0.0, 5.4.x network, 5.5.x protocol, 5.6.x content, 554). */
    OTHER;

    private static final Pattern ENHANCED = Pattern.compile("\\b([245])\\.(\\d{1,3})\\.(\\d{1,3})\\b");
    private static final Pattern NO_SUCH_USER = Pattern.compile(
            "no such user|user unknown|unknown user|does not exist|mailbox unavailable|mailbox not found|address rejected"
                    + "|recipient rejected|invalid recipient|no mailbox|account (?:has been )?disabled");

    /**
     * @param code the basic reply code (550), or -1 when there is none (a bounce's status alone)
     * @param text the reply or diagnostic text, which may carry the enhanced code
     */
    public static Refusal of(int code, String text) {
        String t = text == null ? "" : text.toLowerCase(Locale.ROOT);
        Matcher m = ENHANCED.matcher(t);
        if (m.find()) {
            return enhanced(m.group(1), m.group(2), m.group(3));
        }
        if (code >= 400 && code < 500) {
            return TEMPORARY;
        }
        return switch (code) {
            case 551, 553 -> MAILBOX;
            case 552 -> SIZE;
            case 550 -> NO_SUCH_USER.matcher(t).find() ? MAILBOX : OTHER;
            default -> code < 0 && NO_SUCH_USER.matcher(t).find() ? MAILBOX : OTHER;
        };
    }

    private static Refusal enhanced(String kind, String subject, String detail) {
        if (kind.equals("4")) {
            return TEMPORARY;
        }
        return switch (subject) {
            case "1" -> MAILBOX;
            case "2" -> detail.equals("1") ? MAILBOX : detail.equals("2") ? TEMPORARY : detail.equals("3") ? SIZE : OTHER;
            case "3" -> detail.equals("4") ? SIZE : OTHER;
            case "7" -> POLICY;
            default -> OTHER;
        };
    }
}
