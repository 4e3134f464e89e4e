package org.paperboy.issue;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/** Issues already made, and what each reader has been sent. Also the archive. */
public interface IssueStore {

    boolean exists(String kind, long subscriberId, LocalDate date);

    /** The date of the newest issue of that kind made for the subscriber. */
    Optional<LocalDate> lastIssueDate(String kind, long subscriberId);

    /** Base arXiv ids of every paper any issue for this subscriber carried. */
    Set<String> mailedPaperIds(long subscriberId);

    /**
     * Stores the issue, its papers and one queued delivery in one transaction. Empty when an issue of
     * that kind, subscriber and date already exists: nothing is written then.
     */
    Optional<Long> save(NewIssue issue);

    /** Papers a weekly topic featured as breakthroughs in weeks before {@code week} (ISO, e.g. 2026-W24). */
    Set<String> featuredBefore(String topicKey, String week);

    /** Remembers this week's breakthroughs; a paper keeps the first week it was featured in. */
    void recordFeatured(String topicKey, String week, java.util.Collection<String> paperIds);
}
