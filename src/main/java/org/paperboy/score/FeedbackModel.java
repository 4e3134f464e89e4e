package org.paperboy.score;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.paperboy.paper.Paper;

/**
 * What one reader's feedback teaches: a linear classifier (logistic loss, L2, SGD) over the words,
 * word pairs, authors and categories of papers they marked "more like this" or "less like this", their
 * sentence vectors, and a few features of a paper as a whole, in the spirit of arxiv-sanity-lite's
 * per-tag SVM. Word features are hashed, so the model has a fixed size whatever the vocabulary. Words
 * weigh alike or by how rare they are among the papers trained on, whichever ranks the reader's own
 * newest clicks better. The weights kept are the average over the last passes of training, not the
 * last step's: a liked paper weighs several times a not-liked one, so single steps move the weights
 * far, and the average keeps the ranking from resting on whichever clicks the shuffle happened to put
 * last.
 */
public final class FeedbackModel {

    /** A paper and whether the reader wanted it; its word features are computed once. */
    public record Example(Paper paper, boolean liked, int[] features) {
        public Example(Paper paper, boolean liked) {
            this(paper, liked, FeedbackModel.features(paper));
        }
    }

    static final int DIMENSIONS = 1 << 18;
    private static final int EPOCHS = 4;
    /** The last passes whose weights are averaged into the model kept. */
    private static final int AVERAGED_EPOCHS = 2;
    /** Weight snapshots taken per averaged pass. */
    private static final int SNAPSHOTS_PER_EPOCH = 10;
    private static final double LAMBDA = 2e-2;
    private static final double RATE = 0.5;
    /** How much the sentence vector weighs beside the words (both have length one before this). */
    private static final double MEANING = 1.0;
    /**
     * The ways of training tried for a reader: how much the whole-paper features (primary category,
     * team size) weigh, and whether words weigh alike or by rarity. Readers differ: for some the
     * whole-paper features say much, for others they only add noise; for some the rare words tell
     * their papers apart, for others the common ones a field shares. Each reader's recent clicks choose.
     * The first is the one taken with too few clicks to choose.
     */
    static final List<Choice> CHOICES =
            List.of(new Choice(0.1, false), new Choice(0.5, false), new Choice(0.1, true), new Choice(0.5, true));
    /** Liked papers needed before a reader's clicks are split to choose between the ways above. */
    static final int CHOOSE_FROM = 40;
    /** The weight of the features that count the reader's liked papers by the same authors. */
    private static final double AUTHORS_W = 0.1;
    /** Papers of the field that stand in for "not marked" beside a reader's own clicks. */
    static final int FIELD_SAMPLE = 300;
    private static final int CACHE_LIMIT = 20_000;
    /** Each paper's hashed word, pair, author and category features, by versioned id: shared by every reader's model. */
    private static final Cache<String, int[]> FEATURES = Caffeine.newBuilder().maximumSize(CACHE_LIMIT).build();

    /** How much the whole-paper features weigh, and whether words weigh by their rarity. */
    record Choice(double wholePaper, boolean byRarity) {
    }

    private final float[] weights = new float[DIMENSIONS];
    private float[] dense;
    private double bias;
    private final int positives;
    private final Choice choice;
    /** Each word feature's weight by its rarity among the papers trained on; null when words weigh alike. */
    private float[] rarity;
    private final PaperVectors vectors;
    /** How many liked papers each author (name folded) is on. */
    private final Map<String, Integer> likedAuthors = new HashMap<>();
    private final Map<String, Integer> seenAuthors = new HashMap<>();
    private double baseRate;
    /** The days of the liked papers, so that likes from before the reader's last edit can count less. */
    private final List<LocalDate> likedDays = new ArrayList<>();
    /** When the reader last changed their profile, or null. */
    private LocalDate edited;
    /** What one like from before the reader's last edit counts for in the blend, against one since. */
    static final double LIKE_BEFORE_EDIT = 0.25;

    private FeedbackModel(int positives, Choice choice, PaperVectors vectors) {
        this.positives = positives;
        this.choice = choice;
        this.vectors = vectors;
    }

    /**
     * A reader's model from their clicks, with recent papers they never marked standing in as the rest
     * of the field (arxiv-sanity-lite's SVM likewise takes every untagged paper as a negative): clicks
     * alone are often all "more like this", and a model needs both sides. Null without a liked paper.
     */
    public static FeedbackModel fromClicks(List<Example> clicks, List<Paper> field, long seed, PaperVectors vectors) {
        if (clicks.stream().noneMatch(Example::liked)) {
            return null;
        }
        Set<String> marked = new HashSet<>();
        clicks.forEach(c -> marked.add(c.paper().id().base()));
        List<Paper> unmarked = new ArrayList<>(field.stream().filter(p -> !marked.contains(p.id().base())).toList());
        Collections.shuffle(unmarked, new Random(seed));
        List<Example> examples = new ArrayList<>(clicks);
        unmarked.stream().limit(FIELD_SAMPLE).forEach(p -> examples.add(new Example(p, false, cachedFeatures(p))));
        return train(examples, seed, vectors);
    }

    /**
     * Trains on the examples; positives and negatives weigh the same in total however unbalanced. With
     * enough liked papers, the newest fifth of the days is held out once to choose the way of training
     * (see {@link #CHOICES}), then the model is trained on everything.
     */
    public static FeedbackModel train(List<Example> examples, long seed, PaperVectors vectors) {
        float[][] v = vectors.of(examples.stream().map(Example::paper).toList());
        Choice chosen = CHOICES.get(0);
        if (examples.stream().filter(Example::liked).count() >= CHOOSE_FROM) {
            double best = Double.NEGATIVE_INFINITY;
            for (Choice c : CHOICES) {
                double auc = heldOut(examples, v, c, seed, vectors);
                if (auc > best) {
                    best = auc;
                    chosen = c;
                }
            }
        }
        return fit(examples, v, chosen, seed, vectors);
    }

    /**
     * How well a model trained this way on all but the newest fifth of the days ranks the clicks of
     * those days: the chance that a liked paper scores above a not-liked one.
     */
    static double heldOut(List<Example> examples, float[][] v, Choice choice, long seed, PaperVectors vectors) {
        List<LocalDate> days = examples.stream().map(x -> x.paper().announced()).distinct().sorted().toList();
        LocalDate from = days.get(days.size() * 4 / 5);
        List<Integer> fit = new ArrayList<>();
        List<Integer> check = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            (examples.get(i).paper().announced().isBefore(from) ? fit : check).add(i);
        }
        return auc(fit(pick(examples, fit), pick(v, fit), choice, seed, vectors), pick(examples, check), pick(v, check));
    }

    /** The way of training this reader's clicks chose. */
    Choice choice() {
        return choice;
    }

    private static FeedbackModel fit(List<Example> examples, float[][] v, Choice choice, long seed, PaperVectors vectors) {
        int pos = (int) examples.stream().filter(Example::liked).count();
        FeedbackModel m = new FeedbackModel(pos, choice, vectors);
        if (choice.byRarity()) {
            m.rarity = rarity(examples);
        }
        int neg = examples.size() - pos;
        if (pos == 0 || neg == 0) {
            return m;
        }
        for (Example x : examples) {
            if (x.liked()) {
                authorKeys(x.paper()).forEach(a -> m.likedAuthors.merge(a, 1, Integer::sum));
                m.likedDays.add(x.paper().announced());
            }
            authorKeys(x.paper()).forEach(a -> m.seenAuthors.merge(a, 1, Integer::sum));
        }
        m.baseRate = (double) pos / examples.size();
        double wPos = examples.size() / (2.0 * pos);
        double wNeg = examples.size() / (2.0 * neg);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            order.add(i);
        }
        Random random = new Random(seed);
        long t = 0;
        // each example's whole-paper features and word-vector length, which training does not change
        int[][] wholes = new int[examples.size()][];
        double[] lengths = new double[examples.size()];
        // the weights training can move: the rest stay zero, so the average need not visit them
        java.util.BitSet touched = new java.util.BitSet(DIMENSIONS);
        for (int i = 0; i < examples.size(); i++) {
            Example x = examples.get(i);
            wholes[i] = m.whole(x.paper(), x.liked(), true);
            lengths[i] = m.length(x.features());
            for (int f : x.features()) {
                touched.set(f);
            }
            for (int f : wholes[i]) {
                touched.set(f);
            }
        }
        Average average = new Average(touched.stream().toArray());
        int every = Math.max(1, examples.size() / SNAPSHOTS_PER_EPOCH);
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            Collections.shuffle(order, random);
            int k = 0;
            for (int i : order) {
                double rate = RATE / (1 + (double) t++ / examples.size());
                Example x = examples.get(i);
                int[] whole = wholes[i];
                double y = x.liked() ? 1 : -1;
                double g = (y > 0 ? wPos : wNeg) * y / (1 + Math.exp(y * m.raw(x.features(), lengths[i], whole, v[i])));
                m.step(x.features(), lengths[i], whole, v[i], rate, g);
                if (epoch >= EPOCHS - AVERAGED_EPOCHS && ++k % every == 0) {
                    average.add(m);
                }
            }
        }
        average.into(m);
        return m;
    }

    /** The running sum of weight snapshots (of the weights training moves), and the model set to their mean. */
    private static final class Average {
        private final int[] moved;
        private final float[] weights;
        private float[] dense;
        private double bias;
        private int count;

        Average(int[] moved) {
            this.moved = moved;
            this.weights = new float[moved.length];
        }

        void add(FeedbackModel m) {
            for (int j = 0; j < moved.length; j++) {
                weights[j] += m.weights[moved[j]];
            }
            if (m.dense != null) {
                if (dense == null) {
                    dense = new float[m.dense.length];
                }
                for (int d = 0; d < dense.length; d++) {
                    dense[d] += m.dense[d];
                }
            }
            bias += m.bias;
            count++;
        }

        void into(FeedbackModel m) {
            if (count == 0) {
                return;
            }
            for (int j = 0; j < moved.length; j++) {
                m.weights[moved[j]] = weights[j] / count;
            }
            if (dense != null) {
                for (int d = 0; d < dense.length; d++) {
                    m.dense[d] = dense[d] / count;
                }
            }
            m.bias = bias / count;
        }
    }

    /**
     * Inverse document frequency, 1 + ln((n + 1) / (df + 1)), of every word feature among the
     * examples: a word on every paper weighs 1, one on none of them the most.
     */
    private static float[] rarity(List<Example> examples) {
        float[] idf = new float[DIMENSIONS];
        for (Example x : examples) {
            for (int f : x.features()) {
                idf[f]++;
            }
        }
        double n = examples.size() + 1.0;
        for (int f = 0; f < DIMENSIONS; f++) {
            idf[f] = (float) (1 + Math.log(n / (idf[f] + 1)));
        }
        return idf;
    }

    /** A word feature's weight before the paper's words are scaled to length one. */
    private double value(int feature) {
        return rarity == null ? 1 : rarity[feature];
    }

    /** The length of a paper's word features, by which they are divided to have length one. */
    private double length(int[] words) {
        if (rarity == null) {
            return Math.sqrt(Math.max(1, words.length));
        }
        double sum = 0;
        for (int f : words) {
            sum += (double) rarity[f] * rarity[f];
        }
        return Math.sqrt(Math.max(1, sum));
    }

    /** One gradient step; the L2 decay is applied lazily, to the weights this example touches. */
    private void step(int[] words, double length, int[] whole, float[] e, double rate, double g) {
        double shrink = 1 - rate * LAMBDA;
        for (int f : words) {
            weights[f] = (float) (weights[f] * shrink + rate * g * value(f) / length);
        }
        for (int q = 0; q < whole.length; q++) {
            double value = q < 2 ? choice.wholePaper() : AUTHORS_W;
            weights[whole[q]] = (float) (weights[whole[q]] * shrink + rate * g * value);
        }
        if (e != null) {
            if (dense == null) {
                dense = new float[e.length];
            }
            for (int d = 0; d < e.length; d++) {
                dense[d] = (float) (dense[d] * shrink + rate * g * MEANING * e[d]);
            }
        }
        bias += rate * g * 0.1;
    }

    /**
     * The reader changed their profile on this day (null: never): the likes they gave before it were
     * about the interests they had then, and count less against the profile they have now.
     */
    public FeedbackModel editedOn(LocalDate day) {
        this.edited = day;
        return this;
    }

    /** How many liked papers the blend with the profile counts: those since the last edit, and the ones before it for less. */
    public double likes() {
        if (edited == null) {
            return positives;
        }
        long since = likedDays.stream().filter(d -> !d.isBefore(edited)).count();
        return since + LIKE_BEFORE_EDIT * (positives - since);
    }

    /** How many liked papers it learned from: 0 means it knows nothing yet. */
    public int positives() {
        return positives;
    }

    /** Higher is more like what the reader liked. */
    public double score(Paper paper) {
        return scores(List.of(paper))[0];
    }

    public double[] scores(List<Paper> papers) {
        float[][] v = dense == null ? new float[papers.size()][] : vectors.of(papers);
        double[] out = new double[papers.size()];
        for (int i = 0; i < out.length; i++) {
            int[] words = cachedFeatures(papers.get(i));
            out[i] = raw(words, length(words), whole(papers.get(i), false, false), v[i]);
        }
        return out;
    }

    private double raw(int[] words, double length, int[] whole, float[] e) {
        double s = bias;
        for (int f : words) {
            s += weights[f] * value(f) / length;
        }
        for (int q = 0; q < whole.length; q++) {
            s += weights[whole[q]] * (q < 2 ? choice.wholePaper() : AUTHORS_W);
        }
        if (dense != null && e != null) {
            s += MEANING * Vectors.dot(dense, e);
        }
        return s;
    }

    /**
     * Features of the paper as a whole, outside the words' normalization so that they can weigh as much
     * as all the words together: its primary category, its team size in a few bands, how many liked
     * papers its best-liked author is on, and how much likelier than the reader's base rate a paper by
     * its best-liked author is to be liked (smoothed; the paper itself is not counted when training).
     */
    private int[] whole(Paper p, boolean itselfLiked, boolean itselfInTraining) {
        int known = 0;
        double lift = 1;
        for (String a : authorKeys(p)) {
            int liked = likedAuthors.getOrDefault(a, 0) - (itselfLiked ? 1 : 0);
            int seen = seenAuthors.getOrDefault(a, 0) - (itselfInTraining ? 1 : 0);
            known = Math.max(known, liked);
            lift = Math.max(lift, (liked + 2 * baseRate) / (seen + 2) / Math.max(baseRate, 1e-9));
        }
        String band = lift < 1.5 ? "1" : lift < 3 ? "2" : lift < 6 ? "4" : "8";
        return new int[] {
            hash("p:" + p.primaryCategory()), hash("n:" + team(p.authors().size())), hash("k:" + Math.min(known, 3)), hash("r:" + band)
        };
    }

    /** The chance that a liked paper of {@code examples} scores above a not-liked one. */
    private static double auc(FeedbackModel m, List<Example> examples, float[][] v) {
        List<Double> liked = new ArrayList<>();
        List<Double> not = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            Example x = examples.get(i);
            (x.liked() ? liked : not).add(m.raw(x.features(), m.length(x.features()), m.whole(x.paper(), false, false), v[i]));
        }
        if (liked.isEmpty() || not.isEmpty()) {
            return 0.5;
        }
        Collections.sort(not);
        double above = 0;
        for (double s : liked) {
            int lo = 0;
            int hi = not.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (not.get(mid) < s) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            above += lo;
        }
        return above / ((double) liked.size() * not.size());
    }

    private static <T> List<T> pick(List<T> all, List<Integer> indices) {
        return indices.stream().map(all::get).toList();
    }

    private static float[][] pick(float[][] all, List<Integer> indices) {
        float[][] out = new float[indices.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = all[indices.get(i)];
        }
        return out;
    }

    private static Set<String> authorKeys(Paper p) {
        Set<String> keys = new HashSet<>();
        p.authors().forEach(a -> keys.add(Text.fold(a)));
        return keys;
    }

    private static int[] cachedFeatures(Paper p) {
        return FEATURES.get(p.id().versioned(), id -> features(p));
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
        }
        p.authors().forEach(a -> names.add("a:" + Text.fold(a)));
        p.categories().forEach(c -> names.add("c:" + c));
        int[] x = new int[names.size()];
        int i = 0;
        for (String n : names) {
            x[i++] = hash(n);
        }
        return x;
    }

    private static int hash(String name) {
        return Math.floorMod(name.hashCode() * 0x9E3779B1, DIMENSIONS);
    }

    /** Team size in a few bands: some readers follow big collaborations, some single authors. */
    private static String team(int authors) {
        return authors <= 2 ? String.valueOf(authors) : authors <= 4 ? "3-4" : authors <= 7 ? "5-7" : authors <= 12 ? "8-12" : "13+";
    }
}
