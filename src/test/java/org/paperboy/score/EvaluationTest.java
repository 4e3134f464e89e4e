package org.paperboy.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvaluationTest {

    @Test
    void gainFollowsTheReferenceDefinition() {
        assertThat(Evaluation.gain(false, true, 9)).isZero();
        assertThat(Evaluation.gain(true, true, null)).isEqualTo(4);
        assertThat(Evaluation.gain(true, false, 9)).isEqualTo(3);
        assertThat(Evaluation.gain(true, false, 6)).isZero();
        assertThat(Evaluation.gain(true, false, null)).isZero();
    }

    @Test
    void metricsMatchAHandComputedDay() {
        // Ranked a(gain 0), b(gain 3), c(gain 1): DCG@2 = 0 + 3/log2(3); ideal = 3 + 1/log2(3).
        List<Evaluation.Scored> rows = List.of(
                new Evaluation.Scored("d1", "a", 0, 0.9),
                new Evaluation.Scored("d1", "b", 3, 0.8),
                new Evaluation.Scored("d1", "c", 1, 0.1),
                new Evaluation.Scored("d2", "x", 0, 0.5));
        Map<String, Double> m = Evaluation.metrics(rows, 2);
        double log3 = Math.log(3) / Math.log(2);
        assertThat(m.get("ndcg@2")).isCloseTo((3 / log3) / (3 + 1 / log3), within(1e-9));
        assertThat(m.get("recall@2")).isCloseTo(0.5, within(1e-9));
        assertThat(m.get("precision@2")).isCloseTo(0.5, within(1e-9));
        assertThat(m.get("days")).isEqualTo(1.0);
    }

    @Test
    void aChangeIsMeasuredDayByDayWithItsPairedStandardError() {
        Map<String, Double> a = Map.of("2025-03-01", 0.5, "2025-03-02", 0.6, "2025-09-01", 0.4);
        Map<String, Double> b = Map.of("2025-03-01", 0.6, "2025-03-02", 0.6, "2025-09-01", 0.6);
        Evaluation.Change all = Evaluation.paired(a, b, day -> true);
        // differences 0.1, 0, 0.2: mean 0.1, sample deviation 0.1, standard error 0.1 / sqrt(3)
        assertThat(all.mean()).isCloseTo(0.1, within(1e-9));
        assertThat(all.standardError()).isCloseTo(0.1 / Math.sqrt(3), within(1e-9));
        assertThat(all.before()).isCloseTo(0.5, within(1e-9));
        assertThat(all.days()).isEqualTo(3);
        assertThat(Evaluation.paired(a, b, day -> day.startsWith("2025-03")).mean()).isCloseTo(0.05, within(1e-9));
    }

    @Test
    void tiesKeepTheSetsOrder() {
        List<Evaluation.Scored> rows = List.of(
                new Evaluation.Scored("d", "first", 0, 1.0),
                new Evaluation.Scored("d", "second", 4, 1.0));
        assertThat(Evaluation.metrics(rows, 1).get("ndcg@1")).isZero();
    }
}
