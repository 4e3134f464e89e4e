package org.paperboy.issue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.paperboy.paper.Paper;

/**
 * One topic's highlights of one ISO week: quoted and composed from the papers themselves; lists may be
 * empty, texts never null.
 *
 * @param week      ISO week, e.g. 2026-W24
 * @param analyzed  papers of the week the topic's categories cover
 * @param relevant  of those, papers that matched the topic
 */
public record WeeklyEdition(
        String topic,
        String week,
        LocalDate from,
        LocalDate to,
        int analyzed,
        int relevant,
        String summary,
        String takeaway,
        List<Breakthrough> breakthroughs,
        List<Trend> trends,
        List<Notable> notable,
        List<Paper> mentions) {

    public WeeklyEdition {
        breakthroughs = List.copyOf(breakthroughs);
        trends = List.copyOf(trends);
        notable = List.copyOf(notable);
        mentions = List.copyOf(mentions);
    }

    /**
     * A paper featured for its contribution, with the abstract sentences that back each claim.
     *
     * @param whyNovel    what earlier work lacked and what the paper contributes
     * @param innovations sentences describing how
     * @param evidence    sentences reporting results, measured ones first
     * @param impact      what it enables, or who it matters to
     */
    public record Breakthrough(Pick pick, String whyNovel, List<String> innovations, List<String> evidence, String impact) {
        public Breakthrough {
            innovations = List.copyOf(innovations);
            evidence = List.copyOf(evidence);
        }
    }

    /**
     * Papers of the week sharing a direction, named by the term they share.
     *
     * @param line what the group works on and how the term's use compares with the weeks before
     */
    public record Trend(String name, List<Paper> papers, String line, Set<String> unshown) {
        public Trend {
            papers = List.copyOf(papers);
            line = line == null ? "" : line;
            unshown = Set.copyOf(unshown);
        }

        public Trend(String name, List<Paper> papers, String line) {
            this(name, papers, line, Set.of());
        }

        public Trend(String name, List<Paper> papers) {
            this(name, papers, "");
        }

        /** The papers whose titles the issue lists: all but those its reader leaves out (counted all the same). */
        public List<Paper> shown() {
            return papers.stream().filter(p -> !unshown.contains(p.id().base())).toList();
        }
    }

    /**
     * The issue as a reader reads it who leaves out {@code ids} (arXiv ids without version): those papers
     * are not among the notable papers or the mentions, and a trend counts them without listing their titles.
     * The breakthroughs stay, as the takeaway speaks of them.
     */
    public WeeklyEdition without(Set<String> ids) {
        if (ids.isEmpty()) {
            return this;
        }
        List<Notable> kept = notable.stream().filter(n -> !ids.contains(n.pick().paper().id().base())).toList();
        List<Paper> mentioned = mentions.stream().filter(p -> !ids.contains(p.id().base())).toList();
        List<Trend> listed = trends.stream().map(t -> new Trend(t.name(), t.papers(), t.line(), ids)).toList();
        // the summary counts the notable papers this reader gets
        String said = ", " + notable.size() + " notable.";
        String counted = kept.size() == notable.size() || !summary.contains(said) ? summary
                : summary.replace(said, ", " + kept.size() + " notable.");
        return new WeeklyEdition(topic, week, from, to, analyzed, relevant, counted, takeaway, breakthroughs, listed, kept, mentioned);
    }

    /** A paper worth a look, with its one-line contribution. */
    public record Notable(Pick pick, String line) {
    }
}
