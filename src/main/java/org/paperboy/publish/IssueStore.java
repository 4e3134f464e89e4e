package org.paperboy.publish;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.paperboy.issue.NewIssue;

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

    /**
     * Stores many issues as {@link #save} does each, in one transaction: each issue with its papers and
     * its queued delivery, or nothing for an issue of that kind, subscriber and date that exists already.
     * Says for each issue, in order, whether it was stored.
     */
    List<Boolean> saveAll(List<NewIssue> issues);

    /** Of {@code subscriberIds}, those who have an issue of that kind and date. */
    Set<Long> madeOn(String kind, LocalDate date, Collection<Long> subscriberIds);

    /** The date of each subscriber's newest issue of that kind; absent for those who have none. */
    Map<Long, LocalDate> lastIssueDates(String kind, Collection<Long> subscriberIds);

    /**
     * Base arXiv ids of the papers announced on or after {@code since} that any issue for each subscriber
     * carried: what a run checks its papers against, without every paper a reader was ever sent.
     */
    Map<Long, Set<String>> mailedPaperIds(Collection<Long> subscriberIds, LocalDate since);

    /** Papers a weekly topic featured as breakthroughs in weeks before {@code week} (ISO, e.g. 2026-W24). */
    Set<String> featuredBefore(String topicKey, String week);

    /** Remembers this week's breakthroughs; a paper keeps the first week it was featured in. */
    void recordFeatured(String topicKey, String week, java.util.Collection<String> paperIds);
}
