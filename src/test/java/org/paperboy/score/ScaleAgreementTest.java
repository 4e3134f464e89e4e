package org.paperboy.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScaleAgreementTest {

    @Test
    void relevanceErrorAndNoveltyCorrelationCountOnlyThePapersTheJudgeKept() {
        List<ScaleAgreement.Row> rows = List.of(
                new ScaleAgreement.Row("d", 3.0, 10, 9, 8, 8),
                new ScaleAgreement.Row("d", 2.0, 7, 5, 9, 6),
                new ScaleAgreement.Row("d", 1.0, 5, 2, 0, 0),
                new ScaleAgreement.Row("e", 1.0, 2, 3, 7, 7));
        Map<String, Double> m = ScaleAgreement.of(rows);
        assertThat(m.get("kept judged")).isEqualTo(3.0);
        assertThat(m.get("relevance MAE")).isCloseTo((2 + 2 + 5) / 3.0, within(1e-9));
        // novelty 9, 5, 3 against 8, 6, 7: ranks 3, 2, 1 against 3, 1, 2
        assertThat(m.get("novelty Spearman")).isCloseTo(0.5, within(1e-9));
        assertThat(m.get("top-30 relevance 10")).isCloseTo(0.25, within(1e-9));
    }

    @Test
    void tiedValuesShareTheirRank() {
        assertThat(ScaleAgreement.spearman(new double[] {1, 1, 2}, new double[] {1, 2, 3})).isCloseTo(0.8660, within(1e-4));
        assertThat(ScaleAgreement.spearman(new double[] {5, 5}, new double[] {1, 2})).isZero();
    }
}
