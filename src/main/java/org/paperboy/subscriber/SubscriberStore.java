package org.paperboy.subscriber;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where subscribers and their profiles live. Addresses are unique, compared case-insensitively. */
public interface SubscriberStore {

    /**
     * Inserts a new subscriber or replaces the name and profile of the one with that address (from a
     * profile file: what the reader changed on the web before is not theirs alone any more, {@link #webEdited}).
     */
    Subscriber upsert(Subscriber subscriber);

    /**
     * Saves the reader's own change of name and profile, made in the preference centre; when it changed
     * something, {@link #webEdited} says when until a profile file is imported again ({@link #upsert}).
     */
    void saveWebEdit(long id, String name, Profile profile);

    /** When the reader last changed their name or interests on the web, if they did since their profile file was last imported. */
    Optional<java.time.Instant> webEdited(long id);

    /** As {@link #upsert} for each, in one transaction. */
    void upsertAll(Collection<Subscriber> subscribers);

    Optional<Subscriber> byId(long id);

    /** Those of {@code ids} that exist, by id. */
    List<Subscriber> byIds(Collection<Long> ids);

    Optional<Subscriber> byEmail(String email);

    List<Subscriber> all();

    List<Subscriber> withStatus(Status status);

    /** Up to {@code limit} subscribers with that status whose id is above {@code afterId}, by id: one page. */
    List<Subscriber> withStatus(Status status, long afterId, int limit);

    /** Returns false when no such subscriber exists. Only for the operator's tools: {@link Consent} owns the transitions. */
    boolean setStatus(long id, Status status);

    /**
     * Moves the subscriber to {@code to} only from one of {@code from} (atomically); leaving (to
     * UNSUBSCRIBED or SUPPRESSED) also drops their waiting deliveries. False when the status was not one of them.
     */
    boolean changeStatus(long id, java.util.Set<Status> from, Status to);

    /** Records a sign-up attempt: what was asked for, kept apart from the subscriber until confirmed. */
    long newAttempt(long subscriberId, String name, Profile profile, java.time.Instant expires);

    /**
     * Confirms an attempt if it is its subscriber's newest and was not used before: its name and profile
     * become the subscriber's and the subscriber is active, in one transaction. Empty otherwise.
     */
    Optional<Subscriber> confirmAttempt(long attemptId, java.time.Instant now);

    /** The subscriber an attempt was made for. */
    Optional<Subscriber> attemptSubscriber(long attemptId);

    /** Pauses the subscriber's issues up to and including {@code until}; null lifts the pause. */
    void pauseUntil(long id, java.time.LocalDate until);

    /** The last day of the subscriber's pause, if they paused. */
    java.util.Optional<java.time.LocalDate> pausedUntil(long id);

    /** The last day of each pause among {@code ids}; absent for those who did not pause. */
    Map<Long, java.time.LocalDate> pausedUntil(Collection<Long> ids);
}
