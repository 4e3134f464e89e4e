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

    /**
     * The rows as columns, {@code [dimension][row]}: comparing every row with a query then is a run of
     * multiply-adds along whole columns, which the JIT compiles to vector instructions (a dot product
     * per row, a sum in one register, it does not).
     */
    static float[][] columns(float[][] rows) {
        int dims = rows.length == 0 ? 0 : rows[0].length;
        float[][] columns = new float[dims][rows.length];
        for (int i = 0; i < rows.length; i++) {
            for (int d = 0; d < dims; d++) {
                columns[d][i] = rows[i][d];
            }
        }
        return columns;
    }

    /** Each row's similarity to the query, from the rows' {@link #columns}. */
    static double[] similarities(float[][] columns, int rows, float[] query) {
        float[] sum = new float[rows];
        int d = 0;
        // four columns a pass: the running sums are read and written a quarter as often
        for (; d + 3 < columns.length; d += 4) {
            float q0 = query[d];
            float q1 = query[d + 1];
            float q2 = query[d + 2];
            float q3 = query[d + 3];
            float[] c0 = columns[d];
            float[] c1 = columns[d + 1];
            float[] c2 = columns[d + 2];
            float[] c3 = columns[d + 3];
            for (int i = 0; i < rows; i++) {
                sum[i] += q0 * c0[i] + q1 * c1[i] + q2 * c2[i] + q3 * c3[i];
            }
        }
        for (; d < columns.length; d++) {
            float q = query[d];
            float[] column = columns[d];
            for (int i = 0; i < rows; i++) {
                sum[i] += q * column[i];
            }
        }
        double[] out = new double[rows];
        for (int i = 0; i < rows; i++) {
            out[i] = sum[i];
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

    /** The vector scaled to length one (a zero vector stays zero). */
    static float[] unit(float[] v) {
        double norm = Math.sqrt(dot(v, v));
        if (norm > 0) {
            for (int i = 0; i < v.length; i++) {
                v[i] /= norm;
            }
        }
        return v;
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

    /** Indices of the k largest values, largest first; equal values in index order. */
    static int[] top(double[] x, int k) {
        if (k <= 32) {
            return fewTop(x, Math.min(k, x.length));
        }
        boolean[] in = topSet(x, k);
        Integer[] chosen = new Integer[Math.min(k, x.length)];
        int n = 0;
        for (int i = 0; i < x.length; i++) {
            if (in[i]) {
                chosen[n++] = i;
            }
        }
        // a stable sort: equal values stay in index order
        java.util.Arrays.sort(chosen, (p, q) -> Double.compare(x[q], x[p]));
        int[] out = new int[chosen.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = chosen[i];
        }
        return out;
    }

    /**
     * Which values are among the k largest, equal values in index order: what {@link #top} holds,
     * without putting it in order.
     */
    static boolean[] topSet(double[] x, int k) {
        boolean[] in = new boolean[x.length];
        k = Math.min(k, x.length);
        if (k == 0) {
            return in;
        }
        double threshold = select(x.clone(), x.length - k);
        int ties = k;
        for (double v : x) {
            ties -= Double.compare(v, threshold) > 0 ? 1 : 0;
        }
        for (int i = 0; i < x.length; i++) {
            int c = Double.compare(x[i], threshold);
            in[i] = c > 0 || (c == 0 && ties-- > 0);
        }
        return in;
    }

    /** The value that would stand at {@code place} were {@code x} sorted; {@code x} is reordered. */
    private static double select(double[] x, int place) {
        int lo = 0;
        int hi = x.length - 1;
        while (lo < hi) {
            double pivot = x[(lo + hi) >>> 1];
            int lt = lo;
            int gt = hi;
            int i = lo;
            while (i <= gt) {
                int c = Double.compare(x[i], pivot);
                if (c < 0) {
                    double t = x[lt];
                    x[lt++] = x[i];
                    x[i++] = t;
                } else if (c > 0) {
                    double t = x[gt];
                    x[gt--] = x[i];
                    x[i] = t;
                } else {
                    i++;
                }
            }
            if (place < lt) {
                hi = lt - 1;
            } else if (place > gt) {
                lo = gt + 1;
            } else {
                return pivot;
            }
        }
        return x[place];
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
        int n = x.length;
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        sortBy(x, order, 0, n - 1);
        double[] out = new double[n];
        for (int i = 0; i < n;) {
            int j = i;
            while (j + 1 < n && Double.compare(x[order[j + 1]], x[order[i]]) == 0) {
                j++;
            }
            double shared = (i + j) / 2.0;
            for (int k = i; k <= j; k++) {
                out[order[k]] = shared;
            }
            i = j + 1;
        }
        return out;
    }

    /**
     * Sorts {@code order[lo..hi]} by the values they index: a quicksort that parts three ways, so that the
     * many equal values a day's scores hold (papers no phrase matched) are set aside at once.
     */
    private static void sortBy(double[] x, int[] order, int lo, int hi) {
        while (hi - lo > 12) {
            double pivot = x[order[(lo + hi) >>> 1]];
            int lt = lo;
            int gt = hi;
            int i = lo;
            while (i <= gt) {
                int c = Double.compare(x[order[i]], pivot);
                if (c < 0) {
                    swap(order, lt++, i++);
                } else if (c > 0) {
                    swap(order, i, gt--);
                } else {
                    i++;
                }
            }
            // the smaller side first, so the stack stays shallow
            if (lt - lo < hi - gt) {
                sortBy(x, order, lo, lt - 1);
                lo = gt + 1;
            } else {
                sortBy(x, order, gt + 1, hi);
                hi = lt - 1;
            }
        }
        for (int i = lo + 1; i <= hi; i++) {
            int v = order[i];
            int j = i - 1;
            while (j >= lo && Double.compare(x[order[j]], x[v]) > 0) {
                order[j + 1] = order[j];
                j--;
            }
            order[j + 1] = v;
        }
    }

    private static void swap(int[] a, int i, int j) {
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}
