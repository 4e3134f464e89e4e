package org.paperboy.score;

import java.util.function.Function;

/**
 * How close each paper is to one query: to its whole text and to the nearest of the subjects it lists.
 * The whole text of a long list is a blur of its subjects (and the model reads only its first 128
 * tokens); the nearest subject lets a paper on any one of them count in full.
 */
final class QueryMeaning {

    /** How much the nearest subject counts beside the whole text. */
    static final double SUBJECT = Double.parseDouble(System.getProperty("pb.subject", "0.5"));

    private QueryMeaning() {
    }

    static double[] similarities(double[] whole, float[][] subjects, Function<float[], double[]> to) {
        if (subjects.length == 0 || SUBJECT == 0) {
            return whole;
        }
        double[] nearest = new double[whole.length];
        java.util.Arrays.fill(nearest, Double.NEGATIVE_INFINITY);
        for (float[] s : subjects) {
            double[] cos = to.apply(s);
            for (int i = 0; i < cos.length; i++) {
                nearest[i] = Math.max(nearest[i], cos[i]);
            }
        }
        double[] out = new double[whole.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (1 - SUBJECT) * whole[i] + SUBJECT * nearest[i];
        }
        return out;
    }
}
