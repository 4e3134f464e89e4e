package org.paperboy.publish;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.paperboy.issue.NewIssue;
import org.paperboy.issue.Pick;
import org.paperboy.issue.WeeklyComposer;
import org.paperboy.issue.WeeklyEdition;
import org.paperboy.paper.ArxivId;
import org.paperboy.paper.Paper;
import org.paperboy.score.WeeklyRanking;
import org.paperboy.paper.PaperStore;
import org.paperboy.render.Links;
import org.paperboy.render.RenderedIssue;
import org.paperboy.render.WeeklyRenderer;
import org.paperboy.subscriber.Status;
import org.paperboy.subscriber.Profile;
import org.paperboy.subscriber.Subscriber;
import org.paperboy.subscriber.SubscriberStore;

/**
 * Makes the weekly breakthroughs issues of one ISO week: each reader gets the issue of their field (see
 * {@link WeeklyFields}), composed once per field and stored with a queued delivery for each of its
 * readers. Making the same week twice changes nothing, and a paper featured as a breakthrough of a field
 * in one week is not featured again later.
 */
public final class WeeklyIssues {

    public record Report(String week, int analyzed, int made, int alreadyMade, List<WeeklyEdition> editions) {
    }

    /** The kind of the issues made from readers' own interests (one per reader and week). */
    public static final String OWN = "weekly-own";

    private final PaperStore papers;
    private final SubscriberStore subscribers;
    private final IssueStore issues;
    private final ArchiveStore archive;
    private final WeeklyComposer composer;
    private final WeeklyRenderer renderer;
    private final IssueSupport support;
    private final List<WeeklyComposer.WeeklyTopic> topics;
    private final UnaryOperator<WeeklyEdition> prose;
    private final WeeklyFields.Nearest nearest;
    private final BiFunction<Profile, List<Paper>, Set<String>> leftOut;

    /**
     * @param prose   rewrites the composed prose (an LLM), or returns the edition as it is
     * @param nearest which topic's field a reader who chose none is nearest to, if any
     * @param leftOut which of an issue's papers a reader leaves out by name (their avoid list), by arXiv id
     */
    public WeeklyIssues(PaperStore papers, SubscriberStore subscribers, IssueStore issues, ArchiveStore archive, WeeklyComposer composer,
            WeeklyRenderer renderer, IssueSupport support, List<WeeklyComposer.WeeklyTopic> topics,
            UnaryOperator<WeeklyEdition> prose, BiFunction<Profile, List<Profile>, OptionalInt> nearest,
            BiFunction<Profile, List<Paper>, Set<String>> leftOut) {
        this.papers = papers;
        this.subscribers = subscribers;
        this.issues = issues;
        this.archive = archive;
        this.composer = composer;
        this.renderer = renderer;
        this.support = support;
        this.topics = List.copyOf(topics);
        this.prose = prose;
        this.nearest = nearest::apply;
        this.leftOut = leftOut;
    }

    /**
     * Each operator topic is composed once for the readers who get it, and each distinct reader's own
     * field once for the readers who share it.
     *
     * @param preview when not null, issues are only written there as previews, never stored or queued
     */
    public Report make(String week, Predicate<Subscriber> due, Path preview, Consumer<String> progress) {
        return make(week, monday(week), due, preview, progress);
    }

    /**
     * Previews of every operator topic's issue for the seven days from {@code from}, any day of the week
     * (a reference issue may run from Thursday to Wednesday): written to {@code dir}, nothing stored or sent.
     */
    public Report preview(LocalDate from, Path dir, Consumer<String> progress) {
        return make(week(from), from, s -> false, dir, progress);
    }

    private Report make(String week, LocalDate monday, Predicate<Subscriber> due, Path preview, Consumer<String> progress) {
        LocalDate sunday = monday.plusDays(6);
        List<Paper> announced = papers.announcedBetween(monday, sunday);
        if (announced.isEmpty()) {
            throw new IllegalStateException("no papers are stored for " + week + " (" + monday + " to " + sunday
                    + "): ingest that week first, e.g. paperboy ingest --from " + monday + " --to " + sunday.minusDays(2));
        }
        List<Subscriber> readers = subscribers.withStatus(Status.ACTIVE).stream()
                .filter(s -> s.profile().frequency().weekly())
                .filter(s -> subscribers.pausedUntil(s.id()).map(until -> until.isBefore(monday)).orElse(true))
                .filter(due)
                .toList();
        WeeklyFields fields = new WeeklyFields(topics, readers, nearest);
        Tally tally = new Tally(new int[2], new ArrayList<>());
        for (int t = 0; t < topics.size(); t++) {
            WeeklyComposer.WeeklyTopic topic = topics.get(t);
            String kind = "weekly-" + (t + 1);
            make(kind, kind, week, monday, fields.byTopic.getOrDefault(t, List.of()), preview, tally, progress,
                    featured -> composer.compose(topic, week, monday, sunday, announced, featured), true);
        }
        for (Map.Entry<WeeklyFields.Own, List<Subscriber>> own : fields.byOwn.entrySet()) {
            WeeklyFields.Own field = own.getKey();
            make(OWN, field.key(), week, monday, own.getValue(), preview, tally, progress,
                    featured -> composer.compose(field.title(), field.field(), week, monday, sunday, announced, featured), false);
        }
        return new Report(week, announced.size(), tally.counts()[0], tally.counts()[1], tally.editions());
    }

    /** Issues made and already there, and what was composed. */
    private record Tally(int[] counts, List<WeeklyEdition> editions) {
    }

    /** One field's issue: composed once (unless nobody needs it), then stored for each of its readers. */
    private void make(String kind, String featuredKey, String week, LocalDate monday, List<Subscriber> readers, Path preview,
            Tally tally, Consumer<String> progress, Function<Set<String>, WeeklyEdition> compose, boolean isPublic) {
        List<Subscriber> waiting = readers.stream().filter(r -> !issues.exists(kind, r.id(), monday)).toList();
        tally.counts()[1] += readers.size() - waiting.size();
        // an operator topic's issue goes to the public archive even when no reader has it as their field
        boolean archived = !isPublic || archive.publicHtml(kind, week).isPresent();
        if (preview == null ? waiting.isEmpty() && archived : readers.isEmpty() && !isPublic) {
            // Nobody needs it: do not compose (or pay an LLM) again on every hourly check.
            return;
        }
        WeeklyEdition edition = prose.apply(compose.apply(issues.featuredBefore(featuredKey, week)));
        tally.editions().add(edition);
        progress.accept(edition.topic() + ", " + week + ": " + edition.analyzed() + " papers analyzed, " + edition.relevant()
                + " on topic, " + edition.breakthroughs().size() + " breakthroughs, " + edition.trends().size() + " trends"
                + (isPublic ? "" : ", for " + readers.size() + (readers.size() == 1 ? " reader" : " readers")));
        if (preview != null) {
            IssueSupport.writePreview(preview, (isPublic ? kind : featuredKey) + "-" + week,
                    renderer.render(edition, null, support.publicLinks()));
            return;
        }
        issues.recordFeatured(featuredKey, week, edition.breakthroughs().stream().map(b -> b.pick().paper().id().base()).toList());
        if (isPublic) {
            RenderedIssue open = renderer.render(edition, null, support.publicLinks());
            archive.savePublic(kind, week, open.subject(), edition.summary(), open.html());
        }
        // the papers a reader could be shown besides the breakthroughs, which every reader of the issue gets
        Map<String, Paper> listing = new LinkedHashMap<>();
        edition.notable().forEach(n -> listing.putIfAbsent(n.pick().paper().id().base(), n.pick().paper()));
        edition.mentions().forEach(p -> listing.putIfAbsent(p.id().base(), p));
        edition.trends().forEach(t -> t.papers().forEach(p -> listing.putIfAbsent(p.id().base(), p)));
        List<Paper> listed = List.copyOf(listing.values());
        for (Subscriber reader : waiting) {
            // what the reader leaves out by name (surveys, a subject) is not in their copy, as in their daily digest
            WeeklyEdition theirs = edition.without(leftOut.apply(reader.profile(), listed));
            List<Pick> picks = new ArrayList<>();
            theirs.breakthroughs().forEach(b -> picks.add(b.pick()));
            theirs.notable().forEach(n -> picks.add(n.pick()));
            Links links = support.links(reader, kind, monday);
            RenderedIssue rendered = renderer.render(theirs, reader.email(), links);
            NewIssue issue = new NewIssue(kind, reader.id(), reader.email(), monday, monday, rendered.subject(),
                    rendered.html(), rendered.text(), picks, support.messageId(kind, week, reader), links.unsubscribeUrl());
            tally.counts()[issues.save(issue).isPresent() ? 0 : 1]++;
        }
    }

    /** Where a paper stands in a topic's issue of the seven days from a date, and why. */
    public record Placement(String topic, String id, String title, String section, int rank, int of, int relevance, int novelty,
            boolean filtered) {
    }

    /**
     * Where each of {@code ids} stands in each operator topic's issue of the seven days from {@code from}:
     * its section in {@code editions} (as {@link #preview} made them), and its place in the topic's order.
     */
    public List<Placement> placements(LocalDate from, List<String> ids, List<WeeklyEdition> editions) {
        List<Paper> announced = papers.announcedBetween(from, from.plusDays(6));
        List<Placement> out = new ArrayList<>();
        for (WeeklyComposer.WeeklyTopic topic : topics) {
            WeeklyEdition edition = editions.stream().filter(e -> e.topic().equals(topic.name())).findFirst().orElse(null);
            List<WeeklyRanking.Ranked> order = composer.ranked(topic.profile(), announced);
            for (String id : ids) {
                for (int i = 0; i < order.size(); i++) {
                    WeeklyRanking.Ranked r = order.get(i);
                    if (r.paper().id().base().equals(ArxivId.parse(id).base())) {
                        out.add(new Placement(topic.name(), r.paper().id().base(), r.paper().title(), section(edition, r.paper()), i + 1,
                                order.size(), r.score().relevance(), r.score().novelty(), r.filtered()));
                    }
                }
            }
        }
        return out;
    }

    private static String section(WeeklyEdition e, Paper p) {
        if (e == null) {
            return "";
        }
        for (int i = 0; i < e.breakthroughs().size(); i++) {
            if (e.breakthroughs().get(i).pick().paper().id().equals(p.id())) {
                return "breakthrough " + (i + 1);
            }
        }
        for (int i = 0; i < e.notable().size(); i++) {
            if (e.notable().get(i).pick().paper().id().equals(p.id())) {
                return "notable " + (i + 1);
            }
        }
        if (e.mentions().contains(p)) {
            return "honorable mention";
        }
        return e.trends().stream().filter(t -> t.papers().contains(p)).map(t -> "trend \"" + t.name() + "\"").findFirst()
                .orElse("not featured");
    }

    /** "2026-W24" → Monday 8 June 2026. */
    public static LocalDate monday(String week) {
        try {
            return LocalDate.parse(week.strip() + "-1", DateTimeFormatter.ISO_WEEK_DATE);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + week + "' is not an ISO week like 2026-W24");
        }
    }

    public static String week(LocalDate day) {
        return String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** The last ISO week that has ended by {@code now} (UTC). */
    public static String lastCompleteWeek(Instant now) {
        LocalDate today = now.atZone(ZoneOffset.UTC).toLocalDate();
        return week(today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1));
    }

    /** A reader gets last week's issue from the configured day and hour of this week, in their own zone. */
    static boolean isDue(Subscriber reader, String week, DayOfWeek sendDay, int sendHour, Instant now) {
        LocalDate sendDate = monday(week).plusWeeks(1).with(TemporalAdjusters.nextOrSame(sendDay));
        ZonedDateTime sendAt = sendDate.atTime(sendHour, 0).atZone(reader.profile().zone());
        return !now.isBefore(sendAt.toInstant());
    }
}
