package org.paperboy.deliver;

/**
 * What an inbound report says about one recipient.
 *
 * @param status            the enhanced status code (RFC 3463), e.g. 5.1.1, or "" for complaints
 * @param originalMessageId the Message-ID of the mail the report is about (without angle brackets), as
 *                          quoted in the report; "" when it quotes none. Only a report about a mail
 *                          Paperboy sent counts.
 */
public record Bounce(Kind kind, String recipient, String status, String originalMessageId) {

    public Bounce {
        originalMessageId = originalMessageId == null ? "" : originalMessageId.strip().replaceAll("^<|>$", "");
    }

    public Bounce(Kind kind, String recipient, String status) {
        this(kind, recipient, status, "");
    }

    public enum Kind {
        /** Permanent: the mailbox does not exist or is disabled. */
        HARD,
        /** Temporary: the mailbox is full, the server busy. */
        SOFT,
        /** The recipient reported the mail as spam (an ARF feedback report). */
        COMPLAINT,
        /** Refused for good, but not for the address: too large, a policy block. Says nothing about the reader. */
        REFUSED
    }
}
