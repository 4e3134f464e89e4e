package org.paperboy.score;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.List;
import org.paperboy.subscriber.Profile;
import org.paperboy.subscriber.Topic;

/**
 * One thing a reader asked for (or against), as phrases of stems to look for, each with the words it
 * was written as (for saying which phrases matched), the item of the reader's list it comes from (a
 * long item is looked for as pairs of words, but quoted whole) and, for a hyphenated phrase, the one
 * stem of its words run together ("multimodal" for "multi-modal"), which matches as well as the words apart.
 * A topic's criteria carry its name as the interest they serve ("" for keywords and unnamed topics).
 */
record Criterion(String label, int sign, double weight, List<List<String>> phrases, List<String> shown, List<String> joined,
        List<String> words, List<String> sources, String interest) {

    /** The labels of every keyword's criterion and of every subject to avoid. */
    static final String KEYWORD = "Keyword";
    static final String AVOID = "Avoid";
    /** What a topic's label ends with in the label of its filter text's criterion. */
    private static final String FILTER = " (filter)";
    /** Phrases longer than this rarely occur whole; they are matched as overlapping word pairs. */
    private static final int LONGEST_PHRASE = 3;

    /** True for a topic's filter text. */
    boolean filter() {
        return label.endsWith(FILTER);
    }

    static List<Criterion> of(Profile profile) {
        List<Criterion> all = new ArrayList<>();
        for (Topic t : profile.topics()) {
            String label = "Topic \"" + t.label() + "\"";
            all.add(of(label, 1, 1.0, t.keep() + "," + t.name(), t.name()));
            if (!t.filter().isEmpty()) {
                all.add(of(label + FILTER, -1, 0.5, t.filter(), t.name()));
            }
        }
        for (String k : profile.keywords()) {
            all.add(of(KEYWORD, 1, 1.5, k, ""));
        }
        for (String a : profile.avoid()) {
            all.add(of(AVOID, -1, 2.0, a, ""));
        }
        // prose counts as a topic does: its subjects, and the subjects its sentences say to leave out
        ProfileQueries prose = ProfileQueries.fromProse(profile.about());
        for (ProfileQueries.Query q : prose.queries()) {
            all.add(of(q.label(), 1, 1.0, String.join(", ", q.subjects()), q.interest()));
        }
        for (String a : prose.negatives()) {
            all.add(of(AVOID, -1, 2.0, a, ""));
        }
        return all;
    }

    /** Criteria already read: many readers share a topic or keyword, and reading one costs more than scoring. */
    private static final Cache<Written, Criterion> READ = Caffeine.newBuilder().maximumSize(50_000).build();

    /** A criterion as the reader wrote it: what it is read from, each part on its own. */
    private record Written(String label, int sign, double weight, String text, String interest) {
    }

    static Criterion of(String label, int sign, double weight, String text, String interest) {
        return READ.get(new Written(label, sign, weight, text, interest), w -> read(label, sign, weight, text, interest));
    }

    private static Criterion read(String label, int sign, double weight, String text, String interest) {
        List<List<String>> phrases = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        List<String> joined = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        for (String item : text.split("[,;()]")) {
            String source = item.strip().replaceAll("\\s+", " ");
            for (String part : item.split("[:./]|\\bor\\b|\\bvs\\b")) {
                String written = part.strip().replaceAll("\\s+", " ");
                String from = source.length() <= 60 ? source : written;
                List<String[]> words = Text.words(part);
                List<String[]> apart = words.stream().filter(w -> w[0].indexOf('-') < 0).toList();
                List<String[]> together = words.stream().filter(w -> w[0].indexOf('-') >= 0).toList();
                if (apart.size() <= LONGEST_PHRASE && together.size() <= 1) {
                    add(phrases, shown, joined, sources, apart, written, together.isEmpty() ? null : together.get(0)[1], from);
                } else {
                    for (int i = 0; i + 1 < words.size(); i++) {
                        List<String[]> pair = words.subList(i, i + 2);
                        add(phrases, shown, joined, sources, pair, written(pair, words), null, from);
                    }
                }
            }
        }
        // every distinct word of the phrases
        return new Criterion(label, sign, weight, phrases, shown, joined, phrases.stream().flatMap(List::stream).distinct().toList(),
                sources, interest);
    }

    private static void add(List<List<String>> phrases, List<String> shown, List<String> joined, List<String> sources,
            List<String[]> words, String written, String together, String source) {
        List<String> phrase = words.stream().map(w -> w[1]).toList();
        if (!phrase.isEmpty() && !phrases.contains(phrase)) {
            phrases.add(phrase);
            shown.add(written);
            joined.add(together);
            sources.add(source);
        }
    }

    /**
     * A pair of a long criterion's words as the reader wrote them: the hyphenated word they come from
     * ("multi-agent", not "multi agent" or "agent multi-agent"), or the two words.
     */
    private static String written(List<String[]> pair, List<String[]> words) {
        String a = pair.get(0)[0];
        String b = pair.get(1)[0];
        for (String[] w : words) {
            String word = w[0];
            if (word.indexOf('-') > 0 && List.of(word.split("-+")).containsAll(
                    java.util.stream.Stream.of(a, b).filter(x -> x.indexOf('-') < 0).toList())) {
                return word;
            }
        }
        return a + " " + b;
    }
}
