package org.paperboy.score;

import java.util.function.Function;

/**
 * How close each paper is to one query: to its whole text, and to the nearest of the subjects it lists.
 * The whole text of a long list is a blur of its subjects (and the model reads only its first 128
 * tokens); the nearest subject lets a paper on any one of them count in full. Each subject is taken
 * relative to the day's papers first, so that a subject every paper is a little close to (a broad
 * word) does not outweigh a narrow one, and twenty subjects count no less each than three.
 *
 * @param raw     the closer of the whole text's and the nearest subject's cosine similarity
 * @param ranking the whole text's standard score blended with the best of the subjects' standard scores
 */
record QueryMeaning(double[] raw, double[] ranking) {

    /** How much the nearest subject counts beside the whole text. */
    static final double SUBJECT = 0.5;

    static QueryMeaning of(double[] whole, float[][] subjects, Function<float[], double[]> to) {
        if (subjects.length == 0) {
            return new QueryMeaning(whole, whole);
        }
        int n = whole.length;
        double[] raw = whole.clone();
        double[] nearest = new double[n];
        java.util.Arrays.fill(nearest, Double.NEGATIVE_INFINITY);
        for (float[] s : subjects) {
            double[] cos = to.apply(s);
            double[] z = Vectors.standardize(cos.clone());
            for (int i = 0; i < n; i++) {
                raw[i] = Math.max(raw[i], cos[i]);
                nearest[i] = Math.max(nearest[i], z[i]);
            }
        }
        double[] w = Vectors.standardize(whole);
        double[] ranking = new double[n];
        for (int i = 0; i < n; i++) {
            ranking[i] = (1 - SUBJECT) * w[i] + SUBJECT * nearest[i];
        }
        return new QueryMeaning(raw, ranking);
    }
}
