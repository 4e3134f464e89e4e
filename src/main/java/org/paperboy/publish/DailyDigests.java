package org.paperboy.publish;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.paperboy.ingest.AnnouncementCalendar;
import org.paperboy.issue.Composer;
import org.paperboy.issue.DailyEdition;
import org.paperboy.publish.IssueStore;
import org.paperboy.issue.NewIssue;
import org.paperboy.paper.Paper;
import org.paperboy.paper.PaperStore;
import org.paperboy.score.FeedbackModel;
import org.paperboy.publish.FeedbackStore;
import org.paperboy.score.PaperVectors;
import org.paperboy.render.DailyRenderer;
import org.paperboy.render.DailyRun;
import org.paperboy.render.Links;
import org.paperboy.render.RenderedIssue;
import org.paperboy.subscriber.Subscriber;
import org.paperboy.subscriber.SubscriberStore;
import org.paperboy.subscriber.Tokens;

/**
 * Makes the daily issues for one announcement day: for each active daily reader, the papers of every
 * announcement day since their last issue (catching up after an outage), composed, rendered and
 * stored with a queued delivery. Making the same day twice changes nothing.
 */
public final class DailyDigests {

    /** Readers per chunk: one transaction's worth of issues, and the issues a run holds in memory at a time. */
    static final int CHUNK = 250;
    /** Chunks whose readers' new criteria are embedded together, before the first of them is made. */
    static final int PREPARED = 20;

    /** What happened to each reader on one run. */
    public record Report(LocalDate date, int made, int alreadyMade, int catchUps, int papersPicked, List<String> skipped) {
    }

    private final PaperStore papers;
    private final SubscriberStore subscribers;
    private final IssueStore issues;
    private final FeedbackStore feedback;
    private final Composer composer;
    private final DailyRenderer renderer;
    private final IssueSupport support;
    private final AnnouncementCalendar calendar;
    private final DigestReaders digestReaders;
    private Stages stages = new Stages();
    private int chunk = CHUNK;
    /** The papers of the covered days, shared by the readers whose issues cover the same days (a few combinations at most). */
    private final Cache<List<LocalDate>, List<Paper>> byCoveredDays = Caffeine.newBuilder().maximumSize(16).build();
    /** The field before each first covered day, for readers' feedback models. */
    private final Cache<LocalDate, List<Paper>> fields = Caffeine.newBuilder().maximumSize(16).build();
    private final PaperVectors vectors;

    public DailyDigests(PaperStore papers, SubscriberStore subscribers, IssueStore issues, FeedbackStore feedback, PaperVectors vectors,
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
        this.digestReaders = new DigestReaders(subscribers, issues, calendar, catchUpDays);
    }

    /**
     * Makes and stores the issues for {@code date}.
     *
     * @param due     which readers to consider (all, or those whose delivery hour has come)
     * @param preview when not null, issues are only written to this folder, never stored or queued
     */
    public Report make(LocalDate date, Predicate<Subscriber> due, Path preview, Consumer<String> progress) {
        if (!calendar.isAnnouncementDay(date)) {
            throw new IllegalArgumentException(date + " is not an arXiv announcement day (weekends and holidays have no listing)"
                    + "; the previous one was " + calendar.previousAnnouncementDay(date));
        }
        if (papers.announcedOn(date).isEmpty()) {
            throw new IllegalStateException("no papers are stored for " + date + ": run `paperboy ingest` for that day first");
        }
        byCoveredDays.invalidateAll();
        fields.invalidateAll();
        List<Long> readers = stages.time("load readers", () -> digestReaders.due(date, due, chunk));
        Run run = new Run(date, preview, progress, readers.size(), renderer.forRun());
        try (run.writer; run.composing) {
            for (int from = 0; from < readers.size(); from += chunk * PREPARED) {
                List<Long> group = readers.subList(from, Math.min(readers.size(), from + chunk * PREPARED));
                for (int k = 0; k < group.size(); k += chunk) {
                    run.chunk(group, k, Math.min(group.size(), k + chunk));
                }
            }
            run.render(run.composed(null));
            run.writer.finish();
        }
        return new Report(date, run.made, run.already, run.catchUps, run.picked, run.skipped);
    }

    /** What composing gave for one reader of a chunk: their edition, or why they get none. */
    private record Composed(Subscriber reader, DailyEdition edition, boolean madeBefore, String skipped) {
    }

    /**
     * One run over its readers, a chunk at a time: a chunk's readers are loaded and their issues composed on
     * a thread of their own while the run renders the chunk before, and each chunk's issues are stored in
     * one transaction while the run renders the next.
     */
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
        final ChunkWriter writer;
        final Ahead<List<Composed>> composing = new Ahead<>("digest-compose");

        Run(LocalDate date, Path preview, Consumer<String> progress, int total, DailyRun render) {
            this.date = date;
            this.preview = preview;
            this.progress = progress;
            this.total = total;
            this.render = render;
            this.writer = new ChunkWriter(issues, stages, (stored, line) -> {
                if (stored) {
                    made++;
                } else {
                    already++;
                }
                progress.accept(line);
            });
        }

        /** The readers of the group of chunks being composed; read and written on the composing thread only. */
        private java.util.Map<Long, Subscriber> group = java.util.Map.of();

        /**
         * Starts composing the readers {@code from} to {@code to} of {@code group} and renders the chunk
         * composed before them. A group's readers are read, and their new criteria embedded, when its first
         * chunk is composed.
         */
        void chunk(List<Long> ids, int from, int to) {
            render(composed(() -> compose(ids, from, to)));
        }

        /** The chunk composed before, once {@code next} (null: nothing) has been started in its place. */
        List<Composed> composed(java.util.function.Supplier<List<Composed>> next) {
            return stages.time("compose wait", () -> composing.swap(next));
        }

        private List<Composed> compose(List<Long> ids, int from, int to) {
            if (from == 0) {
                List<Subscriber> read = new ArrayList<>(ids.size());
                for (int k = 0; k < ids.size(); k += chunk) {
                    List<Long> some = ids.subList(k, Math.min(ids.size(), k + chunk));
                    read.addAll(stages.time("load readers", () -> subscribers.byIds(some)));
                }
                group = new java.util.HashMap<>();
                read.forEach(r -> group.put(r.id(), r));
                // criteria nobody had before are embedded here, for several chunks at once: the model runs
                // texts of one length together, and the more texts it is given the more it finds of a length
                stages.time("embed criteria", () -> {
                    composer.prepare(read);
                    return null;
                });
            }
            List<Subscriber> readers = readersAmong(ids.subList(from, to));
            DigestReaders.History history = stages.time("load readers", () -> digestReaders.history(readers, date));
            java.util.Map<Long, List<FeedbackModel.Example>> told = stages.time("load readers",
                    () -> feedback.examples(readers.stream().map(Subscriber::id).toList()));
            Set<Long> madeBefore = history.madeBefore();
            java.util.Map<Long, LocalDate> last = history.last();
            java.util.Map<Long, List<LocalDate>> covered = history.covered();
            java.util.Map<Long, Set<String>> mailed = history.mailed();
            List<Composed> out = new ArrayList<>(readers.size());
            for (Subscriber reader : readers) {
                List<LocalDate> days = covered.get(reader.id());
                if (madeBefore.contains(reader.id())) {
                    out.add(new Composed(reader, null, true, null));
                } else if (days == null) {
                    out.add(new Composed(reader, null, false, reader.email() + ": already has the newer issue of " + last.get(reader.id())));
                } else {
                    out.add(new Composed(reader, stages.time("score+compose", () -> DailyDigests.this.compose(reader, date, days,
                            mailed.getOrDefault(reader.id(), Set.of()), told.getOrDefault(reader.id(), List.of()))), false, null));
                }
            }
            return out;
        }

        /** The group's readers with these ids, in their order (a reader deleted since the run began has none). */
        private List<Subscriber> readersAmong(List<Long> ids) {
            return ids.stream().map(group::get).filter(java.util.Objects::nonNull).toList();
        }

        /** Renders a composed chunk's issues and hands them to be stored (or writes them as previews). */
        void render(List<Composed> chunk) {
            if (chunk == null) {
                return;
            }
            List<NewIssue> toStore = new ArrayList<>();
            List<String> lines = new ArrayList<>();
            stages.time("make issues", () -> {
                make(chunk, toStore, lines);
                return null;
            });
            writer.store(toStore, lines);
        }

        private void make(List<Composed> chunk, List<NewIssue> toStore, List<String> lines) {
            for (Composed composed : chunk) {
                n++;
                Subscriber reader = composed.reader();
                DailyEdition edition = composed.edition();
                if (composed.madeBefore()) {
                    already++;
                    continue;
                }
                if (edition == null) {
                    skipped.add(composed.skipped());
                    continue;
                }
                Links links = support.links(reader, NewIssue.DAILY, date);
                RenderedIssue rendered = stages.time("render", () -> render.render(edition, links));
                picked += edition.picks().size();
                if (edition.catchUp()) {
                    catchUps++;
                }
                String line = "[" + n + "/" + total + "] " + reader.email() + ": " + edition.picks().size()
                        + " of " + edition.scanned() + " papers" + (edition.catchUp() ? ", catching up on " + Days.of(edition.coveredDays())
                        : "");
                if (preview != null) {
                    IssueSupport.writePreview(preview, reader.email() + "-" + date, rendered);
                    made++;
                    progress.accept(line);
                } else {
                    toStore.add(issue(reader, edition, rendered, links));
                    lines.add(line);
                }
            }
        }
    }

    /** Runs in chunks of {@code readers} instead (tests use small ones). */
    DailyDigests inChunksOf(int readers) {
        this.chunk = readers;
        return this;
    }

    /** Where the time of the following runs is added up (the benchmark reads it). */
    public DailyDigests timing(Stages into) {
        this.stages = into;
        return this;
    }

    private DailyEdition compose(Subscriber reader, LocalDate date, List<LocalDate> covered, Set<String> mailed,
            List<FeedbackModel.Example> told) {
        LocalDate first = covered.get(0);
        Set<LocalDate> coveredSet = Set.copyOf(covered);
        // Readers with the same covered days share one read of their papers.
        List<Paper> announced = byCoveredDays.get(covered, days -> papers.announcedBetween(first, date).stream()
                .filter(p -> coveredSet.contains(p.announced()))
                .toList());
        List<LocalDate> quiet = calendar.quietWeekdays(calendar.previousAnnouncementDay(first).plusDays(1), date);
        FeedbackModel model = told.isEmpty() ? null : FeedbackModel.fromClicks(told, field(first), reader.id(), vectors);
        if (model != null && reader.profileChanged() != null) {
            model.editedOn(LocalDate.ofInstant(reader.profileChanged(), java.time.ZoneOffset.UTC));
        }
        return composer.daily(reader, date, covered, quiet, announced, mailed, model);
    }

    /** Papers of the announcement days before {@code first}: the field a reader's clicks are told apart from. */
    private List<Paper> field(LocalDate first) {
        return fields.get(first, day -> papers.announcedBetween(day.minusDays(7), day.minusDays(1)));
    }

    private NewIssue issue(Subscriber reader, DailyEdition edition, RenderedIssue rendered, Links links) {
        String messageId = support.messageId(NewIssue.DAILY, edition.date(), reader);
        return new NewIssue(NewIssue.DAILY, reader.id(), reader.email(), edition.date(), edition.coveredDays().get(0),
                rendered.subject(), rendered.htmlPart(), rendered.textPart(), edition.picks(), messageId, links.unsubscribeUrl());
    }
}
