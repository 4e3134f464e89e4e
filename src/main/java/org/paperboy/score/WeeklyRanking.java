package org.paperboy.score;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.paperboy.paper.Paper;
import org.paperboy.subscriber.Profile;

/**
 * Ranks a week's papers for a weekly issue, all at once: relevance from the daily digest's scorer,
 * the topics' filters enforced, subjects to avoid held back, and an importance that adds to relevance
 * how new a paper's contribution looks ({@link WeeklyNovelty}). Measured by {@code eval --weekly}.
 */
public final class WeeklyRanking {

    /**
     * One paper of the week.
     *
     * @param score      relevance as the daily digest rates it, novelty as the weekly issue estimates it (1-10 each)
     * @param importance the order of the candidates (higher first; comparable within one ranking)
     * @param filtered   closer to a topic's filter than to what the topics keep: never featured
     */
    public record Ranked(Paper paper, Score score, double importance, boolean filtered) {

        /** The paper's place in the order, higher first: its importance, and a filtered paper after every other. */
        public double order() {
            return filtered ? importance - FILTERED : importance;
        }
    }

    /** Far more than importances (sums of a few standard scores) ever differ by. */
    private static final double FILTERED = 1e6;

    /** How much a paper is held back per standard score it is nearer to a subject to avoid than to the topics. */
    static final double AVOID = 0.5;
    /** How much novelty (in standard scores) adds to relevance (in standard scores). */
    static final double NOVELTY = 0.4;
    /** How much the size of a paper's team (in standard scores, see {@link #teams}) adds to relevance. */
    static final double TEAM = 0.2;
    /** A team of more authors than this counts as this many: a consortium's report is not worth ten teams' papers. */
    private static final int LARGEST_TEAM = 30;
    /** The least novelty (1-10, the week's tenths) a breakthrough may show. */
    static final int LEAST_NOVEL = 5;

    /**
     * A second opinion on the week's first candidates: what a model says of each paper for the issue's
     * criteria (the LLM judge, {@link JudgedScorer#verdicts}); a paper it says nothing of keeps the offline order.
     */
    public interface Judge {
        Map<String, Verdict> verdicts(Profile profile, List<Paper> papers);
    }

    private final Scorer scorer;
    private final Embeddings embeddings;
    private final Judge judge;
    private final int judged;

    /** The offline ranking. */
    public WeeklyRanking(Scorer scorer, Embeddings embeddings) {
        this(scorer, embeddings, (profile, papers) -> Map.of(), 0);
    }

    /** The offline ranking, with the first {@code judged} papers it would feature put to {@code judge}. */
    public WeeklyRanking(Scorer scorer, Embeddings embeddings, Judge judge, int judged) {
        this.scorer = scorer;
        this.embeddings = embeddings;
        this.judge = judge;
        this.judged = judged;
    }

    /** The week's papers, most important first; filtered papers after all the others. */
    public List<Ranked> rank(Profile profile, List<Paper> papers) {
        // a paper listed on two days of the week (a cross-list, a replacement) is one paper of the week
        Map<String, Paper> distinct = new LinkedHashMap<>();
        papers.forEach(p -> distinct.putIfAbsent(p.id().base(), p));
        List<Paper> week = List.copyOf(distinct.values());
        if (week.isEmpty()) {
            return List.of();
        }
        Map<String, Score> scores = new HashMap<>();
        scorer.score(profile, week).forEach(s -> scores.put(s.id().base(), s));
        float[][] vectors = embeddings.papers(week, line -> { });
        boolean[] filtered = TopicFilter.filtered(embeddings, profile, vectors);
        // a field of application a filter names ("applications to one domain, such as medicine") by its title's words
        List<String> filterItems = Criterion.of(profile).stream().filter(Criterion::filter).flatMap(c -> c.sources().stream()).toList();
        for (int i = 0; i < filtered.length && !filterItems.isEmpty(); i++) {
            filtered[i] |= Fields.itemFor(week.get(i).title(), filterItems) != null;
        }
        double[] avoided = Vectors.standardize(TopicFilter.avoided(embeddings, profile, vectors));
        double[] relevance = new double[week.size()];
        for (int i = 0; i < relevance.length; i++) {
            Score s = scores.get(week.get(i).id().base());
            // a followed author does not make a paper the field's: the weekly issue is not one reader's
            relevance[i] = s.authorMatch() ? s.rank() - 1000 : s.rank();
        }
        Vectors.standardize(relevance);
        double[] novelty = WeeklyNovelty.of(week, asked(profile));
        int[] novel = tenths(novelty);
        double[] team = teams(week);
        List<Ranked> out = new ArrayList<>(week.size());
        for (int i = 0; i < week.size(); i++) {
            Score s = scores.get(week.get(i).id().base());
            double importance = relevance[i] - AVOID * avoided[i] + NOVELTY * novelty[i] + TEAM * team[i];
            // what the reader leaves out by name (a subject their list names, survey papers) is no more featured than filtered
            boolean avoid = s.excluded() && profile.avoid().stream().anyMatch(a -> a.equalsIgnoreCase(s.excludedBy()));
            out.add(new Ranked(week.get(i), new Score(s.id(), s.relevance(), novel[i], "", s.authorMatch(), importance), importance,
                    filtered[i] || avoid));
        }
        out.sort(Comparator.comparingDouble(r -> -r.order()));
        return judged > 0 ? rejudged(profile, out) : out;
    }

    /**
     * {@code ranked} with the model's verdicts on its first {@link #judged} papers that may be featured: those the
     * model finds on the topic (relevance {@value Score#CLEARLY_ON} or more) first, by its relevance plus twice its
     * novelty (the weekly issue is about what is new), and those it finds off the topic after every paper it was not
     * asked about. Each judged paper shows the model's relevance and novelty.
     */
    private List<Ranked> rejudged(Profile profile, List<Ranked> ranked) {
        List<Paper> first = ranked.stream().filter(r -> !r.filtered()).limit(judged).map(Ranked::paper).toList();
        Map<String, Verdict> verdicts = judge.verdicts(profile, first);
        if (verdicts.isEmpty()) {
            return ranked;
        }
        double top = ranked.get(0).importance() + 1;
        double bottom = ranked.stream().filter(r -> !r.filtered()).mapToDouble(Ranked::importance).min().orElse(0) - 1;
        List<Ranked> out = new ArrayList<>(ranked.size());
        for (Ranked r : ranked) {
            Verdict v = r.filtered() ? null : verdicts.get(r.paper().id().base());
            if (v == null) {
                out.add(r);
                continue;
            }
            int novelty = v.novelty() == 0 ? r.score().novelty() : v.novelty();
            double importance = v.relevance() >= Score.CLEARLY_ON ? top + v.relevance() + 2 * novelty : bottom - (10 - v.relevance());
            Score s = r.score();
            out.add(new Ranked(r.paper(), new Score(s.id(), v.relevance(), novelty, v.comment(), s.authorMatch(), importance),
                    importance, false));
        }
        out.sort(Comparator.comparingDouble(r -> -r.order()));
        return out;
    }

    /**
     * Whether a paper may be one of an issue's breakthroughs: new work, not a survey or review of others' (by
     * what its abstract says of itself; "Text World Models for LLM-based Agents" reviews, its title does not
     * say so), and not in the week's less new half by the novelty ({@code score}, as {@link #rank} gives
     * it): "Novelty 3/10" under a breakthrough contradicts it. Such a paper may still be a notable paper.
     */
    public static boolean mayBreakThrough(Paper paper, Score score) {
        return !KeywordScorer.survey(paper) && score.novelty() >= LEAST_NOVEL;
    }

    /**
     * The places papers take in the issue, higher first, by id: the order ({@link Ranked#order}), with the first
     * {@code breakthroughs} papers among the first {@code featured} not filtered that may break through ({@link
     * #mayBreakThrough}) before every other, as the issue features them.
     */
    public static Map<String, Double> asIssued(List<Ranked> ranked, int breakthroughs, int featured) {
        Map<String, Double> out = new HashMap<>();
        int first = 0;
        int place = 0;
        for (Ranked r : ranked) {
            boolean breaksThrough = first < breakthroughs && !r.filtered() && place < featured && mayBreakThrough(r.paper(), r.score());
            first += breaksThrough ? 1 : 0;
            place += r.filtered() ? 0 : 1;
            out.put(r.paper().id().base(), r.order() + (breaksThrough ? FILTERED : 0));
        }
        return out;
    }

    /**
     * Which of an issue's papers ({@code papers}) a reader leaves out by name, as their daily digest would: a
     * subject their avoid list names in the title or in meaning, or survey papers. Their topics' filters are
     * not read here: they are about the reader's own topics, not this issue's.
     */
    public Set<String> leftOut(Profile reader, List<Paper> papers) {
        if (reader.avoid().isEmpty() || papers.isEmpty()) {
            return Set.of();
        }
        Set<String> out = new HashSet<>();
        for (Score s : scorer.score(reader, papers)) {
            if (s.excluded() && reader.avoid().stream().anyMatch(a -> a.equalsIgnoreCase(s.excludedBy()))) {
                out.add(s.id().base());
            }
        }
        return out;
    }

    /**
     * Each paper's team size against the week's, as standard scores of the logarithm of its number of authors
     * (at most {@value #LARGEST_TEAM}). Both dev sets' judges found more to a larger team's paper: among the
     * vision set's papers, those of 8 to 14 authors had a positive weekly gain 19% of the time, those of one
     * or two 1.6%.
     */
    static double[] teams(List<Paper> week) {
        double[] out = new double[week.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.log(1 + Math.min(LARGEST_TEAM, Math.max(1, week.get(i).authors().size())));
        }
        return Vectors.standardize(out);
    }

    /** The reader's own words for what they want: their topics, keywords and prose (not what they leave out). */
    private static String asked(Profile profile) {
        StringBuilder asked = new StringBuilder(String.join(" ", profile.about()));
        profile.topics().forEach(t -> asked.append(' ').append(t.name()).append(' ').append(t.keep()));
        profile.keywords().forEach(k -> asked.append(' ').append(k));
        return asked.toString();
    }

    /** 1-10 by where each value stands among the week's: the top tenth is 10. */
    private static int[] tenths(double[] x) {
        int[] order = Vectors.top(x, x.length);
        int[] out = new int[x.length];
        for (int rank = 0; rank < order.length; rank++) {
            out[order[rank]] = 10 - (int) (10L * rank / order.length);
        }
        return out;
    }
}
