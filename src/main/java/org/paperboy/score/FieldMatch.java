package org.paperboy.score;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.paperboy.subscriber.Profile;
import org.paperboy.subscriber.Topic;

/**
 * Which of several fields (the operator's weekly topics) a reader's interests are nearest to in
 * meaning: each of the reader's topics and keywords is compared with the field's topics, and the
 * field closest on average wins, if it is close enough to be the reader's field at all.
 */
public final class FieldMatch {

    /** Below this mean similarity a field is about something else than the reader's interests. */
    static final double NEAR = 0.32;

    private final Embeddings embeddings;

    public FieldMatch(Embeddings embeddings) {
        this.embeddings = embeddings;
    }

    /** The index of the field nearest to the reader's interests, or empty when none is near. */
    public OptionalInt nearest(Profile reader, List<Profile> fields) {
        double[] s = similarities(reader, fields);
        int best = -1;
        for (int f = 0; f < s.length; f++) {
            if (s[f] >= NEAR && (best < 0 || s[f] > s[best])) {
                best = f;
            }
        }
        return best < 0 ? OptionalInt.empty() : OptionalInt.of(best);
    }

    /** Each field's mean, over the reader's interests, of its best similarity to one of them. */
    double[] similarities(Profile reader, List<Profile> fields) {
        float[][] interests = embeddings.texts(texts(reader, true));
        double[] out = new double[fields.size()];
        if (interests.length == 0) {
            return out;
        }
        for (int f = 0; f < fields.size(); f++) {
            float[][] field = embeddings.texts(texts(fields.get(f), false));
            double sum = 0;
            for (float[] interest : interests) {
                double best = 0;
                for (float[] topic : field) {
                    best = Math.max(best, Vectors.dot(interest, topic));
                }
                sum += best;
            }
            out[f] = sum / interests.length;
        }
        return out;
    }

    private static List<String> texts(Profile p, boolean keywords) {
        List<String> out = new ArrayList<>();
        for (Topic t : p.topics()) {
            out.add(t.name().isEmpty() ? t.keep() : t.keep().isEmpty() ? t.name() : t.name() + ". " + t.keep());
        }
        if (keywords) {
            out.addAll(p.keywords());
        }
        return out;
    }
}
