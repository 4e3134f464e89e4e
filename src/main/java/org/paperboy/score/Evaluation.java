package org.paperboy.score;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Ranking quality against a labelled day-by-day set, with the definitions of the project's reference
 * evaluator (shared/tools/evaluate.py): gain 4 for an author match, else max(0, relevance - 6); nDCG@k
 * with a log2 discount, recall@k and precision@k of kept papers (gain > 0); the mean over days that
 * have at least one kept paper. Ties keep the set's order, as Python's stable sort does.
 */
public final class Evaluation {

    /** One labelled candidate and the score it was given. */
    public record Scored(String day, String id, int gain, double score) {
    }

    private Evaluation() {
    }

    public static int gain(boolean selected, boolean authorMatch, Integer relevance) {
        if (!selected) {
            return 0;
        }
        if (authorMatch) {
            return 4;
        }
        return relevance == null ? 0 : Math.max(0, relevance - 6);
    }

    /** metric name (e.g. ndcg@30) → mean over days, plus "days". */
    public static Map<String, Double> metrics(List<Scored> rows, int... ks) {
        Map<String, Double> sums = new TreeMap<>();
        Map<String, List<Integer>> days = rankedGains(rows);
        for (List<Integer> gains : days.values()) {
            long kept = gains.stream().filter(g -> g > 0).count();
            for (int k : ks) {
                long hits = gains.stream().limit(k).filter(g -> g > 0).count();
                sums.merge("ndcg@" + k, ndcg(gains, k), Double::sum);
                sums.merge("recall@" + k, (double) hits / kept, Double::sum);
                sums.merge("precision@" + k, (double) hits / k, Double::sum);
            }
        }
        int n = Math.max(1, days.size());
        sums.replaceAll((name, sum) -> sum / n);
        sums.put("days", (double) days.size());
        return sums;
    }

    /** nDCG@k of each day that has a kept paper, by day. */
    public static Map<String, Double> ndcgByDay(List<Scored> rows, int k) {
        Map<String, Double> out = new TreeMap<>();
        rankedGains(rows).forEach((day, gains) -> out.put(day, ndcg(gains, k)));
        return out;
    }

    /** Each day that has a kept paper, with its candidates' gains in the order of their scores (ties in the set's order). */
    private static Map<String, List<Integer>> rankedGains(List<Scored> rows) {
        Map<String, List<Scored>> byDay = new TreeMap<>();
        for (Scored r : rows) {
            byDay.computeIfAbsent(r.day(), d -> new ArrayList<>()).add(r);
        }
        Map<String, List<Integer>> out = new TreeMap<>();
        byDay.forEach((day, candidates) -> {
            if (candidates.stream().anyMatch(c -> c.gain() > 0)) {
                List<Scored> ranked = new ArrayList<>(candidates);
                ranked.sort(Comparator.comparingDouble(Scored::score).reversed());
                out.put(day, ranked.stream().map(Scored::gain).toList());
            }
        });
        return out;
    }

    /** How much B ranks better than A, day by day: the mean change and its standard error over {@code days} days. */
    public record Change(double before, double after, double mean, double standardError, int days) {
    }

    /** The change from {@code a} to {@code b} over the days both have whose date passes {@code which}. */
    public static Change paired(Map<String, Double> a, Map<String, Double> b, java.util.function.Predicate<String> which) {
        List<String> days = a.keySet().stream().filter(b::containsKey).filter(which).toList();
        int n = days.size();
        double before = days.stream().mapToDouble(a::get).sum() / Math.max(1, n);
        double after = days.stream().mapToDouble(b::get).sum() / Math.max(1, n);
        double mean = after - before;
        double squares = days.stream().mapToDouble(d -> Math.pow(b.get(d) - a.get(d) - mean, 2)).sum();
        double se = n < 2 ? Double.NaN : Math.sqrt(squares / (n - 1) / n);
        return new Change(before, after, mean, se, n);
    }

    /** nDCG@k with a log2 discount: the ranking's gains against the same gains in their best order. */
    static double ndcg(List<Integer> ranked, int k) {
        List<Integer> ideal = ranked.stream().sorted(Comparator.reverseOrder()).toList();
        double dcg = 0;
        double idcg = 0;
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            dcg += ranked.get(i) / log2(i + 2);
            idcg += ideal.get(i) / log2(i + 2);
        }
        return idcg == 0 ? 0 : dcg / idcg;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
