package org.paperboy.subscriber;

import java.util.Locale;
import java.util.Optional;

/** How much of each paper's abstract a reader's daily digest shows, under its one- or two-sentence TL;DR. */
public enum Abstracts {
    /** The whole abstract. */
    FULL,
    /** The start of the rest of the abstract, with a link to the whole of it (the default). */
    SHORT,
    /** None: the TL;DR alone. */
    NONE;

    /** The value a profile or form names ("full", "short", "none"), whatever its case; empty for anything else. */
    public static Optional<Abstracts> named(String text) {
        for (Abstracts a : values()) {
            if (a.name().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /** As profiles and forms write it: "full", "short" or "none". */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
