package org.paperboy.subscriber;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Stores profiles read from files (`subscribers import`). A reader who changed their name or interests
 * in the preference centre since their file was last imported keeps their own edit: their file is
 * skipped, and said so, unless the operator asks to overwrite.
 */
public final class ProfileImport {

    /** A profile not imported because its reader edited it on the web at {@code edited}. */
    public record Skipped(String email, Instant edited) {
        public String reason() {
            return "edited on the web on " + DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC).format(edited)
                    + "; rerun with --overwrite to replace it with the file";
        }
    }

    /** What became of the profiles: those stored, as stored, and those skipped. */
    public record Result(List<Subscriber> imported, List<Skipped> skipped) {
    }

    private final SubscriberStore store;

    public ProfileImport(SubscriberStore store) {
        this.store = store;
    }

    /** @param overwrite replace the profiles their readers edited on the web too */
    public Result run(List<Subscriber> profiles, boolean overwrite) {
        List<Subscriber> imported = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        for (Subscriber s : profiles) {
            Optional<Instant> edited = overwrite ? Optional.empty() : store.byEmail(s.email())
                    .filter(known -> !known.profile().equals(s.profile()) || !known.name().equals(s.name()))
                    .flatMap(known -> store.webEdited(known.id()));
            if (edited.isPresent()) {
                skipped.add(new Skipped(s.email(), edited.get()));
            } else {
                imported.add(store.upsert(s));
            }
        }
        return new Result(imported, skipped);
    }
}
