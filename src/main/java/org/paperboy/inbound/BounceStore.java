package org.paperboy.inbound;

import org.paperboy.deliver.Bounce;

/** Inbound messages handled and the bounces they reported. */
public interface BounceStore {

    /** Remembers the message; false when it was handled before. */
    boolean firstTime(String messageId);

    /** Records the bounce; returns how many bounces of that kind the address has had in all. */
    int record(String messageId, Bounce bounce);

    /** The subscriber a mail Paperboy sent with this Message-ID (without angle brackets) went to. */
    java.util.Optional<Long> recipientOf(String messageId);
}
