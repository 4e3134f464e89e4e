package org.paperboy.score;

import java.util.function.Function;

/**
 * Which papers are on what the reader asked to leave out: a paper whose title names a subject they avoid,
 * or that sits closer in meaning to a subject they avoid, or to a topic's filter text, than to anything
 * they keep. Filter texts are often worded close to their keep texts ("applies an existing architecture to
 * a task"), so a paper must be clearly closer to the filter; the margins were tuned on the labelled sets
 * (README, "The daily digest").
 */
final class Exclusions {

    /** A paper this much closer to an avoided subject than to any topic, and this close to it at least, is left out. */
    static final double AVOID_MARGIN = 0.05;
    static final double AVOID_FLOOR = 0.5;
    /** A paper this much closer to a topic's filter text than to any topic is left out. */
    static final double FILTER_MARGIN = 0.05;

    private Exclusions() {
    }

    /**
     * For each paper, the reader's words it is left out for, or "": {@code best} is each paper's similarity
     * to the nearest thing the reader keeps, {@code inTitle} the avoided subject its title names (or null).
     */
    static String[] of(SemanticScorer.Queries queries, Function<float[], double[]> similarities, double[] best, String[] inTitle) {
        int n = best.length;
        String[] out = new String[n];
        double[] by = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = inTitle[i] == null ? "" : inTitle[i];
            by[i] = inTitle[i] == null ? 0 : Double.POSITIVE_INFINITY;
        }
        for (int a = 0; a < queries.avoid().length; a++) {
            double[] cos = similarities.apply(queries.avoid()[a]);
            for (int i = 0; i < n; i++) {
                double over = cos[i] - best[i] - AVOID_MARGIN;
                if (cos[i] > AVOID_FLOOR && over > 0 && over > by[i]) {
                    by[i] = over;
                    out[i] = queries.avoidTexts().get(a);
                }
            }
        }
        for (int f = 0; f < queries.filter().length; f++) {
            double[] cos = similarities.apply(queries.filter()[f]);
            for (int i = 0; i < n; i++) {
                double over = cos[i] - best[i] - FILTER_MARGIN;
                if (over > 0 && over > by[i]) {
                    by[i] = over;
                    out[i] = queries.filterTexts().get(f);
                }
            }
        }
        return out;
    }
}
