package org.paperboy.score;

import java.util.ArrayList;
import java.util.List;
import org.paperboy.subscriber.Profile;
import org.paperboy.subscriber.Topic;

/**
 * A topic's filter enforced by meaning: a paper nearer to what the topic it is closest to filters out
 * ("applications to one domain, such as medicine, clinical diagnosis, ...") than to what that topic
 * keeps is not about it, however many of its words it uses. Closeness is taken relative to the other
 * papers, as the scorer takes it, and a text that lists subjects is as near to a paper as the nearest of
 * them. A filter is read without what it says the papers lack ({@link SemanticScorer.Queries#affirmed}).
 */
public final class TopicFilter {

    private TopicFilter() {
    }

    /**
     * For each paper (by its sentence vector), whether the filter of the topic it is nearest is nearer to it
     * than that topic's keep text. A paper nearest the reader's keywords, or a topic without a filter, is kept.
     */
    public static boolean[] filtered(Embeddings embeddings, Profile profile, float[][] papers) {
        int n = papers.length;
        float[][] columns = Vectors.columns(papers);
        double[] nearestTopic = new double[n];
        java.util.Arrays.fill(nearestTopic, Double.NEGATIVE_INFINITY);
        boolean[] out = new boolean[n];
        for (Topic t : profile.topics()) {
            double[] keep = nearest(columns, n, embeddings.texts(keep(t)));
            double[] filter = t.filter().isEmpty() ? null : nearest(columns, n, embeddings.texts(filter(t)));
            for (int i = 0; i < n; i++) {
                if (keep[i] > nearestTopic[i]) {
                    nearestTopic[i] = keep[i];
                    out[i] = filter != null && filter[i] > keep[i];
                }
            }
        }
        if (!profile.keywords().isEmpty()) {
            double[] k = nearest(columns, n, embeddings.texts(profile.keywords()));
            for (int i = 0; i < n; i++) {
                if (k[i] > nearestTopic[i]) {
                    nearestTopic[i] = k[i];
                    out[i] = false;
                }
            }
        }
        return out;
    }

    /** A topic's keep text as queries: with its name, and phrase by phrase. */
    private static List<String> keep(Topic t) {
        List<String> keep = new ArrayList<>();
        keep.add(t.name().isEmpty() ? t.keep() : t.keep().isEmpty() ? t.name() : t.name() + ". " + t.keep());
        keep.addAll(SemanticScorer.Queries.parts(t.keep().isEmpty() ? t.name() : t.keep()));
        return keep;
    }

    /** A topic's filter text as queries, without what it says the papers lack: whole, and phrase by phrase. */
    private static List<String> filter(Topic t) {
        String leftOut = SemanticScorer.Queries.affirmed(t.filter());
        List<String> filter = new ArrayList<>();
        filter.add(leftOut);
        filter.addAll(SemanticScorer.Queries.parts(leftOut));
        return filter;
    }

    /** How much nearer each paper is to the reader's subjects to avoid than to what they keep (0 when none). */
    static double[] avoided(Embeddings embeddings, Profile profile, float[][] papers) {
        return margins(embeddings, profile, profile.avoid(), papers);
    }

    /**
     * The nearest of {@code against} minus the nearest of what the topics keep (whole and phrase by
     * phrase), each as standard scores over the papers; zeros when {@code against} is empty.
     */
    static double[] margins(Embeddings embeddings, Profile profile, List<String> against, float[][] papers) {
        double[] out = new double[papers.length];
        if (against.isEmpty() || papers.length == 0) {
            return out;
        }
        List<String> keep = new ArrayList<>();
        profile.topics().forEach(t -> keep.addAll(keep(t)));
        keep.addAll(profile.keywords());
        if (keep.isEmpty()) {
            return out;
        }
        float[][] columns = Vectors.columns(papers);
        double[] near = nearest(columns, papers.length, embeddings.texts(keep));
        double[] far = nearest(columns, papers.length, embeddings.texts(against));
        for (int i = 0; i < out.length; i++) {
            out[i] = far[i] - near[i];
        }
        return out;
    }

    /** Each paper's highest standard score of similarity to one of the queries. */
    private static double[] nearest(float[][] columns, int n, float[][] queries) {
        double[] best = new double[n];
        java.util.Arrays.fill(best, Double.NEGATIVE_INFINITY);
        for (float[] q : queries) {
            double[] s = Vectors.standardize(Vectors.similarities(columns, n, q));
            for (int i = 0; i < n; i++) {
                best[i] = Math.max(best[i], s[i]);
            }
        }
        return best;
    }
}
