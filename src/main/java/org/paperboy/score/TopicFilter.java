package org.paperboy.score;

import java.util.ArrayList;
import java.util.List;
import org.paperboy.subscriber.Profile;
import org.paperboy.subscriber.Topic;

/**
 * A topic's filter enforced by meaning: a paper closer to what a topic filters out ("applications to
 * one domain, such as medicine, clinical diagnosis, ...") than to what the topics keep is not about
 * them, however many of their words it uses. Closeness is taken relative to the other papers, as the
 * scorer takes it, and a filter that lists subjects is as near to a paper as the nearest of them.
 */
public final class TopicFilter {

    private TopicFilter() {
    }

    /** For each paper (by its sentence vector), whether a topic's filter is nearer to it than what the topics keep. */
    public static boolean[] filtered(Embeddings embeddings, Profile profile, float[][] papers) {
        List<String> filters = new ArrayList<>();
        for (Topic t : profile.topics()) {
            if (!t.filter().isEmpty()) {
                filters.add(t.filter());
                filters.addAll(SemanticScorer.Queries.parts(t.filter()));
            }
        }
        double[] margin = margins(embeddings, profile, filters, papers);
        boolean[] out = new boolean[papers.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = margin[i] > 0;
        }
        return out;
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
        for (Topic t : profile.topics()) {
            keep.add(t.name().isEmpty() ? t.keep() : t.keep().isEmpty() ? t.name() : t.name() + ". " + t.keep());
            keep.addAll(SemanticScorer.Queries.parts(t.keep().isEmpty() ? t.name() : t.keep()));
        }
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
