package org.paperboy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.paperboy.ingest.AnnouncementCalendar;
import org.paperboy.issue.Composer;
import org.paperboy.issue.DailyEdition;
import org.paperboy.issue.IssueStore;
import org.paperboy.issue.NewIssue;
import org.paperboy.paper.Paper;
import org.paperboy.paper.PaperStore;
import org.paperboy.score.FeedbackModel;
import org.paperboy.score.FeedbackStore;
import org.paperboy.score.Judging;
import org.paperboy.render.DailyRenderer;
import org.paperboy.render.DailyRun;
import org.paperboy.render.RenderedIssue;
import org.paperboy.subscriber.Status;
import org.paperboy.subscriber.Subscriber;
import org.paperboy.subscriber.SubscriberStore;
import org.paperboy.subscriber.Tokens;

/**
 * Makes the daily issues for one announcement day: for each active daily reader, the papers of every
 * announcement day since their last issue (catching up after an outage), composed, rendered and
 * stored with a queued delivery. Making the same day twice changes nothing.
 */
final class DailyDigests {

    /** Readers per chunk: one transaction's worth of issues, and what a run holds in memory at a time. */
    static final int CHUNK = 250;

    /** What happened to each reader on one run. */
    record Report(LocalDate date, int made, int alreadyMade, int catchUps, int papersPicked, List<String> skipped) {
    }

    private final PaperStore papers;
    private final SubscriberStore subscribers;
    private final IssueStore issues;
    private final FeedbackStore feedback;
    private final Composer composer;
    private final DailyRenderer renderer;
    private final IssueSupport support;
    private final AnnouncementCalendar calendar;
    private final int catchUpDays;
    private Stages stages = new Stages();
    private Supplier<Judging> judging = () -> Judging.NONE;
    private final java.util.Map<List<LocalDate>, List<Paper>> byCoveredDays = new java.util.HashMap<>();

    DailyDigests(PaperStore papers, SubscriberStore subscribers, IssueStore issues, FeedbackStore feedback, Composer composer,
            DailyRenderer renderer, Tokens tokens, AnnouncementCalendar calendar, String baseUrl, String fromAddress,
            int catchUpDays) {
        this.papers = papers;
        this.subscribers = subscribers;
        this.issues = issues;
        this.feedback = feedback;
        this.composer = composer;
        this.renderer = renderer;
        this.support = new IssueSupport(tokens, baseUrl, fromAddress);
        this.calendar = calendar;
        this.catchUpDays = Math.max(1, catchUpDays);
    }

    /**
     * Makes and stores the issues for {@code date}.
     *
     * @param due     which readers to consider (all, or those whose delivery hour has come)
     * @param preview when not null, issues are only written to this folder, never stored or queued
     */
    Report make(LocalDate date, Predicate<Subscriber> due, Path preview, Consumer<String> progress) {
        if (!calendar.isAnnouncementDay(date)) {
            throw new IllegalArgumentException(date + " is not an arXiv announcement day (weekends and holidays have no listing)"
                    + "; the previous one was " + calendar.previousAnnouncementDay(date));
        }
        if (papers.announcedOn(date).isEmpty()) {
            throw new IllegalStateException("no papers are stored for " + date + ": run `paperboy ingest` for that day first");
        }
        byCoveredDays.clear();
        List<Long> readers = readers(date, due);
        Run run = new Run(date, preview, progress, readers.size(), renderer.forRun());
        for (int from = 0; from < readers.size(); from += CHUNK) {
            run.chunk(subscribers.byIds(readers.subList(from, Math.min(readers.size(), from + CHUNK))));
        }
        return new Report(date, run.made, run.already, run.catchUps, run.picked, run.skipped);
    }

    /**
     * The ids of the active daily readers due now and not paused, read a page at a time: a run holds the
     * profiles of one chunk of readers, not of all of them.
     */
    private List<Long> readers(LocalDate date, Predicate<Subscriber> due) {
        List<Long> ids = new ArrayList<>();
        long after = 0;
        for (List<Subscriber> page; !(page = subscribers.withStatus(Status.ACTIVE, after, CHUNK)).isEmpty(); ) {
            after = page.get(page.size() - 1).id();
            java.util.Map<Long, LocalDate> paused = subscribers.pausedUntil(page.stream().map(Subscriber::id).toList());
            page.stream()
                    .filter(s -> s.profile().frequency().daily())
                    .filter(s -> !paused.containsKey(s.id()) || paused.get(s.id()).isBefore(date))
                    .filter(due)
                    .forEach(s -> ids.add(s.id()));
        }
        return ids;
    }

    /** One run over its readers, a chunk at a time: each chunk's issues are stored in one transaction. */
    private final class Run {
        final LocalDate date;
        final Path preview;
        final Consumer<String> progress;
        final int total;
        final DailyRun render;
        int n;
        int made;
        int already;
        int catchUps;
        int picked;
        final List<String> skipped = new ArrayList<>();

        Run(LocalDate date, Path preview, Consumer<String> progress, int total, DailyRun render) {
            this.date = date;
            this.preview = preview;
            this.progress = progress;
            this.total = total;
            this.render = render;
        }

        void chunk(List<Subscriber> readers) {
            List<Long> ids = readers.stream().map(Subscriber::id).toList();
            Set<Long> madeBefore = issues.madeOn(NewIssue.DAILY, date, ids);
            java.util.Map<Long, LocalDate> last = issues.lastIssueDates(NewIssue.DAILY, ids);
            java.util.Map<Long, List<LocalDate>> covered = new java.util.LinkedHashMap<>();
            for (Subscriber reader : readers) {
                LocalDate lastDate = last.get(reader.id());
                if (!madeBefore.contains(reader.id()) && (lastDate == null || !lastDate.isAfter(date))) {
                    covered.put(reader.id(), coveredDays(lastDate, date));
                }
            }
            LocalDate since = covered.values().stream().map(days -> days.get(0)).min(LocalDate::compareTo).orElse(date);
            java.util.Map<Long, Set<String>> mailed = issues.mailedPaperIds(covered.keySet(), since);
            List<NewIssue> toStore = new ArrayList<>();
            List<String> lines = new ArrayList<>();
            for (Subscriber reader : readers) {
                n++;
                if (madeBefore.contains(reader.id())) {
                    already++;
                    continue;
                }
                List<LocalDate> days = covered.get(reader.id());
                if (days == null) {
                    skipped.add(reader.email() + ": already has the newer issue of " + last.get(reader.id()));
                    continue;
                }
                DailyEdition edition = stages.time("score+compose",
                        () -> compose(reader, date, days, mailed.getOrDefault(reader.id(), Set.of())));
                RenderedIssue rendered = stages.time("render", () -> render.render(edition, support.links(reader, NewIssue.DAILY, date)));
                picked += edition.picks().size();
                if (edition.catchUp()) {
                    catchUps++;
                }
                String line = "[" + n + "/" + total + "] " + reader.email() + ": " + edition.picks().size()
                        + " of " + edition.scanned() + " papers" + (edition.catchUp() ? ", catching up on " + days : "");
                if (preview != null) {
                    IssueSupport.writePreview(preview, reader.email() + "-" + date, rendered);
                    made++;
                    progress.accept(line);
                } else {
                    toStore.add(issue(reader, edition, rendered));
                    lines.add(line);
                }
            }
            List<Boolean> stored = stages.time("store+queue", () -> issues.saveAll(toStore));
            for (int i = 0; i < stored.size(); i++) {
                if (stored.get(i)) {
                    made++;
                } else {
                    already++;
                }
                progress.accept(lines.get(i));
            }
        }
    }

    /** Where the time of the following runs is added up (the benchmark reads it). */
    DailyDigests timing(Stages into) {
        this.stages = into;
        return this;
    }

    /** Where each issue learns what the LLM judge did while it was composed (the judge counts per thread). */
    DailyDigests judgedBy(Supplier<Judging> judged) {
        this.judging = judged;
        return this;
    }

    /** Announcement days since the reader's last issue, at most catchUpDays of them; just the day for a first issue. */
    private List<LocalDate> coveredDays(LocalDate last, LocalDate date) {
        if (last == null) {
            return List.of(date);
        }
        List<LocalDate> days = calendar.announcementDaysBetween(last.plusDays(1), date);
        return days.size() <= catchUpDays ? days : days.subList(days.size() - catchUpDays, days.size());
    }

    private DailyEdition compose(Subscriber reader, LocalDate date, List<LocalDate> covered, Set<String> mailed) {
        LocalDate first = covered.get(0);
        Set<LocalDate> coveredSet = Set.copyOf(covered);
        // Readers with the same covered days share one read of their papers.
        List<Paper> announced = byCoveredDays.computeIfAbsent(covered, days -> papers.announcedBetween(first, date).stream()
                .filter(p -> coveredSet.contains(p.announced()))
                .toList());
        List<LocalDate> quiet = calendar.quietWeekdays(calendar.previousAnnouncementDay(first).plusDays(1), date);
        List<FeedbackModel.Example> told = feedback.examples(reader.id());
        FeedbackModel model = told.isEmpty() ? null : FeedbackModel.train(told, reader.id());
        judging.get(); // drops what an earlier, failed compose may have left counted
        return composer.daily(reader, date, covered, quiet, announced, mailed, model)
                .withJudging(judging.get());
    }

    private NewIssue issue(Subscriber reader, DailyEdition edition, RenderedIssue rendered) {
        String messageId = support.messageId(NewIssue.DAILY, edition.date(), reader);
        return new NewIssue(NewIssue.DAILY, reader.id(), reader.email(), edition.date(), edition.coveredDays().get(0),
                rendered.subject(), rendered.html(), rendered.text(), edition.picks(), messageId, support.links(reader).unsubscribeUrl());
    }
}
