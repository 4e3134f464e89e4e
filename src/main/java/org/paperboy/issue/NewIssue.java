package org.paperboy.issue;

import java.time.LocalDate;
import java.util.List;

/**
 * A rendered issue ready to be stored and queued for one reader.
 *
 * @param coveredFrom    the first announcement day whose papers the issue considered
 * @param messageId      the Message-ID the mail will carry, fixed now so a retry sends the same one
 */
public record NewIssue(
        String kind,
        long subscriberId,
        String address,
        LocalDate date,
        LocalDate coveredFrom,
        String subject,
        String html,
        String text,
        List<Pick> picks,
        String messageId,
        String unsubscribeUrl) {

    public static final String DAILY = "daily";

    public NewIssue {
        picks = List.copyOf(picks);
    }
}
