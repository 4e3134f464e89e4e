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
    /** Papers whose words are kept between calls: a few days' listings. */
    private static final int CACHE_LIMIT = 20_000;

    /** A paper's stems and novelty, computed once per paper rather than once per reader. */
    private record Words(Set<String> title, Set<String> body, Set<String> all, int novelty, List<Authors.Name> authors) {
    }

    private final Map<String, Words> words = new ConcurrentHashMap<>();
    private final Map<Long, Map<String, Integer>> frequencies = new ConcurrentHashMap<>();

    @Override
    public List<Score> score(Profile profile, List<Paper> papers) {
        List<Set<String>> titles = new ArrayList<>();
        List<Set<String>> bodies = new ArrayList<>();
        List<Integer> novelty = new ArrayList<>();
        List<List<Authors.Name>> names = new ArrayList<>();
        if (words.size() > CACHE_LIMIT) {
            words.clear();
        }
        for (Paper p : papers) {
            Words w = words.computeIfAbsent(p.id().versioned(), id -> words(p));
            titles.add(w.title());
            bodies.add(w.body());
            novelty.add(w.novelty());
            names.add(w.authors());
        }
        Map<String, Integer> df = frequencies(papers);
        List<Criterion> criteria = Criterion.of(profile);
        Rarity rarity = new Rarity(df, papers.size(), new HashMap<>());
        for (Criterion c : criteria) {
            if (c.sign() > 0) {
                c.words().forEach(w -> rarity.words().merge(w, rarity.of(List.of(w)), Double::sum));
            }
        }
        Authors authors = new Authors(profile.authors());
        List<Score> scores = new ArrayList<>(papers.size());
        for (int i = 0; i < papers.size(); i++) {
            scores.add(score(papers.get(i), titles.get(i), bodies.get(i), novelty.get(i), names.get(i), criteria, authors, rarity, profile));
        }
        return scores;
    }

    /**
     * How many of the papers contain each word. Most readers see the same listing, so the counts of
     * the last few listings are kept, keyed by the papers they were counted over.
     */
    private Map<String, Integer> frequencies(List<Paper> papers) {
        long key = papers.size();
        for (Paper p : papers) {
            key = key * 31 + p.id().versioned().hashCode();
        }
        Map<String, Integer> cached = frequencies.get(key);
        if (cached != null) {
            return cached;
        }
        Map<String, Integer> df = new HashMap<>();
        for (Paper p : papers) {
            words.get(p.id().versioned()).all().forEach(s -> df.merge(s, 1, Integer::sum));
        }
        if (frequencies.size() >= 8) {
            frequencies.clear();
        }
        frequencies.put(key, df);
        return df;
    }

    private static Words words(Paper p) {
        Set<String> title = new HashSet<>(Text.stems(p.title()));
        Set<String> body = new HashSet<>(Text.stems(p.abstractText()));
        Set<String> all = new HashSet<>(title);
        all.addAll(body);
        return new Words(title, body, all, Novelty.of(p), Authors.names(p.authors()));
    }

    private static Score score(Paper paper, Set<String> title, Set<String> body, int novelty, List<Authors.Name> names,
            List<Criterion> criteria, Authors authors, Rarity rarity, Profile profile) {
        var followed = authors.firstMatch(names);
        if (followed.isPresent()) {
            return new Score(paper.id(), 10, novelty, "Author match: " + followed.get(), true, 1000);
        }
        double total = 0;
        Map<String, Double> byCriterion = new HashMap<>();
        Map<String, Set<String>> matched = new HashMap<>();
        for (Criterion c : criteria) {
            for (int k = 0; k < c.phrases().size(); k++) {
                List<String> phrase = c.phrases().get(k);
                double where = title.containsAll(phrase) ? TITLE : body.containsAll(phrase) ? ABSTRACT : 0;
                if (where == 0) {
                    continue;
                }
                double gain = c.sign() * c.weight() * where * rarity.of(phrase);
                total += gain;
                if (gain > 0) {
                    byCriterion.merge(c.label(), gain, Double::sum);
                    matched.computeIfAbsent(c.label(), l -> new LinkedHashSet<>()).add(c.shown().get(k));
                }
            }
        }
        // Single rare words of the positive criteria count a little too: long criteria rarely match whole.
        for (Map.Entry<String, Double> word : rarity.words().entrySet()) {
            String stem = word.getKey();
            double where = title.contains(stem) ? TITLE : body.contains(stem) ? ABSTRACT : 0;
            total += WORD * where * word.getValue();
        }
        if (!profile.categories().isEmpty() && paper.categories().stream().noneMatch(profile.categories()::contains)) {
            total -= 1.0;
        }
        String best = byCriterion.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        String reason = best == null ? NO_MATCH
                : best + ": " + String.join(", ", matched.get(best).stream().limit(4).toList());
        int relevance = (int) Math.max(1, Math.min(9, Math.round(1 + 2.0 * total)));
        return new Score(paper.id(), relevance, novelty, reason, false, total);
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
