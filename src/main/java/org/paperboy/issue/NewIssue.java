package org.paperboy.issue;

import java.time.LocalDate;
import java.util.List;

/**
 * A rendered issue ready to be stored and queued for one reader.
 *
 * @param coveredFrom    the first announcement day whose papers the issue considered
 * @param htmlPart       the HTML part, as the pieces it was put together from ({@link #html} joins them)
 * @param textPart       the plain-text part, likewise
 * @param messageId      the Message-ID the mail will carry, fixed now so a retry sends the same one
 */
public record NewIssue(
        String kind,
        long subscriberId,
        String address,
        LocalDate date,
        LocalDate coveredFrom,
        String subject,
        MailText htmlPart,
        MailText textPart,
        List<Pick> picks,
        String messageId,
        String unsubscribeUrl) {

    public static final String DAILY = "daily";

    public NewIssue {
        picks = List.copyOf(picks);
    }

    public NewIssue(String kind, long subscriberId, String address, LocalDate date, LocalDate coveredFrom, String subject,
            String html, String text, List<Pick> picks, String messageId, String unsubscribeUrl) {
        this(kind, subscriberId, address, date, coveredFrom, subject, MailText.of(html), MailText.of(text), picks, messageId,
                unsubscribeUrl);
    }

    public String html() {
        return htmlPart.text();
    }

    public String text() {
        return textPart.text();
    }
}
