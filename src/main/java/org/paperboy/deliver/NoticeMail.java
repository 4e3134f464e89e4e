package org.paperboy.deliver;

import java.time.LocalDate;

/**
 * A mail about someone's subscription (a confirmation link, a reply to a mail command) for the outbox:
 * stored and sent like an issue, but sent whatever the subscriber's status, since it is about that status.
 *
 * @param kind      {@link #CONFIRM} or {@link #NOTICE}; the day's later ones of a kind are stored as kind.2 to
 *                  kind.{@value #PER_DAY}, and past that the day has had its mails of that kind
 * @param messageId without angle brackets
 */
public record NoticeMail(String kind, long subscriberId, String to, LocalDate day, String subject, String html, String text,
        String messageId, String unsubscribeUrl) {

    /** Answers to a sign-up: the confirmation link, or "you are already subscribed". */
    public static final String CONFIRM = "confirm";
    /** Replies to mail commands. */
    public static final String NOTICE = "notice";
    /** The most mails of one kind one subscriber gets in a day, however often anyone asks. */
    public static final int PER_DAY = 9;
}
