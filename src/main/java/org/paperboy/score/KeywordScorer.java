package org.paperboy.score;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.paperboy.paper.ArxivId;
import org.paperboy.paper.Paper;
import org.paperboy.subscriber.Profile;

/**
 * The offline scorer: no network, no model. Followed authors always match. Otherwise each phrase of
 * a topic's keep text, and each keyword, counts when all its words occur in the paper (twice as much
 * in the title), weighted by how rare its words are in the day's listing so "model" counts for little;
 * filter phrases and avoided words count against.
 */
public final class KeywordScorer implements Scorer {

    /** The reason given when no phrase of any criterion occurs in the paper. */
    static final String NO_MATCH = "No criterion matched";

    private static final double TITLE = 2.0;
    private static final double ABSTRACT = 1.0;
    private static final double WORD = 0.3;

    /**
     * One listing's papers, indexed for every reader as they ask: which papers hold a stem (in the title,
     * in the abstract) as bit sets, made the first time any reader's phrase names that stem, and who
     * wrote what. A reader's phrases then cost a few bit-set intersections rather than a lookup in every
     * paper, and the index holds only the stems readers ask about (a few thousand), not every word and
     * word pair of the day's abstracts.
     */
    private static final class Listing {
        /** What the index holds for a stem no paper has. */
        private static final long[] NONE = new long[0];

        final int n;
        final int[] novelty;
        private final Set<String>[] titles;
        private final Set<String>[] bodies;
        private final Map<String, long[]> inTitle = new ConcurrentHashMap<>();
        private final Map<String, long[]> inBody = new ConcurrentHashMap<>();
        /** Surname to the papers' authors of that surname: paper index, place in the author list, first name. */
        final Map<String, List<Object[]>> bySurname = new HashMap<>();
        /** The papers that are surveys or reviews by what their abstract says of itself ("This survey ...", "We review ..."). */
        final long[] surveys;

        @SuppressWarnings("unchecked")
        Listing(List<Paper> papers, Cache<String, Words> known) {
            n = papers.size();
            novelty = new int[n];
            titles = new Set[n];
            bodies = new Set[n];
            surveys = new long[(n + 63) >>> 6];
            for (int i = 0; i < n; i++) {
                Paper p = papers.get(i);
                Words words = known.get(p.id().versioned(), id -> Words.of(p));
                titles[i] = words.title();
                bodies[i] = words.body();
                novelty[i] = words.novelty();
                if (words.survey()) {
                    surveys[i >>> 6] |= 1L << i;
                }
                for (int k = 0; k < words.authors().size(); k++) {
                    Authors.Name name = words.authors().get(k);
                    bySurname.computeIfAbsent(name.last(), x -> new ArrayList<>()).add(new Object[] {i, k, name.first()});
                }
            }
        }

        /** The papers whose title holds the stem, or null when none does. */
        long[] inTitle(String stem) {
            return held(inTitle, titles, stem);
        }

        /** The papers whose abstract holds the stem, or null when none does. */
        long[] inBody(String stem) {
            return held(inBody, bodies, stem);
        }

        private long[] held(Map<String, long[]> index, Set<String>[] sets, String stem) {
            long[] bits = index.computeIfAbsent(stem, s -> {
                long[] out = NONE;
                for (int i = 0; i < n; i++) {
                    if (sets[i].contains(s)) {
                        if (out == NONE) {
                            out = new long[(n + 63) >>> 6];
                        }
                        out[i >>> 6] |= 1L << i;
                    }
                }
                return out;
            });
            return bits == NONE ? null : bits;
        }

        /** How many papers hold the stem in their title or abstract. */
        int df(String stem) {
            long[] title = inTitle(stem);
            long[] body = inBody(stem);
            int count = 0;
            for (int w = 0; w < (n + 63) >>> 6; w++) {
                count += Long.bitCount((title == null ? 0 : title[w]) | (body == null ? 0 : body[w]));
            }
            return count;
        }

        /**
         * The papers holding every stem of the phrase ({@code whole}: one after another, not counting words
         * like "of"), or else its stem run together, if it has one.
         */
        long[] either(Function<String, long[]> index, List<String> phrase, String joined, boolean whole) {
            long[] apart = all(index, phrase, whole);
            long[] together = joined == null ? null : index.apply(joined);
            if (together == null) {
                return apart;
            }
            if (apart == null) {
                return together;
            }
            long[] out = apart.clone();
            for (int w = 0; w < out.length; w++) {
                out[w] |= together[w];
            }
            return out;
        }

        private long[] all(Function<String, long[]> index, List<String> phrase, boolean whole) {
            List<String> parts = phrase;
            if (whole && phrase.size() > 1) {
                parts = new ArrayList<>(phrase.size() - 1);
                for (int k = 0; k + 1 < phrase.size(); k++) {
                    parts.add(pair(phrase.get(k), phrase.get(k + 1)));
                }
            }
            long[] out = null;
            for (String stem : parts) {
                long[] bits = index.apply(stem);
                if (bits == null) {
                    return null;
                }
                if (out == null) {
                    out = bits.clone();
                } else {
                    for (int w = 0; w < out.length; w++) {
                        out[w] &= bits[w];
                    }
                }
            }
            return out;
        }
    }

    /** Papers whose words are kept for the next listing they are in: a few days' worth. */
    private static final int PAPERS_KEPT = 20_000;
    private final Cache<String, Words> papers = Caffeine.newBuilder().maximumSize(PAPERS_KEPT).build();

    /**
     * What one paper's text gives every listing it is in: its title's and abstract's stems, whether it
     * says it is a survey, its novelty and its authors. The papers some readers keep to are listings of
     * their own, and a paper is in a few days' listings.
     */
    private record Words(Set<String> title, Set<String> body, boolean survey, int novelty, List<Authors.Name> authors) {
        static Words of(Paper p) {
            return new Words(withPairs(Text.stems(p.title())), withPairs(Text.stems(p.abstractText())),
                    KeywordScorer.survey(p), Novelty.of(p), Authors.names(p.authors()));
        }
    }

    /** The stems, and each two that follow one another as "first second", for finding phrases whole. */
    private static Set<String> withPairs(List<String> stems) {
        Set<String> out = new HashSet<>(stems);
        for (int i = 0; i + 1 < stems.size(); i++) {
            out.add(pair(stems.get(i), stems.get(i + 1)));
        }
        return out;
    }

    private static String pair(String first, String second) {
        return first + ' ' + second;
    }

    private final Recent<Listing> listings = new Recent<>(24);

    @Override
    public List<Score> score(Profile profile, List<Paper> papers) {
        Matches m = match(profile, papers);
        List<Score> scores = new ArrayList<>(m.total.length);
        for (int i = 0; i < m.total.length; i++) {
            ArxivId id = papers.get(i).id();
            if (m.followed[i] != null) {
                scores.add(new Score(id, 10, m.novelty[i], "Author match: " + m.followed[i], true, 1000));
                continue;
            }
            int relevance = (int) Math.max(1, Math.min(9, Math.round(1 + 2.0 * m.total[i])));
            int paper = i;
            scores.add(new Score(id, relevance, m.novelty[i], () -> m.alsoAvoided(paper, m.reason(paper)), false, m.total[i]));
        }
        return scores;
    }

    /**
     * What the reader's words found in one listing, per paper: the weighted hits (less one outside the
     * reader's categories), the followed author who wrote it (or null), its novelty, the subject to avoid
     * its title names (or null), and what to say about it; most papers match nothing and are never shown,
     * so the saying waits until asked for.
     */
    static final class Matches {
        final double[] total;
        final String[] followed;
        final int[] novelty;
        final String[] avoidedInTitle;
        /** The field the reader avoids that a paper's title is in, when the title names something they keep as well (or null). */
        final String[] keptDespite;
        /** The subject the reader avoids that a paper's abstract names, though its title does not (or null). */
        final String[] avoidedInAbstract;
        /** The papers whose title names something the reader keeps, in words that do not fit papers on anything. */
        private final long[] keptInTitle;
        private final List<Paper> papers;
        /** Per label of the criteria that count for a paper: its gain on each paper, and each phrase with the papers holding it. */
        private final Map<String, Integer> labels = new LinkedHashMap<>();
        private final List<double[]> gains = new ArrayList<>();
        private final List<List<Hit>> hits = new ArrayList<>();

        private Matches(List<Paper> papers, String[] followed, int[] novelty) {
            this.papers = papers;
            this.total = new double[papers.size()];
            this.followed = followed;
            this.novelty = novelty;
            this.avoidedInTitle = new String[papers.size()];
            this.keptInTitle = new long[(papers.size() + 63) >>> 6];
            this.keptDespite = new String[papers.size()];
            this.avoidedInAbstract = new String[papers.size()];
        }

        /**
         * The reason, and when the title is in a field the reader avoids as well, or the abstract names a subject
         * they avoid, that it is: the reader decides.
         */
        String alsoAvoided(int i, String reason) {
            if (keptDespite[i] != null) {
                return aside(reason, "also on \"" + keptDespite[i] + "\", which you avoid");
            }
            return avoidedInAbstract[i] == null ? reason
                    : aside(reason, "its abstract names \"" + avoidedInAbstract[i] + "\", which you avoid");
        }

        /** The reason with a remark in brackets; inside those of what the reader follows when it ends so: "(you follow "X"; ...)". */
        private static String aside(String reason, String remark) {
            boolean follows = reason.endsWith(")") && reason.contains(" (you follow ");
            return follows ? reason.substring(0, reason.length() - 1) + "; " + remark + ")" : reason + " (" + remark + ")";
        }

        /** True when a whole phrase of a criterion that counts for the reader is in the paper. */
        boolean phrase(int i) {
            for (double[] gain : gains) {
                if (gain[i] > 0) {
                    return true;
                }
            }
            return false;
        }

        /** The label that gained the paper most (the first of equals), said with the phrases of it the paper holds. */
        String reason(int i) {
            return reason(i, true);
        }

        /** As {@link #reason(int)}, or "" when the phrases matched are only words that fit papers on anything. */
        String byPhrases(int i) {
            return reason(i, false);
        }

        private String reason(int i, boolean always) {
            // the label that gained the paper most says it, else the next whose phrase the title holds: "large" and
            // "scale" gain a topic much and say nothing, where the keyword "Foundation Model" in the title says what matched
            List<Integer> gained = new ArrayList<>();
            for (int label : labels.values()) {
                if (gains.get(label)[i] > 0) {
                    gained.add(label);
                }
            }
            if (gained.isEmpty()) {
                return NO_MATCH;
            }
            gained.sort(java.util.Comparator.comparingDouble((Integer label) -> -gains.get(label)[i]));
            Criterion first = null;
            for (int label : gained) {
                List<List<String>> stems = new ArrayList<>();
                List<String> joined = new ArrayList<>();
                List<String> sources = new ArrayList<>();
                Criterion criterion = null;
                for (Hit h : hits.get(label)) {
                    if ((h.papers()[i >>> 6] & (1L << i)) != 0) {
                        criterion = h.criterion();
                        stems.add(h.criterion().phrases().get(h.phrase()));
                        joined.add(h.criterion().joined().get(h.phrase()));
                        sources.add(h.criterion().sources().get(h.phrase()));
                    }
                }
                if (first != null && !named(papers.get(i).title(), stems)) {
                    continue; // a lesser match is said only when the title holds it
                }
                first = first == null ? criterion : first;
                String said = Why.matched(papers.get(i), criterion.interest(), criterion.label().equals(Criterion.KEYWORD), stems,
                        joined, sources);
                if (!said.isEmpty()) {
                    return said;
                }
            }
            // nothing telling matched: near the topic in meaning only, said so
            return always ? Why.near(papers.get(i), first.interest(), false, "") : "";
        }
    }

    /** True when the title holds every word of one of the phrases, one that does not fit papers on anything. */
    private static boolean named(String title, List<List<String>> phrases) {
        List<String> words = Text.stems(title);
        return phrases.stream().anyMatch(p -> Why.telling(p) && words.containsAll(p));
    }

    /** One phrase of a criterion, and the papers holding it. */
    private record Hit(Criterion criterion, int phrase, long[] papers) {
    }

    Matches match(Profile profile, List<Paper> papers) {
        Listing listing = listings.of(papers, () -> new Listing(papers, this.papers));
        int n = papers.size();
        List<Criterion> criteria = Criterion.of(profile);
        Rarity rarity = new Rarity(listing, n, new HashMap<>());
        for (Criterion c : criteria) {
            if (c.sign() > 0) {
                for (String w : c.words()) {
                    rarity.words().merge(w, rarity.of(w), Double::sum);
                }
            }
        }
        Matches m = new Matches(papers, followed(profile, listing, papers), listing.novelty);
        for (Criterion c : criteria) {
            for (int k = 0; k < c.phrases().size(); k++) {
                phrase(m, listing, rarity, c, k);
            }
            if (c.label().equals(Criterion.AVOID)) {
                avoided(m, listing, c);
            }
        }
        for (Criterion c : criteria) {
            if (c.label().equals(Criterion.AVOID) || c.filter()) {
                inField(m, listing, c);
            }
        }
        // Single rare words of the positive criteria count a little too: long criteria rarely match whole.
        for (Map.Entry<String, Double> word : rarity.words().entrySet()) {
            word(m.total, listing, word.getKey(), word.getValue());
        }
        if (!profile.categories().isEmpty()) {
            for (int i = 0; i < n; i++) {
                if (outside(papers.get(i), profile.categories())) {
                    m.total[i] -= 1.0;
                }
            }
        }
        return m;
    }

    /** Adds what the {@code k}th phrase of a criterion gains (or costs) each paper holding it. */
    private static void phrase(Matches m, Listing listing, Rarity rarity, Criterion c, int k) {
        List<String> phrase = c.phrases().get(k);
        // a keyword is a term the reader typed: "mixture of experts" is not a paper's "mixture" and "experts" apart
        boolean whole = c.label().equals(Criterion.KEYWORD);
        long[] title = listing.either(listing::inTitle, phrase, c.joined().get(k), whole);
        long[] body = listing.either(listing::inBody, phrase, c.joined().get(k), whole);
        if (title == null && body == null) {
            return;
        }
        int n = listing.n;
        double weight = c.sign() * c.weight() * rarity.of(phrase);
        double[] gain = null;
        long[] held = null;
        boolean telling = Why.telling(phrase);
        if (weight > 0) {
            int label = m.labels.computeIfAbsent(c.label(), l -> {
                m.gains.add(new double[n]);
                m.hits.add(new ArrayList<>());
                return m.gains.size() - 1;
            });
            gain = m.gains.get(label);
            held = new long[(n + 63) >>> 6];
            m.hits.get(label).add(new Hit(c, k, held));
        }
        double[] total = m.total;
        for (int w = 0; w < (n + 63) >>> 6; w++) {
            long t = title == null ? 0 : title[w];
            long b = body == null ? 0 : body[w] & ~t;
            if (held != null) {
                held[w] = t | b;
                if (telling) {
                    m.keptInTitle[w] |= t;
                }
            }
            for (long bits = t | b; bits != 0; bits &= bits - 1) {
                int i = (w << 6) + Long.numberOfTrailingZeros(bits);
                double g = weight * ((t & Long.lowestOneBit(bits)) != 0 ? TITLE : ABSTRACT);
                total[i] += g;
                if (gain != null) {
                    gain[i] += g;
                }
            }
        }
    }

    /**
     * Marks the papers whose title names the avoided subject: its words one after the other (or run
     * together), as written or as a whole item of the reader's list. A lone word cut from a longer item
     * ("Spatial" of "Spatial/Temporal Modeling") does not count on its own.
     */
    private static void avoided(Matches m, Listing listing, Criterion c) {
        for (int k = 0; k < c.phrases().size(); k++) {
            List<String> phrase = c.phrases().get(k);
            if (SURVEYS.matcher(c.sources().get(k).strip()).matches()) {
                // "survey" is a kind of paper, not a subject: a survey's title need not say it ("Text World Models for Agents")
                for (int w = 0; w < listing.surveys.length; w++) {
                    for (long bits = listing.surveys[w]; bits != 0; bits &= bits - 1) {
                        int i = (w << 6) + Long.numberOfTrailingZeros(bits);
                        if (m.avoidedInTitle[i] == null) {
                            m.avoidedInTitle[i] = c.sources().get(k);
                        }
                    }
                }
            }
            if (phrase.size() < 2 && !c.shown().get(k).equalsIgnoreCase(c.sources().get(k))) {
                continue;
            }
            long[] title = listing.either(listing::inTitle, phrase, c.joined().get(k), true);
            for (int w = 0; title != null && w < title.length; w++) {
                for (long bits = title[w]; bits != 0; bits &= bits - 1) {
                    int i = (w << 6) + Long.numberOfTrailingZeros(bits);
                    if (m.avoidedInTitle[i] == null && Text.adjacent(m.papers.get(i).title(), phrase, c.joined().get(k))) {
                        m.avoidedInTitle[i] = c.sources().get(k);
                    }
                }
            }
            // named in the abstract only: the paper may be sent for what it does, and its reason says what else it is on
            // (an abstract that mentions a survey is no survey)
            long[] body = SURVEYS.matcher(c.sources().get(k).strip()).matches() ? null
                    : listing.either(listing::inBody, phrase, c.joined().get(k), true);
            for (int w = 0; body != null && w < body.length; w++) {
                for (long bits = body[w]; bits != 0; bits &= bits - 1) {
                    int i = (w << 6) + Long.numberOfTrailingZeros(bits);
                    if (m.avoidedInAbstract[i] == null) {
                        m.avoidedInAbstract[i] = c.sources().get(k);
                    }
                }
            }
        }
    }

    /**
     * Marks the papers whose title puts them in a field of application the reader avoids by its name, in
     * the field's own words ("Surgical" for "Medical Imaging", {@link Fields}), unless the title also
     * names something the reader keeps: "Compressing 3D Gaussian Splatting ..." stays for a reader who
     * follows compression and avoids 3D vision. A title that says the work is for the field ("Foundation
     * Models for Surgical Intelligence") is the field's, whatever it names before. A field a topic's filter
     * names ("applications to one domain, such as medicine") leaves its papers out whatever else their title
     * names: the filter is what that topic's papers are not.
     */
    private static void inField(Matches m, Listing listing, Criterion c) {
        Set<String> seen = new HashSet<>();
        for (String source : c.sources()) {
            if (!seen.add(source)) {
                continue;
            }
            String item = LEAD_IN.matcher(source).replaceFirst("");
            for (List<String> phrase : Fields.namedBy(item)) {
                long[] title = listing.either(listing::inTitle, phrase, null, true);
                for (int w = 0; title != null && w < title.length; w++) {
                    for (long bits = title[w]; bits != 0; bits &= bits - 1) {
                        int i = (w << 6) + Long.numberOfTrailingZeros(bits);
                        if (m.avoidedInTitle[i] != null || m.keptDespite[i] != null) {
                            continue;
                        }
                        String t = m.papers.get(i).title();
                        List<String> stems = Text.stems(t);
                        if (!Text.adjacent(stems, phrase) || Fields.otherSense(stems)) {
                            continue;
                        }
                        if ((m.keptInTitle[w] & (1L << i)) == 0 || c.filter() || Fields.appliedTo(t, phrase)) {
                            m.avoidedInTitle[i] = item;
                        } else {
                            m.keptDespite[i] = item;
                        }
                    }
                }
            }
        }
    }

    /** Words that lead into a list's item ("such as medicine"), which a reason does not quote. */
    private static final Pattern LEAD_IN = Pattern.compile("^(?:such as|e\\.g\\.,?|including|like|especially|for example,?)\\s+",
            Pattern.CASE_INSENSITIVE);

    /** A reader's item that means survey papers. */
    private static final Pattern SURVEYS = Pattern.compile("(?:(?:literature|systematic) )?"
            + "(?:surveys?|reviews?)(?: (?:papers?|articles?))?", Pattern.CASE_INSENSITIVE);
    /** True when the paper's abstract says it is a survey or a review ("This survey ...", "We systematically review ..."). */
    public static boolean survey(Paper p) {
        return SURVEY.matcher(p.abstractText()).find();
    }

    /** How a survey or review says what it is: "This survey", "our review", "We systematically review", "presents a survey". */
    private static final Pattern SURVEY = Pattern.compile("\\b(?:this|our|the present) (?:[a-z-]+ )?"
            + "(?:survey|review)\\b|\\bwe (?:[a-z]+ly )?(?:survey|review)\\b|\\b(?:present|provide|offer|conduct)s? (?:a|an) "
            + "(?:[a-z-]+ ){0,2}(?:survey|review)\\b", Pattern.CASE_INSENSITIVE);

    /** Adds what one rare word of the criteria gains each paper holding it. */
    private static void word(double[] total, Listing listing, String word, double rarity) {
        long[] title = listing.inTitle(word);
        long[] body = listing.inBody(word);
        for (int w = 0; w < (listing.n + 63) >>> 6; w++) {
            long t = title == null ? 0 : title[w];
            long b = body == null ? 0 : body[w] & ~t;
            for (long bits = t | b; bits != 0; bits &= bits - 1) {
                int i = (w << 6) + Long.numberOfTrailingZeros(bits);
                total[i] += WORD * ((t & Long.lowestOneBit(bits)) != 0 ? TITLE : ABSTRACT) * rarity;
            }
        }
    }

    /** True when the paper is in none of the categories. */
    private static boolean outside(Paper paper, List<String> categories) {
        for (String c : paper.categories()) {
            if (categories.contains(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * For each paper, the followed author it is by, or null: the first of its authors (in the paper's
     * order) whom the reader follows, matched by surname and first initial.
     */
    private static String[] followed(Profile profile, Listing listing, List<Paper> papers) {
        // each paper's followed authors by their place in its author list
        List<java.util.TreeMap<Integer, String>> found = new ArrayList<>(java.util.Collections.nCopies(listing.n, null));
        for (Authors.Name f : new Authors(profile.authors()).followed()) {
            for (Object[] a : listing.bySurname.getOrDefault(f.last(), List.of())) {
                int i = (int) a[0];
                if (Authors.initialsAgree(f.first(), (String) a[2])) {
                    if (found.get(i) == null) {
                        found.set(i, new java.util.TreeMap<>());
                    }
                    found.get(i).putIfAbsent((int) a[1], f.display());
                }
            }
        }
        String[] out = new String[listing.n];
        for (int i = 0; i < out.length; i++) {
            if (found.get(i) != null) {
                // a mail lists the first few authors: say where each one the reader follows stands
                int authors = papers.get(i).authors().size();
                List<String> each = new ArrayList<>();
                found.get(i).forEach((k, name) -> each.add(name + ", " + place(k, authors)));
                out[i] = String.join("; ", each);
            }
        }
        return out;
    }

    /** "first author", "last author", "15th of 17 authors", "sole author". */
    static String place(int k, int authors) {
        if (authors <= 1) {
            return "sole author";
        }
        if (k == 0 || k == authors - 1) {
            return k == 0 ? "first author" : "last author";
        }
        int n = k + 1;
        String suffix = n % 100 >= 11 && n % 100 <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix + " of " + authors + " authors";
    }

    /** How much a phrase tells: a word in most papers of the day says little. */
    private record Rarity(Listing listing, int n, Map<String, Double> words) {
        private static final double LOG_20 = Math.log(20);

        double of(List<String> phrase) {
            double best = 0;
            for (String s : phrase) {
                best = Math.max(best, idf(s));
            }
            return Math.max(0.1, best);
        }

        double of(String word) {
            return Math.max(0.1, idf(word));
        }

        private double idf(String word) {
            return Math.min(1.0, Math.log((n + 1.0) / (listing.df(word) + 1.0)) / LOG_20);
        }
    }
}
