package org.paperboy.deliver;

/**
 * One message ready for the wire.
 *
 * @param messageId      without angle brackets; kept as given so a resend carries the same id
 * @param unsubscribeUrl the one-click (RFC 8058) URL; blank leaves only the mailto, if any
 */
public record OutgoingMail(
        MailingList list, String to, String subject, String html, String text, String messageId, String unsubscribeUrl) {

    static OutgoingMail of(MailingList list, QueuedMail queued) {
        return new OutgoingMail(list.forKind(queued.kind()), queued.to(), queued.subject(), queued.html(), queued.text(),
                queued.messageId(), queued.unsubscribeUrl());
    }
}
