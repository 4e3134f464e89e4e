package org.paperboy.subscriber;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Where a subscriber's status changes: the one owner of consent. The transitions:
 * <ul>
 * <li>any state to ACTIVE only by confirming the subscriber's newest sign-up attempt, once, with the link
 *     mailed for it ({@link #confirm}); an old link, or one used before, changes nothing;</li>
 * <li>PENDING, ACTIVE or SUPPRESSED to UNSUBSCRIBED by the reader's own link, a verified "unsubscribe"
 *     mail or a complaint ({@link #unsubscribe});</li>
 * <li>PENDING or ACTIVE to SUPPRESSED after a hard bounce tied to a mail Paperboy sent ({@link #suppress};
 *     the outbox's permanent failures take the same step in SQL, see the store's subscriber-suppress).</li>
 * </ul>
 * A sign-up never changes the stored subscriber before it is confirmed, and nothing else brings back
 * someone who left: a resubscribe is a new attempt that needs its own confirmation. Only the operator's
 * own tools (importing profiles) set a status directly.
 */
public final class Consent {

    static final Set<Status> MAY_LEAVE = EnumSet.of(Status.PENDING, Status.ACTIVE, Status.SUPPRESSED);
    static final Set<Status> MAY_BE_SUPPRESSED = EnumSet.of(Status.PENDING, Status.ACTIVE);

    private final SubscriberStore store;

    public Consent(SubscriberStore store) {
        this.store = store;
    }

    /** Confirms an attempt: the subscriber, now active with what they asked for; empty for an old or used link. */
    public Optional<Subscriber> confirm(long attemptId, Instant now) {
        return store.confirmAttempt(attemptId, now);
    }

    /** True when the subscriber was subscribed (or pending, or suppressed) and is now unsubscribed. */
    public boolean unsubscribe(long subscriberId) {
        return store.changeStatus(subscriberId, MAY_LEAVE, Status.UNSUBSCRIBED);
    }

    /** True when the subscriber was active or pending and is now suppressed. */
    public boolean suppress(long subscriberId) {
        return store.changeStatus(subscriberId, MAY_BE_SUPPRESSED, Status.SUPPRESSED);
    }
}
