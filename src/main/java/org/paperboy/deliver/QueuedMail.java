package org.paperboy.deliver;

/**
 * A rendered issue waiting to go to one subscriber: one delivery row.
 *
 * @param messageId      the Message-ID to send with, fixed when the row was created (without angle brackets)
 * @param unsubscribeUrl the https one-click unsubscribe URL for List-Unsubscribe (RFC 8058)
 * @param attempts       sends tried so far
 * @param kind           the issue's kind (daily, weekly-1, ...), which decides the List-Id
 */
public record QueuedMail(
        long deliveryId,
        long issueId,
        long subscriberId,
        String to,
        String subject,
        String html,
        String text,
        String messageId,
        String unsubscribeUrl,
        int attempts,
        String kind) {

    public QueuedMail(long deliveryId, long issueId, long subscriberId, String to, String subject, String html, String text,
            String messageId, String unsubscribeUrl, int attempts) {
        this(deliveryId, issueId, subscriberId, to, subject, html, text, messageId, unsubscribeUrl, attempts, "daily");
    }
}
