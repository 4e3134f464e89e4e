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
     */
    record Failed(String reason, boolean permanent) implements SendResult {
    }

    /** The server cannot be reached: stop the run and try again later. */
    record Unavailable(String reason) implements SendResult {
    }
}
