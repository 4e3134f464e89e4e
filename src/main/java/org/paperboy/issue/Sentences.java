package org.paperboy.issue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Picks the sentences of an abstract that say what a paper contributes, how, what it showed and why it
 * matters: the offline prose of the weekly issue, quoted from the paper itself.
 */
final class Sentences {

    private static final Pattern SPLIT = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z(\\[])");
    private static final List<String> CONTRIBUTION = List.of("we propose", "we introduce", "we present", "this paper",
            "this work", "we develop", "we design", "first", "novel", "we show that", "we demonstrate");
    private static final List<String> METHOD = List.of("we propose", "we introduce", "we design", "we develop",
            "our method", "our approach", "our framework", "consists of", "leverag", "by combining", "which uses",
            "we formulate", "based on");
    private static final List<String> RESULT = List.of("outperform", "achiev", "improv", "state-of-the-art",
            "experiments show", "results show", "we find", "reduc", "surpass", "%", "accuracy", "speedup", "faster",
            " gains", "yields");
    private static final List<String> IMPACT = List.of("enabl", "implication", "pave the way", "opens up", "practical",
            "code is available", "we release", "publicly available", "broadly applicable", "deploy");

    private Sentences() {
    }

    static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        for (String s : SPLIT.split(text.strip())) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    /** The sentence stating the contribution: the first with a contribution cue, else the first. */
    static String contribution(List<String> sentences) {
        return best(sentences, CONTRIBUTION, 0).orElse(sentences.isEmpty() ? "" : sentences.get(0));
    }

    static List<String> methods(List<String> sentences, String exclude, int max) {
        return matching(sentences, METHOD, exclude, max);
    }

    /** Result sentences after the contribution: the ones before it describe earlier work. */
    static List<String> results(List<String> sentences, String contribution, int max) {
        return matching(after(sentences, contribution), RESULT, contribution, max);
    }

    /** What the paper says it enables, or "" when it does not say: better nothing than a guess. */
    static String impact(List<String> sentences, String contribution, List<String> used) {
        return best(after(sentences, contribution), IMPACT, 0).filter(s -> !used.contains(s)).orElse("");
    }

    private static List<String> after(List<String> sentences, String contribution) {
        int at = sentences.indexOf(contribution);
        return at < 0 ? sentences : sentences.subList(at, sentences.size());
    }

    private static java.util.Optional<String> best(List<String> sentences, List<String> cues, int from) {
        for (int i = Math.min(from, sentences.size()); i < sentences.size(); i++) {
            if (has(sentences.get(i), cues)) {
                return java.util.Optional.of(sentences.get(i));
            }
        }
        return java.util.Optional.empty();
    }

    private static List<String> matching(List<String> sentences, List<String> cues, String exclude, int max) {
        List<String> out = new ArrayList<>();
        for (String s : sentences) {
            if (out.size() < max && !s.equals(exclude) && has(s, cues)) {
                out.add(s);
            }
        }
        return out;
    }

    private static boolean has(String sentence, List<String> cues) {
        String lower = sentence.toLowerCase(Locale.ROOT);
        return cues.stream().anyMatch(lower::contains);
    }
}
