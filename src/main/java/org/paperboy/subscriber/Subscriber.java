package org.paperboy.subscriber;

import java.time.Instant;
import java.util.Objects;

/**
 * A person on the list. {@code id} is 0 until stored; {@code profileChanged} is when they last changed
 * their interests, null until stored.
 */
public record Subscriber(long id, String email, String name, Status status, Profile profile, Instant profileChanged) {

    public Subscriber(long id, String email, String name, Status status, Profile profile) {
        this(id, email, name, status, profile, null);
    }

    public Subscriber {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(profile, "profile");
        name = name == null ? "" : name.strip();
        status = status == null ? Status.PENDING : status;
    }

    /** How to greet the reader: the name, or the part of the address before the @. */
    public String displayName() {
        return name.isEmpty() ? email.substring(0, Math.max(0, email.indexOf('@'))) : name;
    }


    public Subscriber withStatus(Status newStatus) {
        return new Subscriber(id, email, name, newStatus, profile, profileChanged);
    }
}
