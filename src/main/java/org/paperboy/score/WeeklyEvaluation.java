package org.paperboy.score;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How well a weekly issue's picks match what the judge found most relevant and novel that week, with
 * the definitions of the project's reference evaluator (shared/tools/evaluate_weekly.py): a kept
 * paper's weekly gain is (relevance - 6) + 2 (novelty - 7), at least 0, and nothing for an author
 * match; per ISO week nDCG@k, and recall@k of breakthrough-grade papers (relevance 8 or more and
 * novelty 9 or more) out of min(their number, k); means over the weeks with a positive gain (recall:
 * over the weeks with such a paper). Ties keep the set's order, as Python's stable sort does.
 */
public final class WeeklyEvaluation {

    /** One labelled candidate of a week and the score it was given. */
    public record Scored(String week, String id, int gain, boolean breakthrough, double score) {
    }

    private WeeklyEvaluation() {
    }

    public static int gain(boolean selected, boolean authorMatch, Integer relevance, Integer novelty) {
        if (!selected || authorMatch || relevance == null || novelty == null) {
            return 0;
        }
        return Math.max(0, (relevance - 6) + 2 * (novelty - 7));
    }

    public static boolean breakthrough(boolean selected, Integer relevance, Integer novelty) {
        return selected && relevance != null && relevance >= 8 && novelty != null && novelty >= 9;
    }

    /** metric name (weekly_ndcg@3, breakthrough_recall@11, ...) → mean, plus "weeks" and "breakthrough_weeks". */
    public static Map<String, Double> metrics(List<Scored> rows, int... ks) {
        Map<String, List<Scored>> byWeek = byWeek(rows);
        Map<String, Double> sums = new TreeMap<>();
        int weeks = 0;
        int withBreakthrough = 0;
        for (List<Scored> candidates : byWeek.values()) {
            if (candidates.stream().noneMatch(c -> c.gain() > 0)) {
                continue;
            }
            weeks++;
            long tops = candidates.stream().filter(Scored::breakthrough).count();
            withBreakthrough += tops > 0 ? 1 : 0;
            List<Scored> ranked = new ArrayList<>(candidates);
            ranked.sort(Comparator.comparingDouble(Scored::score).reversed());
            List<Integer> gains = ranked.stream().map(Scored::gain).toList();
            for (int k : ks) {
                long hits = ranked.stream().limit(k).filter(Scored::breakthrough).count();
                sums.merge("weekly_ndcg@" + k, Evaluation.ndcg(gains, k), Double::sum);
                if (tops > 0) {
                    sums.merge("breakthrough_recall@" + k, (double) hits / Math.min(tops, k), Double::sum);
                }
            }
        }
        Map<String, Double> out = new TreeMap<>();
        for (Map.Entry<String, Double> e : sums.entrySet()) {
            out.put(e.getKey(), e.getValue() / Math.max(1, e.getKey().startsWith("breakthrough") ? withBreakthrough : weeks));
        }
        out.put("weeks", (double) weeks);
        out.put("breakthrough_weeks", (double) withBreakthrough);
        return out;
    }

    /** Each week's nDCG@k, for the weeks with a positive gain (those {@link #metrics} averages over). */
    public static Map<String, Double> ndcgByWeek(List<Scored> rows, int k) {
        Map<String, Double> out = new LinkedHashMap<>();
        byWeek(rows).forEach((week, candidates) -> {
            if (candidates.stream().anyMatch(c -> c.gain() > 0)) {
                List<Scored> ranked = new ArrayList<>(candidates);
                ranked.sort(Comparator.comparingDouble(Scored::score).reversed());
                out.put(week, Evaluation.ndcg(ranked.stream().map(Scored::gain).toList(), k));
            }
        });
        return out;
    }

    /** The candidates of each week: a paper listed twice in a week is one, at its first place, with its last label and best score. */
    private static Map<String, List<Scored>> byWeek(List<Scored> rows) {
        Map<String, Map<String, Scored>> weeksById = new LinkedHashMap<>();
        for (Scored r : rows) {
            weeksById.computeIfAbsent(r.week(), w -> new LinkedHashMap<>()).merge(r.id(), r, (first, last) ->
                    new Scored(r.week(), r.id(), last.gain(), last.breakthrough(), Math.max(first.score(), last.score())));
        }
        Map<String, List<Scored>> byWeek = new LinkedHashMap<>();
        weeksById.forEach((week, byId) -> byWeek.put(week, new ArrayList<>(byId.values())));
        return byWeek;
    }
}
