package org.paperboy.score;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.paperboy.paper.Paper;
import org.paperboy.subscriber.Profile;

/**
 * Ranks a week's papers for a weekly issue, all at once: relevance from the daily digest's scorer,
 * the topics' filters enforced, and an importance that adds to relevance how new a paper is.
 */
public final class WeeklyRanking {

    /**
     * One paper of the week.
     *
     * @param score      relevance as the daily digest rates it, novelty as the weekly issue does (1-10 each)
     * @param importance the order of the candidates (higher first; comparable within one ranking)
     * @param filtered   closer to a topic's filter than to what the topics keep: never featured
     */
    public record Ranked(Paper paper, Score score, double importance, boolean filtered, double[] features) {
        public Ranked(Paper paper, Score score, double importance, boolean filtered) {
            this(paper, score, importance, filtered, new double[0]);
        }
    }

    private final Scorer scorer;
    private final Embeddings embeddings;
    private final FieldNovelty.Archive archive;

    public WeeklyRanking(Scorer scorer, Embeddings embeddings, FieldNovelty.Archive archive) {
        this.scorer = scorer;
        this.embeddings = embeddings;
        this.archive = archive;
    }

    /** The week's papers, most important first; filtered papers last. */
    public List<Ranked> rank(Profile profile, List<Paper> week) {
        if (week.isEmpty()) {
            return List.of();
        }
        List<Score> scores = scorer.score(profile, week);
        float[][] vectors = embeddings.papers(week, line -> { });
        boolean[] filtered = TopicFilter.filtered(embeddings, profile, vectors);
        LocalDate first = week.stream().map(Paper::announced).min(Comparator.naturalOrder()).orElseThrow();
        double[][] distance = new double[4][];
        int[][] variants = {{3, 14}, {10, 14}, {3, 28}, {10, 28}};
        for (int v = 0; v < variants.length; v++) {
            List<Paper> before = archive.between(first.minusDays(variants[v][1]), first.minusDays(1));
            distance[v] = Distance.fromField(vectors, before.isEmpty() ? null : embeddings.papers(before, line -> { }), variants[v][0]);
        }
        double[] rank = new double[week.size()];
        java.util.Map<String, Integer> at = new java.util.HashMap<>();
        for (int i = 0; i < week.size(); i++) {
            at.put(week.get(i).id().base(), i);
        }
        Score[] byPaper = new Score[week.size()];
        for (Score s : scores) {
            int i = at.get(s.id().base());
            byPaper[i] = s;
            rank[i] = s.authorMatch() ? s.rank() - 1000 : s.rank();
        }
        double[] z = Vectors.standardize(rank);
        double[] within = Distance.fromField(vectors, null, 3);
        double[] margin = TopicFilter.margins(embeddings, profile, vectors);
        List<Ranked> out = new ArrayList<>();
        for (int i = 0; i < week.size(); i++) {
            Paper p = week.get(i);
            double[] f = new double[] {rank[i], byPaper[i].relevance(), distance[0][i], distance[1][i], distance[2][i], distance[3][i],
                Evidence.numbers(p), Evidence.comparisons(p), Evidence.theory(p), Evidence.kind(p), Novelty.of(p), filtered[i] ? 1 : 0,
                within[i], Double.isInfinite(margin[i]) ? -9 : margin[i], p.abstractText().split("\\s+").length, byPaper[i].novelty()};
            double importance = filtered[i] ? z[i] - 100 : z[i];
            out.add(new Ranked(p, byPaper[i], importance, filtered[i], f));
        }
        out.sort(Comparator.comparingDouble((Ranked r) -> -r.importance()));
        return out;
    }
}
