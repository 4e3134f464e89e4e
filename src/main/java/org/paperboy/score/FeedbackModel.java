package org.paperboy.score;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.paperboy.paper.Paper;

/**
 * What one reader's feedback teaches: a linear classifier (logistic loss, L2, SGD) over the words,
 * word pairs, authors and categories of papers they marked "more like this" or "less like this", in
 * the spirit of arxiv-sanity-lite's per-tag SVM. Features are hashed, so the model has a fixed size
 * whatever the vocabulary.
 */
public final class FeedbackModel {

    /** A paper and whether the reader wanted it; its features are computed once. */
    public record Example(Paper paper, boolean liked, int[] features) {
        public Example(Paper paper, boolean liked) {
            this(paper, liked, FeedbackModel.features(paper));
        }
    }

    static final int DIMENSIONS = 1 << 18;
    private static final int EPOCHS = 4;
    private static final double LAMBDA = 2e-2;
    private static final double RATE = 0.5;

    private final float[] weights = new float[DIMENSIONS];
    private double bias;
    private final int positives;

    private FeedbackModel(int positives) {
        this.positives = positives;
    }

    /** Trains on the examples; positives and negatives weigh the same in total however unbalanced. */
    public static FeedbackModel train(List<Example> examples, long seed) {
        int pos = (int) examples.stream().filter(Example::liked).count();
        FeedbackModel m = new FeedbackModel(pos);
        int neg = examples.size() - pos;
        if (pos == 0 || neg == 0) {
            return m;
        }
        double wPos = examples.size() / (2.0 * pos);
        double wNeg = examples.size() / (2.0 * neg);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            order.add(i);
        }
        Random random = new Random(seed);
        long t = 0;
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            Collections.shuffle(order, random);
            for (int i : order) {
                double rate = RATE / (1 + (double) t++ / examples.size());
                int[] x = examples.get(i).features();
                double y = examples.get(i).liked() ? 1 : -1;
                double g = (y > 0 ? wPos : wNeg) * y / (1 + Math.exp(y * m.raw(x)));
                double scale = Math.sqrt(Math.max(1, x.length));
                // L2 decay applied lazily, to the weights this example touches.
                double shrink = 1 - rate * LAMBDA;
                for (int f : x) {
                    m.weights[f] = (float) (m.weights[f] * shrink + rate * g / scale);
                }
                m.bias += rate * g * 0.1;
            }
        }
        return m;
    }

    /** How many liked papers it learned from: 0 means it knows nothing yet. */
    public int positives() {
        return positives;
    }

    /** Higher is more like what the reader liked. */
    public double score(Paper paper) {
        return raw(features(paper));
    }

    private double raw(int[] x) {
        double s = bias;
        double scale = Math.sqrt(Math.max(1, x.length));
        for (int f : x) {
            s += weights[f] / scale;
        }
        return s;
    }

    static int[] features(Paper p) {
        Set<String> names = new HashSet<>();
        List<String> title = Text.stems(p.title());
        List<String> body = Text.stems(p.abstractText());
        for (int i = 0; i < title.size(); i++) {
            names.add("t:" + title.get(i));
            names.add("w:" + title.get(i));
            if (i + 1 < title.size()) {
                names.add("b:" + title.get(i) + "_" + title.get(i + 1));
            }
        }
        for (int i = 0; i < body.size(); i++) {
            names.add("w:" + body.get(i));
            if (i + 1 < body.size()) {
                names.add("b:" + body.get(i) + "_" + body.get(i + 1));
            }
        }
        p.authors().forEach(a -> names.add("a:" + Text.fold(a)));
        p.categories().forEach(c -> names.add("c:" + c));
        int[] x = new int[names.size()];
        int i = 0;
        for (String n : names) {
            x[i++] = Math.floorMod(n.hashCode() * 0x9E3779B1, DIMENSIONS);
        }
        return x;
    }
}
