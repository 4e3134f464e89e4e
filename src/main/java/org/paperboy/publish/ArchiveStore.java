package org.paperboy.publish;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Issues as the web shows them: public weekly issues, and each reader's own issues. */
public interface ArchiveStore {

    /** A public weekly issue, without its page. */
    record Entry(String kind, String week, String subject, String summary, Instant created) {
    }

    /** Stores the public rendering of a weekly issue; the first one stored for a week stays. */
    void savePublic(String kind, String week, String subject, String summary, String html);

    /** Newest first. */
    List<Entry> publicIssues();

    Optional<String> publicHtml(String kind, String week);

    /** The HTML of the issue made for this reader on that date. */
    Optional<String> readerHtml(long subscriberId, String kind, LocalDate date);
}
