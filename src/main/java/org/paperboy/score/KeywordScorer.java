package org.paperboy.score;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
     * One listing's papers indexed once for every reader: which papers hold each stem (in the title,
     * in the abstract) as bit sets, how many hold it, and who wrote what. A reader's phrases then cost
     * a few bit-set intersections rather than a lookup in every paper.
     */
    private static final class Listing {
        final int n;
        final int[] novelty;
        final Map<String, long[]> inTitle = new HashMap<>();
        final Map<String, long[]> inBody = new HashMap<>();
        final Map<String, Integer> df = new HashMap<>();
        /** Surname to the papers' authors of that surname: paper index, place in the author list, first name. */
        final Map<String, List<Object[]>> bySurname = new HashMap<>();

        Listing(List<Paper> papers) {
            n = papers.size();
            novelty = new int[n];
            for (int i = 0; i < n; i++) {
                Paper p = papers.get(i);
                Set<String> title = new HashSet<>(Text.stems(p.title()));
                Set<String> body = new HashSet<>(Text.stems(p.abstractText()));
                for (String stem : title) {
                    set(inTitle, stem, i);
                }
                for (String stem : body) {
                    set(inBody, stem, i);
                }
                Set<String> all = new HashSet<>(title);
                all.addAll(body);
                all.forEach(stem -> df.merge(stem, 1, Integer::sum));
                novelty[i] = Novelty.of(p);
                List<Authors.Name> names = Authors.names(p.authors());
                for (int k = 0; k < names.size(); k++) {
                    Authors.Name name = names.get(k);
                    bySurname.computeIfAbsent(name.last(), x -> new ArrayList<>()).add(new Object[] {i, k, name.first()});
                }
            }
        }

        private void set(Map<String, long[]> index, String stem, int i) {
            index.computeIfAbsent(stem, x -> new long[(n + 63) >>> 6])[i >>> 6] |= 1L << i;
        }

        /** The papers holding every stem of the phrase, in the title or else in the abstract. */
        long[] all(Map<String, long[]> index, List<String> phrase) {
            long[] out = null;
            for (String stem : phrase) {
                long[] bits = index.get(stem);
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

    private final Map<Long, Listing> listings = new ConcurrentHashMap<>();

    @Override
    public List<Score> score(Profile profile, List<Paper> papers) {
        Listing listing = listing(papers);
        int n = papers.size();
        List<Criterion> criteria = Criterion.of(profile);
        Rarity rarity = new Rarity(listing.df, n, new HashMap<>());
        for (Criterion c : criteria) {
            if (c.sign() > 0) {
                c.words().forEach(w -> rarity.words().merge(w, rarity.of(List.of(w)), Double::sum));
            }
        }
        double[] total = new double[n];
        @SuppressWarnings("unchecked")
        Map<String, Double>[] byCriterion = new Map[n];
        @SuppressWarnings("unchecked")
        Map<String, Set<String>>[] matched = new Map[n];
        for (Criterion c : criteria) {
            for (int k = 0; k < c.phrases().size(); k++) {
                List<String> phrase = c.phrases().get(k);
                long[] title = listing.all(listing.inTitle, phrase);
                long[] body = listing.all(listing.inBody, phrase);
                if (title == null && body == null) {
                    continue;
                }
                double weight = c.sign() * c.weight() * rarity.of(phrase);
                for (int w = 0; w < (n + 63) >>> 6; w++) {
                    long t = title == null ? 0 : title[w];
                    long b = body == null ? 0 : body[w] & ~t;
                    for (long bits = t | b; bits != 0; bits &= bits - 1) {
                        int i = (w << 6) + Long.numberOfTrailingZeros(bits);
                        double gain = weight * ((t & Long.lowestOneBit(bits)) != 0 ? TITLE : ABSTRACT);
                        total[i] += gain;
                        if (gain > 0) {
                            if (byCriterion[i] == null) {
                                byCriterion[i] = new HashMap<>();
                                matched[i] = new HashMap<>();
                            }
                            byCriterion[i].merge(c.label(), gain, Double::sum);
                            matched[i].computeIfAbsent(c.label(), l -> new LinkedHashSet<>()).add(c.shown().get(k));
                        }
                    }
                }
            }
        }
        // Single rare words of the positive criteria count a little too: long criteria rarely match whole.
        for (Map.Entry<String, Double> word : rarity.words().entrySet()) {
            long[] title = listing.inTitle.get(word.getKey());
            long[] body = listing.inBody.get(word.getKey());
            for (int w = 0; w < (n + 63) >>> 6; w++) {
                long t = title == null ? 0 : title[w];
                long b = body == null ? 0 : body[w] & ~t;
                for (long bits = t | b; bits != 0; bits &= bits - 1) {
                    int i = (w << 6) + Long.numberOfTrailingZeros(bits);
                    total[i] += WORD * ((t & Long.lowestOneBit(bits)) != 0 ? TITLE : ABSTRACT) * word.getValue();
                }
            }
        }
        String[] followed = followed(profile, listing);
        List<Score> scores = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Paper paper = papers.get(i);
            if (followed[i] != null) {
                scores.add(new Score(paper.id(), 10, listing.novelty[i], "Author match: " + followed[i], true, 1000));
                continue;
            }
            double sum = total[i];
            if (!profile.categories().isEmpty() && paper.categories().stream().noneMatch(profile.categories()::contains)) {
                sum -= 1.0;
            }
            String best = byCriterion[i] == null ? null
                    : byCriterion[i].entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
            String reason = best == null ? NO_MATCH
                    : best + ": " + String.join(", ", matched[i].get(best).stream().limit(4).toList());
            int relevance = (int) Math.max(1, Math.min(9, Math.round(1 + 2.0 * sum)));
            scores.add(new Score(paper.id(), relevance, listing.novelty[i], reason, false, sum));
        }
        return scores;
    }

    /**
     * For each paper, the followed author it is by, or null: the first of its authors (in the paper's
     * order) whom the reader follows, matched by surname and first initial.
     */
    private static String[] followed(Profile profile, Listing listing) {
        String[] out = new String[listing.n];
        int[] place = new int[listing.n];
        for (Authors.Name f : new Authors(profile.authors()).followed()) {
            for (Object[] a : listing.bySurname.getOrDefault(f.last(), List.of())) {
                int i = (int) a[0];
                int k = (int) a[1];
                if (Authors.initialsAgree(f.first(), (String) a[2]) && (out[i] == null || k < place[i])) {
                    out[i] = f.display();
                    place[i] = k;
                }
            }
        }
        return out;
    }

    /** The listing's index, kept for the next readers: most readers see the same listing. */
    private Listing listing(List<Paper> papers) {
        long key = papers.size();
        for (Paper p : papers) {
            key = key * 31 + p.id().versioned().hashCode();
        }
        Listing cached = listings.get(key);
        if (cached == null) {
            if (listings.size() >= 8) {
                listings.clear();
            }
            cached = new Listing(papers);
            listings.put(key, cached);
        }
        return cached;
    }

    /** How much a phrase tells: a word in most papers of the day says little. */
    private record Rarity(Map<String, Integer> df, int n, Map<String, Double> words) {
        double of(List<String> phrase) {
            double best = 0;
            for (String s : phrase) {
                double idf = Math.log((n + 1.0) / (df.getOrDefault(s, 0) + 1.0)) / Math.log(20);
                best = Math.max(best, Math.min(1.0, idf));
            }
            return Math.max(0.1, best);
        }
    }
}
