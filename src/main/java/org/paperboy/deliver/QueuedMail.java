package org.paperboy.deliver;

/**
 * A rendered issue waiting to go to one subscriber: one delivery row.
 *
 * @param messageId      the Message-ID to send with, fixed when the row was created (without angle brackets)
 * @param unsubscribeUrl the https one-click unsubscribe URL for List-Unsubscribe (RFC 8058)
 * @param attempts       sends tried so far
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
        int attempts) {
}
