package org.paperboy.score;

import java.util.function.IntPredicate;

/**
 * The semantic scorer's ordering value put on the judge's 1-10 scales, fitted on the labelled dev sets
 * (README, "The daily digest"). The judge's relevance of the papers it keeps rises with the ordering value,
 * quickly at first and slowly past the day's clear matches, so relevance is two straight pieces; a paper far
 * below the day's matches stays at 3 or less (noise, as before). The judge's novelty follows how well a
 * paper fits the reader far more than how far it sits from the field's recent papers (on the dev sets, rank
 * correlation 0.44 and 0.14 against -0.26 and 0.02), so novelty is mostly the fit, and the distance from the
 * field tells apart papers that fit alike. A 10 is rare with the judge (one kept paper in sixteen): a
 * reader's day gives it to one paper in ten of their issue at most, the best ones, so that a narrow
 * profile (a single keyword) does not read 10 all down its issue.
 */
final class JudgeScale {

    /** Where the steep piece of relevance ends. */
    static final double KNEE = 2.0;
    /** Below this ordering value a paper is noise for the reader: relevance 3 at most. */
    static final double NOISE = -10.0 / 11;

    private JudgeScale() {
    }

    /** Relevance 1-10 for an ordering value. */
    static int relevance(double rank) {
        double r = rank < KNEE ? 5.75 + 0.9 * rank : 5.75 + 0.9 * KNEE + 0.5 * (rank - KNEE);
        if (rank < NOISE) {
            r = Math.min(r, 3);
        }
        return clamp(r);
    }

    /** As {@link #relevance(double)}, 9 at most below {@code tenFrom}. */
    static int relevance(double rank, double tenFrom) {
        int r = relevance(rank);
        return r == 10 && rank < tenFrom ? 9 : r;
    }

    /** The least ordering value that may read 10: that of the best tenth of an issue of {@code maxPapers}, of the papers {@code ranked}. */
    static double tenFrom(double[] rank, IntPredicate ranked, int maxPapers) {
        // the k-th largest in one pass, keeping the k largest in ascending order (k is a few): sorting a whole
        // listing's values for every reader took a twentieth of making 100,000 readers' issues
        int k = Math.max(1, (maxPapers + 9) / 10);
        double[] top = new double[k];
        int n = 0;
        for (int i = 0; i < rank.length; i++) {
            if (!ranked.test(i)) {
                continue;
            }
            double v = rank[i];
            if (n < k) {
                int j = n++;
                for (; j > 0 && top[j - 1] > v; j--) {
                    top[j] = top[j - 1];
                }
                top[j] = v;
            } else if (v > top[0]) {
                int j = 0;
                for (; j + 1 < k && top[j + 1] < v; j++) {
                    top[j] = top[j + 1];
                }
                top[j] = v;
            }
        }
        return n < k ? Double.NEGATIVE_INFINITY : top[0];
    }

    /** Novelty 1-10 for an ordering value and the paper's novelty against its field (1-10). */
    static int novelty(double rank, int field) {
        return clamp(6.0 + 0.5 * rank + 0.3 * (field - 5.5));
    }

    private static int clamp(double v) {
        return (int) Math.max(1, Math.min(10, Math.round(v)));
    }
}
