package org.paperboy.score;

/** The few vector operations scoring needs, written for speed on plain float arrays. */
final class Vectors {

    private Vectors() {
    }

    static double dot(float[] a, float[] b) {
        // Four running sums let the JIT keep several multiply-adds in flight.
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        int n = a.length;
        int i = 0;
        for (; i + 3 < n; i += 4) {
            s0 += a[i] * b[i];
            s1 += a[i + 1] * b[i + 1];
            s2 += a[i + 2] * b[i + 2];
            s3 += a[i + 3] * b[i + 3];
        }
        for (; i < n; i++) {
            s0 += a[i] * b[i];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /** Each paper's similarity to the query. */
    static double[] similarities(float[][] papers, float[] query) {
        double[] out = new double[papers.length];
        for (int i = 0; i < papers.length; i++) {
            out[i] = dot(papers[i], query);
        }
        return out;
    }

    /** The mean of the chosen rows. */
    static float[] centroid(float[][] rows, int[] chosen) {
        float[] c = new float[rows[chosen[0]].length];
        for (int r : chosen) {
            float[] v = rows[r];
            for (int i = 0; i < c.length; i++) {
                c[i] += v[i];
            }
        }
        for (int i = 0; i < c.length; i++) {
            c[i] /= chosen.length;
        }
        return c;
    }

    /** Standard scores in place: how many spreads above the mean each value lies. */
    static double[] standardize(double[] x) {
        if (x.length == 0) {
            return x;
        }
        double mean = 0;
        for (double v : x) {
            mean += v;
        }
        mean /= x.length;
        double var = 0;
        for (double v : x) {
            var += (v - mean) * (v - mean);
        }
        // A floor on the spread keeps a handful of near-equal papers from looking far apart.
        double sd = Math.max(Math.sqrt(var / x.length), 1e-3);
        for (int i = 0; i < x.length; i++) {
            x[i] = (x[i] - mean) / sd;
        }
        return x;
    }

    /** Indices of the k largest values, largest first. */
    static int[] top(double[] x, int k) {
        if (k <= 32) {
            return fewTop(x, Math.min(k, x.length));
        }
        Integer[] idx = new Integer[x.length];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        java.util.Arrays.sort(idx, (a, b) -> Double.compare(x[b], x[a]));
        int[] out = new int[Math.min(k, x.length)];
        for (int i = 0; i < out.length; i++) {
            out[i] = idx[i];
        }
        return out;
    }

    /** The k largest by insertion into a short list: for small k, far cheaper than sorting everything. */
    private static int[] fewTop(double[] x, int k) {
        int[] out = new int[k];
        int size = 0;
        for (int i = 0; i < x.length; i++) {
            if (size == k && x[i] <= x[out[k - 1]]) {
                continue;
            }
            int j = size < k ? size++ : k - 1;
            while (j > 0 && x[out[j - 1]] < x[i]) {
                out[j] = out[j - 1];
                j--;
            }
            out[j] = i;
        }
        return out;
    }

    /** Each value's rank from 0 (smallest) up, tied values sharing the mean of their ranks. */
    static double[] ranks(double[] x) {
        Integer[] idx = new Integer[x.length];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        java.util.Arrays.sort(idx, (a, b) -> Double.compare(x[a], x[b]));
        double[] out = new double[x.length];
        for (int i = 0; i < idx.length;) {
            int j = i;
            while (j + 1 < idx.length && x[idx[j + 1]] == x[idx[i]]) {
                j++;
            }
            for (int k = i; k <= j; k++) {
                out[idx[k]] = (i + j) / 2.0;
            }
            i = j + 1;
        }
        return out;
    }
}
