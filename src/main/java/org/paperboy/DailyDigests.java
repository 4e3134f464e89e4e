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
import org.paperboy.score.PaperVectors;
import org.paperboy.score.Judging;
import org.paperboy.render.DailyRenderer;
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
    private final java.util.Map<LocalDate, List<Paper>> fields = new java.util.HashMap<>();
    private final PaperVectors vectors;

    DailyDigests(PaperStore papers, SubscriberStore subscribers, IssueStore issues, FeedbackStore feedback, PaperVectors vectors,
            Composer composer,
            DailyRenderer renderer, Tokens tokens, AnnouncementCalendar calendar, String baseUrl, String fromAddress,
            int catchUpDays) {
        this.papers = papers;
        this.subscribers = subscribers;
        this.issues = issues;
        this.feedback = feedback;
        this.vectors = vectors;
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
        fields.clear();
        List<Subscriber> readers = subscribers.withStatus(Status.ACTIVE).stream()
                .filter(s -> s.profile().frequency().daily())
                .filter(s -> subscribers.pausedUntil(s.id()).map(until -> until.isBefore(date)).orElse(true))
                .filter(due)
                .toList();
        int made = 0;
        int already = 0;
        int catchUps = 0;
        int picked = 0;
        List<String> skipped = new ArrayList<>();
        int n = 0;
        for (Subscriber reader : readers) {
            n++;
            if (issues.exists(NewIssue.DAILY, reader.id(), date)) {
                already++;
                continue;
            }
            LocalDate last = issues.lastIssueDate(NewIssue.DAILY, reader.id()).orElse(null);
            if (last != null && last.isAfter(date)) {
                skipped.add(reader.email() + ": already has the newer issue of " + last);
                continue;
            }
            List<LocalDate> covered = coveredDays(last, date);
            DailyEdition edition = stages.time("score+compose", () -> compose(reader, date, covered));
            RenderedIssue rendered = stages.time("render", () -> renderer.render(edition, support.links(reader, NewIssue.DAILY, date)));
            picked += edition.picks().size();
            if (edition.catchUp()) {
                catchUps++;
            }
            if (preview != null) {
                IssueSupport.writePreview(preview, reader.email() + "-" + date, rendered);
                made++;
            } else if (stages.time("store+queue", () -> issues.save(issue(reader, edition, rendered))).isPresent()) {
                made++;
            } else {
                already++;
            }
            progress.accept("[" + n + "/" + readers.size() + "] " + reader.email() + ": " + edition.picks().size()
                    + " of " + edition.scanned() + " papers" + (edition.catchUp() ? ", catching up on " + covered : ""));
        }
        return new Report(date, made, already, catchUps, picked, skipped);
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

    private DailyEdition compose(Subscriber reader, LocalDate date, List<LocalDate> covered) {
        LocalDate first = covered.get(0);
        Set<LocalDate> coveredSet = Set.copyOf(covered);
        // Readers with the same covered days share one read of their papers.
        List<Paper> announced = byCoveredDays.computeIfAbsent(covered, days -> papers.announcedBetween(first, date).stream()
                .filter(p -> coveredSet.contains(p.announced()))
                .toList());
        List<LocalDate> quiet = calendar.quietWeekdays(calendar.previousAnnouncementDay(first).plusDays(1), date);
        List<FeedbackModel.Example> told = feedback.examples(reader.id());
        FeedbackModel model = told.isEmpty() ? null : FeedbackModel.fromClicks(told, field(first), reader.id(), vectors);
        judging.get(); // drops what an earlier, failed compose may have left counted
        return composer.daily(reader, date, covered, quiet, announced, issues.mailedPaperIds(reader.id()), model)
                .withJudging(judging.get());
    }

    /** Papers of the announcement days before {@code first}: the field a reader's clicks are told apart from. */
    private List<Paper> field(LocalDate first) {
        return fields.computeIfAbsent(first, day -> papers.announcedBetween(day.minusDays(7), day.minusDays(1)));
    }

    private NewIssue issue(Subscriber reader, DailyEdition edition, RenderedIssue rendered) {
        String messageId = support.messageId(NewIssue.DAILY, edition.date(), reader);
        return new NewIssue(NewIssue.DAILY, reader.id(), reader.email(), edition.date(), edition.coveredDays().get(0),
                rendered.subject(), rendered.html(), rendered.text(), edition.picks(), messageId, support.links(reader).unsubscribeUrl());
    }
}
