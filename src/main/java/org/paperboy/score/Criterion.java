package org.paperboy.score;

import java.util.ArrayList;
import java.util.List;
import org.paperboy.subscriber.Profile;
import org.paperboy.subscriber.Topic;

/** One thing a reader asked for (or against), as phrases of stems to look for. */
record Criterion(String label, int sign, double weight, List<List<String>> phrases) {

    /** Phrases longer than this rarely occur whole; they are matched as overlapping word pairs. */
    private static final int LONGEST_PHRASE = 3;

    /** Every distinct word of the criterion's phrases. */
    List<String> words() {
        return phrases.stream().flatMap(List::stream).distinct().toList();
    }

    static List<Criterion> of(Profile profile) {
        List<Criterion> all = new ArrayList<>();
        for (Topic t : profile.topics()) {
            String label = "Topic \"" + t.label() + "\"";
            List<List<String>> keep = phrases(t.keep());
            keep.addAll(phrases(t.name()));
            all.add(new Criterion(label, 1, 1.0, keep));
            if (!t.filter().isEmpty()) {
                all.add(new Criterion(label + " (filter)", -1, 0.5, phrases(t.filter())));
            }
        }
        for (String k : profile.keywords()) {
            all.add(new Criterion("Keyword", 1, 1.5, phrases(k)));
        }
        for (String a : profile.avoid()) {
            all.add(new Criterion("Avoid", -1, 2.0, phrases(a)));
        }
        return all;
    }

    static List<List<String>> phrases(String text) {
        List<List<String>> out = new ArrayList<>();
        for (String part : text.split("[,;:()./]|\\bor\\b|\\bvs\\b")) {
            List<String> stems = Text.stems(part);
            if (stems.isEmpty()) {
                continue;
            }
            if (stems.size() <= LONGEST_PHRASE) {
                add(out, stems);
            } else {
                for (int i = 0; i + 1 < stems.size(); i++) {
                    add(out, List.of(stems.get(i), stems.get(i + 1)));
                }
            }
        }
        return out;
    }

    private static void add(List<List<String>> out, List<String> phrase) {
        if (!out.contains(phrase)) {
            out.add(List.copyOf(phrase));
        }
    }
}
