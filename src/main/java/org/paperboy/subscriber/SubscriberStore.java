package org.paperboy.subscriber;

import java.util.List;
import java.util.Optional;

/** Where subscribers and their profiles live. Addresses are unique, compared case-insensitively. */
public interface SubscriberStore {

    /** Inserts a new subscriber or replaces the name and profile of the one with that address. */
    Subscriber upsert(Subscriber subscriber);

    Optional<Subscriber> byId(long id);

    Optional<Subscriber> byEmail(String email);

    List<Subscriber> all();

    List<Subscriber> withStatus(Status status);

    /** Returns false when no such subscriber exists. */
    boolean setStatus(long id, Status status);

    /** Pauses the subscriber's issues up to and including {@code until}; null lifts the pause. */
    void pauseUntil(long id, java.time.LocalDate until);

    /** The last day of the subscriber's pause, if they paused. */
    java.util.Optional<java.time.LocalDate> pausedUntil(long id);
}
