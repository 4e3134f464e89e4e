package org.paperboy.subscriber;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where subscribers and their profiles live. Addresses are unique, compared case-insensitively. */
public interface SubscriberStore {

    /** Inserts a new subscriber or replaces the name and profile of the one with that address. */
    Subscriber upsert(Subscriber subscriber);

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

    /** Returns false when no such subscriber exists. */
    boolean setStatus(long id, Status status);

    /** Pauses the subscriber's issues up to and including {@code until}; null lifts the pause. */
    void pauseUntil(long id, java.time.LocalDate until);

    /** The last day of the subscriber's pause, if they paused. */
    java.util.Optional<java.time.LocalDate> pausedUntil(long id);

    /** The last day of each pause among {@code ids}; absent for those who did not pause. */
    Map<Long, java.time.LocalDate> pausedUntil(Collection<Long> ids);
}
