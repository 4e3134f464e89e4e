package org.paperboy.publish;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** The daily clean-up task: mail older than store.keep_days goes. */
public final class CleanUp {

    private final MailRetention retention;
    private final int keepDays;

    public CleanUp(MailRetention retention, int keepDays) {
        if (keepDays < 1) {
            throw new IllegalArgumentException("store.keep_days must be 1 or more, not " + keepDays
                    + ": it is how many days each reader's mail is kept");
        }
        this.retention = retention;
        this.keepDays = keepDays;
    }

    /** Removes what is older than {@code keepDays} before {@code now}'s day (UTC). */
    public MailRetention.Removed run(Instant now) {
        return retention.removeBefore(cutoff(now));
    }

    /** The first day whose mail is kept. */
    public LocalDate cutoff(Instant now) {
        return LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(keepDays);
    }
}
