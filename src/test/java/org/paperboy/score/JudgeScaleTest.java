package org.paperboy.score;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JudgeScaleTest {

    @Test
    void relevanceRisesWithTheOrderingValueAndATenIsRare() {
        int previous = 0;
        for (double rank = -6; rank <= 9; rank += 0.05) {
            int r = JudgeScale.relevance(rank);
            assertThat(r).isBetween(1, 10).isGreaterThanOrEqualTo(previous);
            previous = r;
        }
        // a day's clear matches (ordering values 2-4) read 8-9, as the judge rates the papers it keeps, not 10
        assertThat(JudgeScale.relevance(2.0)).isEqualTo(8);
        assertThat(JudgeScale.relevance(4.0)).isEqualTo(9);
        assertThat(JudgeScale.relevance(6.0)).isEqualTo(10);
        // the middle of the day is 6, the judge's lowest rating of a paper it keeps
        assertThat(JudgeScale.relevance(0.0)).isEqualTo(6);
    }

    @Test
    void papersFarBelowTheDaysMatchesStayNoise() {
        assertThat(JudgeScale.relevance(-1.0)).isEqualTo(3);
        assertThat(JudgeScale.relevance(-5.0)).isEqualTo(1);
        assertThat(JudgeScale.relevance(-0.8)).isGreaterThanOrEqualTo(5);
    }

    @Test
    void noveltyFollowsTheFitAndThenTheDistanceFromTheField() {
        assertThat(JudgeScale.novelty(4.0, 5)).isGreaterThan(JudgeScale.novelty(0.0, 5));
        assertThat(JudgeScale.novelty(1.0, 10)).isGreaterThan(JudgeScale.novelty(1.0, 1));
        for (double rank = -6; rank <= 9; rank += 0.5) {
            for (int field = 1; field <= 10; field++) {
                assertThat(JudgeScale.novelty(rank, field)).isBetween(1, 10);
            }
        }
    }

    @Test
    void aReadersDayGivesTenToOnePaperInTenOfTheirIssueAtMost() {
        double[] ranks = {7.0, 6.5, 6.2, 8.0, 6.1, 1.0};
        // a single-keyword reader with five papers a day: all five on the keyword, one reads 10
        double from = JudgeScale.tenFrom(ranks, i -> true, 5);
        long tens = java.util.Arrays.stream(ranks).filter(r -> JudgeScale.relevance(r, from) == 10).count();
        assertThat(tens).isEqualTo(1);
        assertThat(JudgeScale.relevance(8.0, from)).isEqualTo(10);
        assertThat(JudgeScale.relevance(7.0, from)).isEqualTo(9);
        // thirty papers a day: three may read 10; papers left out of the ranking take no place
        double thirty = JudgeScale.tenFrom(ranks, i -> i != 3, 30);
        assertThat(java.util.stream.IntStream.range(0, ranks.length).filter(i -> i != 3)
                .filter(i -> JudgeScale.relevance(ranks[i], thirty) == 10)).hasSize(3);
    }

    @Test
    void theLeastValueThatMayReadTenIsTheKthLargestOfTheRankedPapers() {
        java.util.Random random = new java.util.Random(3);
        for (int round = 0; round < 200; round++) {
            // ties included: many papers of a day share a value
            double[] ranks = random.doubles(1 + random.nextInt(60), 0, 10).map(v -> Math.floor(v * 4) / 4).toArray();
            int max = 1 + random.nextInt(40);
            java.util.function.IntPredicate ranked = i -> (i * 7 + max) % 5 != 0;
            double[] kept = java.util.stream.IntStream.range(0, ranks.length).filter(ranked).mapToDouble(i -> ranks[i])
                    .sorted().toArray();
            int k = (max + 9) / 10;
            double expected = kept.length < k ? Double.NEGATIVE_INFINITY : kept[kept.length - k];
            assertThat(JudgeScale.tenFrom(ranks, ranked, max)).as("round %d", round).isEqualTo(expected);
        }
    }
}
