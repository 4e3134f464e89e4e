package org.paperboy.score;

import java.util.ArrayList;
import java.util.List;
import org.paperboy.subscriber.Profile;
import org.paperboy.subscriber.Topic;

/**
 * A topic's filter enforced by meaning: a paper closer to what some topic filters out than to
 * anything the topics keep is not about them, however many of their words it uses.
 */
public final class TopicFilter {

    private TopicFilter() {
    }

    /** For each paper (by its sentence vector), whether a filter is nearer to it than every keep text. */
    public static boolean[] filtered(Embeddings embeddings, Profile profile, float[][] papers) {
        double[] margin = margins(embeddings, profile, papers);
        boolean[] out = new boolean[papers.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = margin[i] > 0;
        }
        return out;
    }

    /** Nearest filter's similarity minus nearest keep text's, per paper; negative infinity without filters. */
    static double[] margins(Embeddings embeddings, Profile profile, float[][] papers) {
        List<String> keep = new ArrayList<>();
        List<String> filter = new ArrayList<>();
        for (Topic t : profile.topics()) {
            keep.add(t.name().isEmpty() ? t.keep() : t.keep().isEmpty() ? t.name() : t.name() + ". " + t.keep());
            if (!t.filter().isEmpty()) {
                filter.add(t.filter());
            }
        }
        double[] out = new double[papers.length];
        java.util.Arrays.fill(out, Double.NEGATIVE_INFINITY);
        if (filter.isEmpty() || papers.length == 0) {
            return out;
        }
        float[][] columns = Vectors.columns(papers);
        double[] nearestKeep = nearest(columns, papers.length, embeddings.texts(keep));
        double[] nearestFilter = nearest(columns, papers.length, embeddings.texts(filter));
        for (int i = 0; i < out.length; i++) {
            out[i] = nearestFilter[i] - nearestKeep[i];
        }
        return out;
    }

    private static double[] nearest(float[][] columns, int n, float[][] queries) {
        double[] best = new double[n];
        java.util.Arrays.fill(best, Double.NEGATIVE_INFINITY);
        for (float[] q : queries) {
            double[] s = Vectors.similarities(columns, n, q);
            for (int i = 0; i < n; i++) {
                best[i] = Math.max(best[i], s[i]);
            }
        }
        return best;
    }
}
