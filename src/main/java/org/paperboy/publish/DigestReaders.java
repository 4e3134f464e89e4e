package org.paperboy.publish;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.paperboy.ingest.AnnouncementCalendar;
import org.paperboy.publish.IssueStore;
import org.paperboy.issue.NewIssue;
import org.paperboy.subscriber.Status;
import org.paperboy.subscriber.Subscriber;
import org.paperboy.subscriber.SubscriberStore;

/**
 * The readers a digest run makes issues for, and what each had before, looked up for a chunk of readers
 * at a time: a run with many readers neither holds every profile at once nor asks the database about
 * each reader on their own.
 */
final class DigestReaders {

    /**
     * What a chunk of readers had before this run: who has the day's issue already, each reader's last
     * issue, the days a new issue covers (for those who get one), and the papers of those days each was
     * sent already.
     */
    record History(Set<Long> madeBefore, Map<Long, LocalDate> last, Map<Long, List<LocalDate>> covered,
            Map<Long, Set<String>> mailed) {
    }

    private final SubscriberStore subscribers;
    private final IssueStore issues;
    private final AnnouncementCalendar calendar;
    private final int catchUpDays;

    DigestReaders(SubscriberStore subscribers, IssueStore issues, AnnouncementCalendar calendar, int catchUpDays) {
        this.subscribers = subscribers;
        this.issues = issues;
        this.calendar = calendar;
        this.catchUpDays = Math.max(1, catchUpDays);
    }

    /** The ids of the active daily readers who are {@code due} and not paused on {@code date}, by id, read {@code page} at a time. */
    List<Long> due(LocalDate date, Predicate<Subscriber> due, int page) {
        List<Long> ids = new ArrayList<>();
        long after = 0;
        for (List<Subscriber> readers; !(readers = subscribers.withStatus(Status.ACTIVE, after, page)).isEmpty(); ) {
            after = readers.get(readers.size() - 1).id();
            Map<Long, LocalDate> paused = subscribers.pausedUntil(readers.stream().map(Subscriber::id).toList());
            readers.stream()
                    .filter(s -> s.profile().frequency().daily())
                    .filter(s -> !paused.containsKey(s.id()) || paused.get(s.id()).isBefore(date))
                    .filter(due)
                    .forEach(s -> ids.add(s.id()));
        }
        return ids;
    }

    History history(List<Subscriber> readers, LocalDate date) {
        List<Long> ids = readers.stream().map(Subscriber::id).toList();
        Set<Long> madeBefore = issues.madeOn(NewIssue.DAILY, date, ids);
        Map<Long, LocalDate> last = issues.lastIssueDates(NewIssue.DAILY, ids);
        Map<Long, List<LocalDate>> covered = new HashMap<>();
        for (Subscriber reader : readers) {
            LocalDate lastDate = last.get(reader.id());
            if (!madeBefore.contains(reader.id()) && (lastDate == null || !lastDate.isAfter(date))) {
                covered.put(reader.id(), coveredDays(lastDate, date));
            }
        }
        // the papers a run compares with are those of the covered days, so earlier ones need not be read
        LocalDate since = covered.values().stream().map(days -> days.get(0)).min(LocalDate::compareTo).orElse(date);
        return new History(madeBefore, last, covered, issues.mailedPaperIds(covered.keySet(), since));
    }

    /** Announcement days since the reader's last issue, at most catchUpDays of them; just the day for a first issue. */
    private List<LocalDate> coveredDays(LocalDate last, LocalDate date) {
        if (last == null) {
            return List.of(date);
        }
        List<LocalDate> days = calendar.announcementDaysBetween(last.plusDays(1), date);
        return days.size() <= catchUpDays ? days : days.subList(days.size() - catchUpDays, days.size());
    }
}
