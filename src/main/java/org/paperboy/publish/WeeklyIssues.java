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
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.paperboy.publish.ArchiveStore;
import org.paperboy.publish.IssueStore;
import org.paperboy.issue.NewIssue;
import org.paperboy.issue.Pick;
import org.paperboy.issue.WeeklyComposer;
import org.paperboy.issue.WeeklyEdition;
import org.paperboy.paper.Paper;
import org.paperboy.paper.PaperStore;
import org.paperboy.render.Links;
import org.paperboy.render.RenderedIssue;
import org.paperboy.render.WeeklyRenderer;
import org.paperboy.subscriber.Status;
import org.paperboy.subscriber.Subscriber;
import org.paperboy.subscriber.SubscriberStore;

/**
 * Makes the weekly breakthroughs issues of one ISO week: each operator topic is composed once, then
 * stored with a queued delivery for every weekly reader. Making the same week twice changes nothing,
 * and a paper featured as a breakthrough in one week is not featured again later.
 */
public final class WeeklyIssues {

    public record Report(String week, int analyzed, int made, int alreadyMade, List<WeeklyEdition> editions) {
    }

    private final PaperStore papers;
    private final SubscriberStore subscribers;
    private final IssueStore issues;
    private final ArchiveStore archive;
    private final WeeklyComposer composer;
    private final WeeklyRenderer renderer;
    private final IssueSupport support;
    private final List<WeeklyComposer.WeeklyTopic> topics;
    private final UnaryOperator<WeeklyEdition> prose;

    /** @param prose rewrites the composed prose (an LLM), or returns the edition as it is */
    public WeeklyIssues(PaperStore papers, SubscriberStore subscribers, IssueStore issues, ArchiveStore archive, WeeklyComposer composer,
            WeeklyRenderer renderer, IssueSupport support, List<WeeklyComposer.WeeklyTopic> topics,
            UnaryOperator<WeeklyEdition> prose) {
        this.papers = papers;
        this.subscribers = subscribers;
        this.issues = issues;
        this.archive = archive;
        this.composer = composer;
        this.renderer = renderer;
        this.support = support;
        this.topics = List.copyOf(topics);
        this.prose = prose;
    }

    /** @param preview when not null, issues are only written there as previews, never stored or queued */
    public Report make(String week, Predicate<Subscriber> due, Path preview, Consumer<String> progress) {
        LocalDate monday = monday(week);
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
        int made = 0;
        int already = 0;
        List<WeeklyEdition> editions = new ArrayList<>();
        for (int t = 0; t < topics.size(); t++) {
            String kind = "weekly-" + (t + 1);
            List<Subscriber> waiting = readers.stream().filter(r -> !issues.exists(kind, r.id(), monday)).toList();
            already += readers.size() - waiting.size();
            if (preview == null && waiting.isEmpty()) {
                // Nobody needs it: do not compose (or pay an LLM) again on every hourly check.
                continue;
            }
            WeeklyEdition edition = prose.apply(composer.compose(topics.get(t), week, monday, sunday, announced,
                    issues.featuredBefore(kind, week)));
            editions.add(edition);
            progress.accept(edition.topic() + ", " + week + ": " + edition.analyzed() + " papers analyzed, "
                    + edition.relevant() + " on topic, " + edition.breakthroughs().size() + " breakthroughs, "
                    + edition.trends().size() + " trends");
            if (preview != null) {
                IssueSupport.writePreview(preview, kind + "-" + week, renderer.render(edition, null, support.publicLinks()));
                continue;
            }
            issues.recordFeatured(kind, week, edition.breakthroughs().stream().map(b -> b.pick().paper().id().base()).toList());
            RenderedIssue open = renderer.render(edition, null, support.publicLinks());
            archive.savePublic(kind, week, open.subject(), edition.summary(), open.html());
            List<Pick> picks = new ArrayList<>();
            edition.breakthroughs().forEach(b -> picks.add(b.pick()));
            edition.notable().forEach(n -> picks.add(n.pick()));
            for (Subscriber reader : waiting) {
                Links links = support.links(reader, kind, monday);
                RenderedIssue rendered = renderer.render(edition, reader.email(), links);
                NewIssue issue = new NewIssue(kind, reader.id(), reader.email(), monday, monday, rendered.subject(),
                        rendered.html(), rendered.text(), picks, support.messageId(kind, week, reader), links.unsubscribeUrl());
                if (issues.save(issue).isPresent()) {
                    made++;
                } else {
                    already++;
                }
            }
        }
        return new Report(week, announced.size(), made, already, editions);
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
