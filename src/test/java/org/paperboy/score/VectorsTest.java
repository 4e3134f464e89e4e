package org.paperboy.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class VectorsTest {

    /** Days' scores as they come: many papers tied (no phrase matched), a few apart, some negative. */
    private static double[] scores(Random random, int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            int kind = random.nextInt(4);
            x[i] = kind == 0 ? 0 : kind == 1 ? -1 : kind == 2 ? random.nextInt(5) * 0.3 : random.nextGaussian();
        }
        return x;
    }

    @Test
    void ranksCountEachValueAgainstTheOthersWithTiesSharingTheirMeanRank() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            double[] x = scores(random, random.nextInt(1200));
            double[] ranks = Vectors.ranks(x);
            for (int i = 0; i < x.length; i++) {
                int below = 0;
                int equal = 0;
                for (double v : x) {
                    below += Double.compare(v, x[i]) < 0 ? 1 : 0;
                    equal += Double.compare(v, x[i]) == 0 ? 1 : 0;
                }
                assertThat(ranks[i]).as("rank of %s", x[i]).isEqualTo(below + (equal - 1) / 2.0);
            }
        }
    }

    @Test
    void topSetHoldsTheLargestValuesWithEqualOnesTakenInIndexOrder() {
        Random random = new Random(11);
        for (int round = 0; round < 200; round++) {
            double[] x = scores(random, 1 + random.nextInt(700));
            int k = random.nextInt(x.length + 5);
            Integer[] order = IntStream.range(0, x.length).boxed().toArray(Integer[]::new);
            Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -x[i]).thenComparingInt(i -> i));
            boolean[] expected = new boolean[x.length];
            for (int j = 0; j < Math.min(k, x.length); j++) {
                expected[order[j]] = true;
            }
            assertThat(Vectors.topSet(x, k)).isEqualTo(expected);
            int[] top = Vectors.top(x, k);
            assertThat(top).hasSize(Math.min(k, x.length));
            for (int j = 0; j < top.length; j++) {
                assertThat(top[j]).isEqualTo(order[j]);
            }
        }
    }
}
