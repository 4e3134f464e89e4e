package org.paperboy.score;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How well the scorer's 1-10 relevance and novelty agree with the judge's, on the papers the judge kept
 * (the only ones it scored): the mean absolute error of relevance, and the rank correlation (Spearman)
 * of novelty; and what a reader would see: how the relevance of each day's first 30 papers spreads.
 */
public final class ScaleAgreement {

    /**
     * One scored candidate: the scorer's ordering value, relevance and novelty, and the judge's relevance and
     * novelty (0 where it gave none: it did not keep the paper, or kept it as an author match).
     */
    public record Row(String day, double score, int relevance, int novelty, int judgeRelevance, int judgeNovelty) {
    }

    private ScaleAgreement() {
    }

    /** Metric name → value: "relevance MAE", "novelty Spearman", "kept judged", and "top-30 relevance N" shares. */
    public static Map<String, Double> of(List<Row> rows) {
        Map<String, Double> out = new LinkedHashMap<>();
        List<Row> judged = rows.stream().filter(r -> r.judgeRelevance() > 0).toList();
        out.put("kept judged", (double) judged.size());
        out.put("relevance MAE", judged.stream().mapToDouble(r -> Math.abs(r.relevance() - r.judgeRelevance())).average().orElse(Double.NaN));
        List<Row> withNovelty = rows.stream().filter(r -> r.judgeNovelty() > 0).toList();
        out.put("novelty Spearman", spearman(withNovelty.stream().mapToDouble(Row::novelty).toArray(),
                withNovelty.stream().mapToDouble(Row::judgeNovelty).toArray()));
        Map<String, List<Row>> byDay = new LinkedHashMap<>();
        rows.forEach(r -> byDay.computeIfAbsent(r.day(), d -> new ArrayList<>()).add(r));
        Map<Integer, Integer> shown = new TreeMap<>(Comparator.reverseOrder());
        int total = 0;
        for (List<Row> day : byDay.values()) {
            List<Row> top = day.stream().sorted(Comparator.comparingDouble(Row::score).reversed()).limit(30).toList();
            for (Row r : top) {
                shown.merge(r.relevance(), 1, Integer::sum);
                total++;
            }
        }
        for (Map.Entry<Integer, Integer> e : shown.entrySet()) {
            out.put("top-30 relevance " + e.getKey(), (double) e.getValue() / total);
        }
        return out;
    }

    /** Spearman's rank correlation, ties given their mean rank; NaN for fewer than two pairs. */
    static double spearman(double[] a, double[] b) {
        if (a.length < 2) {
            return Double.NaN;
        }
        double[] ra = ranks(a);
        double[] rb = ranks(b);
        double ma = Arrays.stream(ra).average().orElse(0);
        double mb = Arrays.stream(rb).average().orElse(0);
        double cov = 0;
        double va = 0;
        double vb = 0;
        for (int i = 0; i < a.length; i++) {
            cov += (ra[i] - ma) * (rb[i] - mb);
            va += (ra[i] - ma) * (ra[i] - ma);
            vb += (rb[i] - mb) * (rb[i] - mb);
        }
        return va == 0 || vb == 0 ? 0 : cov / Math.sqrt(va * vb);
    }

    private static double[] ranks(double[] values) {
        Integer[] order = new Integer[values.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> values[i]));
        double[] ranks = new double[values.length];
        for (int i = 0; i < order.length; ) {
            int j = i;
            while (j + 1 < order.length && values[order[j + 1]] == values[order[i]]) {
                j++;
            }
            for (int k = i; k <= j; k++) {
                ranks[order[k]] = (i + j) / 2.0 + 1;
            }
            i = j + 1;
        }
        return ranks;
    }
}
