package org.paperboy.publish;

import java.time.LocalDate;

/** Forgets old mail: what an issue said and how its delivery went, but never which papers it carried. */
public interface MailRetention {

    /** What one clean-up removed. */
    record Removed(int mails, int deliveries, int pages) {
        public String summary() {
            return String.format("clean-up: the text of %,d mails, %,d delivery records and %,d pages of shared lines removed",
                    mails, deliveries, pages);
        }
    }

    /**
     * Removes the text of the issues dated before {@code cutoff}, their deliveries (sent, failed or never
     * sent) and the pages of lines they shared. The issues' rows and paper lists stay, and so does the
     * public archive.
     */
    Removed removeBefore(LocalDate cutoff);
}
