package org.paperboy.deliver;

/**
 * What an inbound report says about one recipient.
 *
 * @param status the enhanced status code (RFC 3463), e.g. 5.1.1, or "" for complaints
 */
public record Bounce(Kind kind, String recipient, String status) {

    public enum Kind {
        /** Permanent: the address does not work. */
        HARD,
        /** Temporary: the mailbox is full, the server busy. */
        SOFT,
        /** The recipient reported the mail as spam (an ARF feedback report). */
        COMPLAINT
    }
}
