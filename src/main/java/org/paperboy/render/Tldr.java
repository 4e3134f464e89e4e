package org.paperboy.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a paper does and what it finds, in one or two sentences quoted from its abstract, each standing on
 * its own (see {@link AbstractSentences}): the sentence that states the contribution, then the first later
 * one that reports a result, when the two are short enough together. The rest of the abstract is kept
 * apart for readers who want more of it.
 *
 * @param tldr the one or two sentences; "" for an empty abstract
 * @param rest the abstract's other sentences, in order
 */
record Tldr(String tldr, String rest) {

    /** Two sentences longer than this together make a TL;DR of one. */
    static final int MOST = 360;

    private static final List<String> DOES = List.of("we propose", "we introduce", "we present", "we develop", "we design",
            "this paper", "this work", "this study", "we build", "we construct", "we formulate", "we release", "we derive");
    private static final List<String> STUDIES = List.of("we show", "we prove", "we find", "we demonstrate", "we study",
            "we investigate", "we analy", "we establish", "we provide", "we identify", "we examine", "we explore",
            "we evaluate", "we extend", "we revisit", "we characteri", "we argue", "we report", "we describe", "we train",
            "we benchmark", "we leverage", "here we", "our ", "in this paper", "in this work");
    /** A measured result: preferred to a finding told in words. */
    private static final List<String> MEASURES = List.of("outperform", "achiev", "improv", "reduc", "surpass", "speedup",
            "faster", "%", "×", "state-of-the-art", "state of the art", " gain", "up to", "better than", "accuracy");
    private static final List<String> FINDS = List.of("results show", "experiments show", "show that", "we find",
            "find that", "demonstrat", "reveal", "yield", "matches", "competitive");

    static Tldr of(String abstractText) {
        List<String> sentences = AbstractSentences.of(abstractText);
        if (sentences.isEmpty()) {
            return new Tldr("", "");
        }
        int does = find(sentences, DOES, 0, Integer.MAX_VALUE);
        if (does < 0) {
            does = find(sentences, STUDIES, 0, Integer.MAX_VALUE);
        }
        if (does < 0) {
            does = 0;
        }
        String first = stands(sentences, does);
        int finds = find(sentences, MEASURES, does + 1, MOST - first.length());
        if (finds < 0) {
            finds = find(sentences, FINDS, does + 1, MOST - first.length());
        }
        String second = finds < 0 ? "" : stands(sentences, finds);
        boolean both = !second.isEmpty();
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            if (i != does && !(both && i == finds)) {
                rest.add(sentences.get(i));
            }
        }
        return new Tldr(both ? first + " " + second : first, String.join(" ", rest));
    }

    /** The first sentence from {@code from} on that has one of the cues and stands on its own in under {@code room} characters; -1 when none. */
    private static int find(List<String> sentences, List<String> cues, int from, int room) {
        for (int i = from; i < sentences.size(); i++) {
            String lower = sentences.get(i).toLowerCase(Locale.ROOT);
            if (cues.stream().anyMatch(lower::contains)) {
                String standing = stands(sentences, i);
                if (!standing.isEmpty() && standing.length() < room) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** The sentence as it can stand alone; the first sentence of an abstract has nothing earlier to point back to. */
    private static String stands(List<String> sentences, int i) {
        String standing = AbstractSentences.standing(sentences.get(i));
        return AbstractSentences.shortened(i == 0 && standing.isEmpty() ? sentences.get(0) : standing);
    }
}
