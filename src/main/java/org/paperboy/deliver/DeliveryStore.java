package org.paperboy.deliver;

import java.time.Instant;
import java.util.List;

/** The delivery rows the outbox works through. */
public interface DeliveryStore {

    /** Rows waiting to be sent (queued, or failed with attempts left), oldest first. */
    List<QueuedMail> due(int maxAttempts, int limit);

    void markSent(long deliveryId, Instant at);

    /** Records a failed attempt; a permanent failure is not retried. */
    void markFailed(long deliveryId, String error, boolean permanent);
}
