package org.paperboy.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * eval --weekly's figures against ../shared/tools/evaluate_weekly.py: the expected values are what that
 * script prints for the same twelve labelled papers and scores (an author match, an unlabelled paper, a
 * week without any gain among them).
 */
class WeeklyEvaluationTest {

    record Row(String week, String id, boolean selected, boolean authorMatch, Integer relevance, Integer novelty, double score) {
    }

    static final List<Row> ROWS = List.of(
            new Row("2026-W10", "a1", true, false, 9, 10, 0.9), new Row("2026-W10", "a2", true, false, 8, 9, 0.1),
            new Row("2026-W10", "a3", true, true, 10, 10, 2.0), new Row("2026-W10", "a4", false, false, null, null, 1.5),
            new Row("2026-W10", "a5", true, false, 7, 8, 0.5), new Row("2026-W10", "a6", true, false, 6, 6, 0.7),
            new Row("2026-W11", "b1", true, false, 8, 8, 0.2), new Row("2026-W11", "b2", true, false, 9, 9, 0.3),
            new Row("2026-W11", "b3", false, false, null, null, 0.9), new Row("2026-W11", "b4", true, false, 10, 7, 0.8),
            new Row("2026-W12", "c1", false, false, null, null, 1.0), new Row("2026-W12", "c2", true, false, 6, 7, 0.5));

    static Map<String, Double> metrics(int... ks) {
        List<WeeklyEvaluation.Scored> scored = new ArrayList<>();
        for (Row r : ROWS) {
            scored.add(new WeeklyEvaluation.Scored(r.week(), r.id(), WeeklyEvaluation.gain(r.selected(), r.authorMatch(), r.relevance(),
                    r.novelty()), WeeklyEvaluation.breakthrough(r.selected(), r.relevance(), r.novelty()), r.score()));
        }
        return WeeklyEvaluation.metrics(scored, ks);
    }

    @Test
    void theFiguresAreTheReferenceScriptsOnTheSameScores() {
        Map<String, Double> m = metrics(3, 11);
        assertThat(m.get("weekly_ndcg@3")).isCloseTo(0.4189, within(1e-4));
        assertThat(m.get("weekly_ndcg@11")).isCloseTo(0.6090, within(1e-4));
        assertThat(m.get("breakthrough_recall@3")).isCloseTo(0.8333, within(1e-4));
        assertThat(m.get("breakthrough_recall@11")).isCloseTo(1.0, within(1e-4));
        assertThat(m.get("weeks")).as("the week without any gain does not count").isEqualTo(2.0);
        assertThat(m.get("breakthrough_weeks")).isEqualTo(2.0);
    }

    @Test
    void eachWeeksNdcgAveragesToTheFigureSoChangesCanBePairedWeekByWeek() {
        List<WeeklyEvaluation.Scored> scored = new ArrayList<>();
        for (Row r : ROWS) {
            scored.add(new WeeklyEvaluation.Scored(r.week(), r.id(), WeeklyEvaluation.gain(r.selected(), r.authorMatch(), r.relevance(),
                    r.novelty()), WeeklyEvaluation.breakthrough(r.selected(), r.relevance(), r.novelty()), r.score()));
        }
        Map<String, Double> byWeek = WeeklyEvaluation.ndcgByWeek(scored, 11);
        assertThat(byWeek).containsOnlyKeys("2026-W10", "2026-W11");
        assertThat((byWeek.get("2026-W10") + byWeek.get("2026-W11")) / 2).isCloseTo(0.6090, within(1e-4));
        // the same scores against themselves change nothing; a week ranked perfectly instead changes that week only
        assertThat(Evaluation.paired(byWeek, byWeek, w -> true).mean()).isZero();
        Map<String, Double> better = new java.util.HashMap<>(byWeek);
        better.put("2026-W11", 1.0);
        Evaluation.Change c = Evaluation.paired(byWeek, better, w -> true);
        assertThat(c.mean()).isCloseTo((1.0 - byWeek.get("2026-W11")) / 2, within(1e-9));
        assertThat(c.days()).isEqualTo(2);
    }

    @Test
    void aFollowedAuthorsPaperGainsNothingButStillCountsAsBreakthroughGrade() {
        Map<String, Double> m = metrics(1, 2);
        assertThat(m.get("weekly_ndcg@1")).isCloseTo(0.0, within(1e-4));
        assertThat(m.get("weekly_ndcg@2")).isCloseTo(0.1325, within(1e-4));
        assertThat(m.get("breakthrough_recall@1")).isCloseTo(0.5, within(1e-4));
        assertThat(m.get("breakthrough_recall@2")).isCloseTo(0.25, within(1e-4));
    }
}
