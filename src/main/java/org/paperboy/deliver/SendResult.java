package org.paperboy.deliver;

/** What happened to one message handed to a {@link Mailer}. */
public sealed interface SendResult {

    /** Accepted by the server. */
    record Sent(String messageId) implements SendResult {
    }

    /**
     * This message was refused; others may still go.
     *
     * @param permanent true when retrying cannot help (a 5xx reply, an invalid address or header)
     * @param refusal   what the refusal says about the address: only {@link Refusal#MAILBOX} counts
     *                  towards suppressing the reader
     */
    record Failed(String reason, boolean permanent, Refusal refusal) implements SendResult {

        /** A refusal classified from the reply text it quotes. */
        public Failed(String reason, boolean permanent) {
            this(reason, permanent, permanent ? Refusal.of(-1, reason) : Refusal.TEMPORARY);
        }
    }

    /** The server cannot be reached: stop the run and try again later. */
    record Unavailable(String reason) implements SendResult {
    }
}
