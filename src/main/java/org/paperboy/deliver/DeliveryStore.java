package org.paperboy.deliver;

import java.time.Instant;
import java.util.List;

/**
 * The delivery rows the outbox works through. A row goes queued → sending → sent, or to retry (with
 * the time of its next attempt), failed (permanently) or suppressed. Claiming is atomic, so two
 * senders never take the same row.
 */
public interface DeliveryStore {

    /** Marks up to {@code limit} due rows as sending and returns them, oldest first. */
    List<QueuedMail> claim(int maxAttempts, int limit, Instant now);

    /**
     * Rows left in sending by a run that did not finish (a crash): whether they went out is unknown.
     * Only rows claimed before {@code claimedBefore}, so a run still going on another node is left alone.
     */
    List<QueuedMail> uncertain(Instant claimedBefore);

    /**
     * Rows sent since {@code since}, and rows claimed since then that may be going out right now: what
     * an hourly cap has already spent.
     */
    int sentSince(Instant since);

    void markSent(long deliveryId, Instant at);

    /** A temporary failure: the row is tried again from {@code nextAttempt}. */
    void markRetry(long deliveryId, String error, Instant nextAttempt);

    /** A permanent failure of the address; returns how many such failures the row's subscriber has had in all. */
    int markFailed(long deliveryId, String error);

    /**
     * A permanent refusal of this message that says nothing about the address (too large, a policy
     * block): not retried, and not counted towards suppressing the reader.
     */
    void markRefused(long deliveryId, String error);

    /** Puts a claimed row back, untried (the server went away, or the service is stopping). */
    void release(long deliveryId);

    /** The subscriber gets nothing more until they subscribe again; their waiting rows are suppressed. */
    void suppress(long subscriberId);

    /**
     * Queues a mail about someone's subscription; the row's id, or -1 when the subscriber has had
     * {@link NoticeMail#PER_DAY} of that kind today (nothing is queued then).
     */
    long queueNotice(NoticeMail mail);

    /** Claims one row, if it is due: to send a mail just queued at once. */
    List<QueuedMail> claimOne(long deliveryId, Instant now);

    /**
     * Whether a claimed row may still go, asked right before it is sent: its reader is subscribed, or it
     * is a mail about the subscription itself. A reader who left since the claim gets nothing.
     */
    boolean wanted(long deliveryId);

    /** A claimed row whose reader no longer wants mail: it is never sent, not even if they come back. */
    void unwanted(long deliveryId);
}
