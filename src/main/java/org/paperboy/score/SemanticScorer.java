package org.paperboy.score;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Supplier;
import org.paperboy.paper.ArxivId;
import org.paperboy.paper.Paper;
import org.paperboy.subscriber.Profile;
import org.paperboy.subscriber.Topic;

/**
 * The default scorer: what the papers mean, compared with what the reader asked for, next to the words
 * they share. Each topic (and the reader's keywords together) is a query; a paper's similarity to each
 * query is taken relative to the day's other papers, so a broad topic does not drown a narrow one.
 * That meaning score and the keyword scorer's phrase matches count half each. The papers that come
 * out on top then sharpen the query: papers close to them rise too (pseudo-relevance feedback, twice).
 * Followed authors are always kept. Measured on the labelled sets, see README "Ranking quality".
 */
public final class SemanticScorer implements Scorer {

    static final double MEANING = 0.5;
    static final int FEEDBACK_PAPERS = 10;
    static final int FEEDBACK_ROUNDS = 2;
    static final double FEEDBACK = 1.5;
    /** Below this similarity to every topic, and with no phrase in common, a paper is not about any of them. */
    static final double UNRELATED = 0.2;

    /** Listings up to this size keep their papers' similarities to each other (4 bytes per pair). */
    private static final int PAIRS_UP_TO = 1_000;
    /** Similarities a listing keeps of its readers' criteria, all criteria together (8 bytes each): 8 MB. */
    private static final int SIMILARITIES = 1_000_000;

    private final Embeddings embeddings;
    private final KeywordScorer words;
    private final FieldNovelty field;
    private final Recent<Listing> listings = new Recent<>(24);

    /**
     * What every reader of one listing shares: its papers' vectors and novelty and, for listings of a
     * usual size, the similarities of a paper to all the others, worked out the first time a reader's
     * feedback round chooses it, so that a round adds up a few rows instead of comparing every paper
     * with a new query.
     */
    private record Listing(float[][] vectors, float[][] columns, AtomicReferenceArray<float[]> pairs, int[] novelty,
            Cache<float[], double[]> byQuery) {

        static Listing of(float[][] vectors, int[] novelty) {
            int n = vectors.length;
            // the same criterion's vector is the same array for every reader (Embeddings keeps it); weak keys compare with ==
            Cache<float[], double[]> byQuery = Caffeine.newBuilder().weakKeys().maximumSize(SIMILARITIES / Math.max(1, n)).build();
            return new Listing(vectors, Vectors.columns(vectors), n > PAIRS_UP_TO ? null : new AtomicReferenceArray<>(n), novelty,
                    byQuery);
        }

        /**
         * Each paper's similarity to a criterion's vector: worked out once per listing, as readers share
         * criteria, and a copy given each time (callers standardize it in place).
         */
        double[] similarities(float[] query) {
            return byQuery.get(query, q -> Vectors.similarities(columns, vectors.length, q)).clone();
        }

        /** Each paper's similarity to the mean of the chosen papers: the mean of their rows of similarities. */
        double[] closeTo(int[] chosen) {
            if (pairs == null) {
                return Vectors.similarities(columns, vectors.length, Vectors.centroid(vectors, chosen));
            }
            float[][] rows = new float[vectors.length][];
            for (int i : chosen) {
                rows[i] = pairs(i);
            }
            float[] close = Vectors.centroid(rows, chosen);
            double[] out = new double[close.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = close[i];
            }
            return out;
        }

        /** The paper's similarity to each paper of the listing (two readers may work out the same row at once: both get it). */
        private float[] pairs(int i) {
            float[] row = pairs.get(i);
            if (row == null) {
                double[] similarities = Vectors.similarities(columns, vectors.length, vectors[i]);
                row = new float[similarities.length];
                for (int j = 0; j < row.length; j++) {
                    row[j] = (float) similarities[j];
                }
                pairs.compareAndSet(i, null, row);
            }
            return row;
        }
    }

    public SemanticScorer(Embeddings embeddings, FieldNovelty field) {
        this.embeddings = embeddings;
        this.words = new KeywordScorer();
        this.field = field;
    }

    /** Embeds, in batches, the criteria texts and phrases of these readers that have no vector yet. */
    @Override
    public void prepare(List<Profile> profiles) {
        java.util.Set<String> texts = new java.util.LinkedHashSet<>();
        for (Profile profile : profiles) {
            Queries.texts(profile, texts);
        }
        embeddings.texts(List.copyOf(texts));
    }

    @Override
    public List<Score> score(Profile profile, List<Paper> papers) {
        if (papers.isEmpty()) {
            return List.of();
        }
        KeywordScorer.Matches byWords = words.match(profile, papers);
        Listing listing = listings.of(papers, () -> Listing.of(embeddings.papers(papers, line -> { }), field.novelty(papers)));
        float[][] vectors = listing.vectors();
        Queries queries = Queries.of(profile, embeddings);
        int n = papers.size();
        double[] best = new double[n];
        int[] bestQuery = new int[n];
        double[] meaning = meaning(listing, queries, best, bestQuery);
        double[] followedWords = new double[n];
        double[] base = combine(meaning, byWords, followedWords);
        double[] s = base.clone();
        for (int round = 0; round < FEEDBACK_ROUNDS && n > FEEDBACK_PAPERS; round++) {
            double[] close = Vectors.standardize(listing.closeTo(Vectors.top(s, FEEDBACK_PAPERS)));
            for (int i = 0; i < n; i++) {
                s[i] = base[i] + FEEDBACK * close[i];
            }
        }
        String[] excluded = Exclusions.of(queries, listing::similarities, best, byWords.avoidedInTitle);
        int[] novelty = listing.novelty();
        Reasons reasons = new Reasons(queries, papers, vectors, s, 3 * profile.maxPapers(), embeddings, listing::similarities);
        double tenFrom = JudgeScale.tenFrom(s, i -> byWords.followed[i] == null && excluded[i].isEmpty(), profile.maxPapers());
        List<Score> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ArxivId id = papers.get(i).id();
            String left = excluded[i];
            boolean phrase = byWords.phrase(i);
            double rank = s[i];
            boolean followed = byWords.followed[i] != null;
            // a followed author's paper is sent for the author but scored for its fit, its words counted as any other
            // paper's would be (a 10 on a paper off the reader's interests would say it fits); its place stays as it was
            double fit = followed ? rank + (1 - MEANING) * followedWords[i] : rank;
            int relevance = JudgeScale.relevance(fit, tenFrom);
            if (best[i] < UNRELATED && !phrase) {
                relevance = Math.min(relevance, 3);
            }
            if (followed) {
                out.add(new Score(id, relevance, JudgeScale.novelty(fit, novelty[i]), Why.author(byWords.followed[i], relevance, left),
                        true, rank + 1000));
                continue;
            }
            int paper = i;
            // words a topic's prose shares with papers on anything ("large-scale models") are no reason: the meaning is
            Supplier<String> reason = () -> {
                String said = phrase ? byWords.byPhrases(paper) : "";
                return byWords.alsoAvoided(paper, said.isEmpty() ? reasons.of(paper, bestQuery[paper]) : said);
            };
            out.add(new Score(id, relevance, JudgeScale.novelty(rank, novelty[i]), reason, false, rank, left));
        }
        return out;
    }

    /** Each paper's standing against the queries: its best relative similarity plus the mean of them all. */
    private static double[] meaning(Listing listing, Queries queries, double[] best, int[] bestQuery) {
        int n = listing.vectors().length;
        double[] max = new double[n];
        double[] sum = new double[n];
        java.util.Arrays.fill(max, Double.NEGATIVE_INFINITY);
        java.util.Arrays.fill(best, Double.NEGATIVE_INFINITY);
        for (int q = 0; q < queries.keep().length; q++) {
            QueryMeaning close = queries.closeness(q, listing::similarities);
            double[] cos = close.raw();
            for (int i = 0; i < n; i++) {
                if (cos[i] > best[i]) {
                    best[i] = cos[i];
                }
            }
            double[] z = Vectors.standardize(close.ranking());
            for (int i = 0; i < n; i++) {
                sum[i] += z[i];
                if (z[i] > max[i]) {
                    max[i] = z[i];
                    bestQuery[i] = q;
                }
            }
        }
        double[] m = new double[n];
        int queriesCount = Math.max(1, queries.keep().length);
        for (int i = 0; i < n; i++) {
            m[i] = queries.keep().length == 0 ? 0 : max[i] + sum[i] / queriesCount;
        }
        return Vectors.standardize(m);
    }

    /**
     * Meaning and words half each. The words count by rank (ties share theirs), taken over the papers no
     * followed author wrote: phrase scores are heavy-tailed, and one paper matching everything should
     * not flatten the rest. {@code followedWords} gets, for each followed author's paper, the words value of
     * the other papers with as many phrases in common (for its relevance, not its place).
     */
    private static double[] combine(double[] meaning, KeywordScorer.Matches byWords, double[] followedWords) {
        int n = meaning.length;
        int[] free = new int[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (byWords.followed[i] == null) {
                free[m++] = i;
            }
        }
        double[] raw = new double[m];
        for (int j = 0; j < m; j++) {
            raw[j] = byWords.total[free[j]];
        }
        double[] w = Vectors.standardize(Vectors.ranks(raw));
        double[] words = new double[n];
        for (int j = 0; j < m; j++) {
            words[free[j]] = w[j];
        }
        // a followed author's paper stands out of the ranking; for its relevance, its words count as much as those of
        // the other papers with as many phrases in common
        for (int i = 0; i < n && m > 0 && m < n; i++) {
            if (byWords.followed[i] != null) {
                double near = Double.NEGATIVE_INFINITY;
                double value = Double.POSITIVE_INFINITY;
                for (int j = 0; j < m; j++) {
                    if (raw[j] <= byWords.total[i] && raw[j] >= near) {
                        near = raw[j];
                        value = w[j];
                    } else if (near == Double.NEGATIVE_INFINITY) {
                        value = Math.min(value, w[j]); // below every other paper: the lowest words value
                    }
                }
                followedWords[i] = value;
            }
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = MEANING * meaning[i] + (1 - MEANING) * words[i];
        }
        return out;
    }

    /**
     * The reader's criteria as vectors (see {@link ProfileQueries}): per query its whole text and each of
     * its subjects, each query labelled with the interest it stands for (the topic's name; "" for the
     * keywords and for prose), plus the subjects they leave out and what their topics filter out, with the
     * texts those were embedded from.
     */
    record Queries(List<String> labels, List<List<String>> phrases, float[][] keep, float[][][] subjects, List<Boolean> keywordQueries,
            float[][] avoid, List<String> avoidTexts, float[][] filter, List<String> filterTexts) {

        static Queries of(Profile profile, Embeddings embeddings) {
            ProfileQueries read = ProfileQueries.of(profile);
            List<String> labels = new ArrayList<>();
            List<String> wholes = new ArrayList<>();
            List<List<String>> phrases = new ArrayList<>();
            List<Boolean> keywords = new ArrayList<>();
            for (ProfileQueries.Query q : read.queries()) {
                labels.add(q.interest());
                wholes.add(q.whole());
                phrases.add(q.subjects());
                keywords.add(q.keywords());
            }
            float[][][] subjects = new float[phrases.size()][][];
            for (int q = 0; q < subjects.length; q++) {
                subjects[q] = embeddings.texts(phrases.get(q));
            }
            List<String> filters = filters(profile);
            return new Queries(labels, phrases, embeddings.texts(wholes), subjects, keywords, embeddings.texts(read.negatives()),
                    read.negatives(), embeddings.texts(filters), filters);
        }

        /** True when query {@code q} stands for the reader's keywords. */
        boolean keywords(int q) {
            return keywordQueries.get(q);
        }

        /** Each paper's closeness to the {@code q}th query: to its whole text, and to the nearest of its subjects. */
        QueryMeaning closeness(int q, java.util.function.Function<float[], double[]> to) {
            return QueryMeaning.of(to.apply(keep[q]), subjects[q], to);
        }

        /** Every text a reader's queries, exclusions and reasons are embedded from, added to {@code into}. */
        static void texts(Profile profile, java.util.Collection<String> into) {
            ProfileQueries read = ProfileQueries.of(profile);
            for (ProfileQueries.Query q : read.queries()) {
                into.add(q.whole());
                into.addAll(q.subjects());
            }
            into.addAll(read.negatives());
            into.addAll(filters(profile));
        }

        private static List<String> filters(Profile profile) {
            return profile.topics().stream().map(Topic::filter).filter(f -> !f.isEmpty()).map(Queries::affirmed).toList();
        }

        private static final java.util.regex.Pattern NEGATION = java.util.regex.Pattern.compile(
                "\\s(?:without|lacking|lacks?|rather than|instead of|not|no|never)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

        /**
         * What a filter text leaves out, without what it says the papers lack: "Incremental engineering
         * improvements without novel algorithmic contributions" is "Incremental engineering improvements". A
         * sentence vector does not read "without": it puts the text near papers that make novel algorithmic
         * contributions, the very papers the reader wants. A text that starts with its negation stays whole.
         */
        static String affirmed(String filter) {
            java.util.regex.Matcher m = NEGATION.matcher(filter);
            if (!m.find()) {
                return filter;
            }
            String before = filter.substring(0, m.start()).strip().replaceAll("[\\s,;:]+$", "");
            return before.split("\\s+").length >= 2 ? before : filter;
        }

        private static final java.util.regex.Pattern BETWEEN_PARTS = java.util.regex.Pattern.compile("[,;:()]|\\bor\\b|\\band\\b|\\.\\s");
        private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
        /** Criteria already split: readers share topics, and a topic's text does not change between readers. */
        private static final Cache<String, List<String>> PARTS = Caffeine.newBuilder().maximumSize(20_000).build();

        /** A criterion's phrases as written (the weekly issue's topic filter splits keep and filter texts so). */
        static List<String> parts(String text) {
            return PARTS.get(text, t -> {
                List<String> out = new ArrayList<>();
                for (String part : BETWEEN_PARTS.split(t)) {
                    String p = SPACES.matcher(part.strip()).replaceAll(" ");
                    if (p.length() >= 3 && p.length() <= 80 && !out.contains(p)) {
                        out.add(p);
                    }
                }
                return List.copyOf(out);
            });
        }
    }
}
