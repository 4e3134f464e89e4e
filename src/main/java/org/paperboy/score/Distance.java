package org.paperboy.score;

/** How far papers sit from the field's recent papers, in meaning. */
final class Distance {

    private Distance() {
    }

    /**
     * One minus the mean similarity to the {@code nearest} closest papers of {@code field}; with no
     * field (nothing stored before), the papers are compared with each other.
     */
    static double[] fromField(float[][] papers, float[][] field, int nearest) {
        float[][] against = field == null ? papers : field;
        float[][] columns = Vectors.columns(against);
        double[] out = new double[papers.length];
        for (int i = 0; i < papers.length; i++) {
            double[] top = new double[nearest];
            java.util.Arrays.fill(top, -1);
            double[] similar = Vectors.similarities(columns, against.length, papers[i]);
            for (int j = 0; j < against.length; j++) {
                double cos = similar[j];
                if ((field == null && j == i) || cos <= top[nearest - 1]) {
                    continue;
                }
                int k = nearest - 1;
                while (k > 0 && top[k - 1] < cos) {
                    top[k] = top[k - 1];
                    k--;
                }
                top[k] = cos;
            }
            double sum = 0;
            for (double c : top) {
                sum += Math.max(0, c);
            }
            out[i] = 1 - sum / nearest;
        }
        return out;
    }
}
