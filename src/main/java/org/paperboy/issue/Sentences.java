package org.paperboy.issue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An abstract's sentences, and what each one does: states the gap in earlier work, the contribution,
 * how it works, what was measured, or what it enables. The offline prose of the weekly issue is chosen
 * from them.
 */
final class Sentences {

    // a full stop after an abbreviation ("e.g. GPT-4", "et al. Smith") ends no sentence
    private static final Pattern SPLIT = Pattern.compile("(?<=[.!?])(?<!\\be\\.g\\.)(?<!\\bi\\.e\\.)(?<!\\bet al\\.)(?<!\\bvs\\.)"
            + "(?<!\\bcf\\.)(?<!\\bFig\\.)(?<!\\bEq\\.)(?<!\\bSec\\.)(?<!\\bapprox\\.)(?<!\\bresp\\.)\\s+(?=[A-Z(\\[\\\\])"
            // a sentence the listing ran on without a space ("material details.We introduce"): a word ends it
            + "|(?<=[a-z]{3}[.!?])(?=[A-Z][a-z])");
    /** Where an abstract says what it contributes: a method first; else a finding or a study. */
    private static final List<String> CONTRIBUTION = List.of("we propose", "we introduce", "we present", "we develop", "we design",
            "this paper proposes", "this paper introduces", "this paper presents", "this work proposes", "this work introduces",
            "this work presents", "this study proposes", "this study introduces", "this study presents", "paper proposes",
            "report presents", "report introduces", "report proposes", "report describes", "article presents", "article introduces",
            "article proposes");
    private static final List<String> FINDING = List.of("we build", "we construct", "we formulate", "we establish", "this paper",
            "this report", "this technical report", "this work", "this study", "this article", "we show that", "we demonstrate", "we prove", "we find", "we study",
            "we investigate", "we analyze", "we argue", "we release", "we rethink", "we identify", "here we", "we describe", "we report",
            "we provide", "we address", "we examine", "we explore", "we revisit", "we evaluate", "we conduct",
            "position paper", "this survey", "we survey", "we formalize", "we characterize", "we review", "this review",
            "we systematically review", "we comprehensively review", "we systematically survey", "we comprehensively survey");
    private static final List<String> FOUND = List.of("reveal", "we find", "we observe", "show that", "shows that",
            "demonstrate that", "demonstrates that", "indicate that", "indicates that", "results", "findings");
    /** What earlier work lacks: said in other words than the authors' own ("we", "our"). */
    private static final Pattern GAP = Pattern.compile("\\b(?:however|existing|prior|previous|current(?:ly)?|remains?|limited|"
            + "(?:a |the |one )(?:key |main |central |major )?challenges? (?:is|lies|remains)|"
            + "limitations?|lacks?|lacking|fails?|failing|struggles?|suffers?|bottlenecks?|costly|expensive|overlook(?:s|ed)?|"
            + "neglect(?:s|ed)?|unclear|unexplored|little is known|insufficient|inefficient|vulnerable|hinders?|hindered|"
            + "difficult|challenging|rel(?:y|ies) on|open question|yet|but|although|despite)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern STAKES = Pattern.compile("\\b(?:fragile|vulnerab\\w*|costly|expensive|prohibitive\\w*|"
            + "bottlenecks?|barriers?|high-stakes|risks?|challenges|hinders?|limits)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern WIDELY = Pattern.compile("\\b(?:widely|increasingly|essential|critical|crucial|vital)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CONTRAST = Pattern.compile("\\b(?:yet|but|however|while|although)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern OWN = Pattern.compile("\\b(?:we|our|us)\\b", Pattern.CASE_INSENSITIVE);
    private static final List<String> METHOD = List.of("consists of", "comprises", "leverag", "combin", "which uses", "employ",
            "based on", "we design", "we use", "we train", "we formulate", "we introduce", "we develop", "we derive",
            "architecture", "module", "mechanism", "objective", "loss", "by ", "via ", "through ", "key idea", "at its core",
            "decompos", "first ", "then ", "stage", "layer", "encoder", "decoder", "algorithm", "optimiz", "training",
            "reward", "token", "attention", "construct", "curat", "collect", "annotat", "compris", "generat", "synthes",
            "pipeline", "framework", "design", "contains", "covering", "spanning");
    private static final List<String> RESULT = List.of("outperform", "achiev", "improv", "state-of-the-art", "experiments",
            "results show", "results demonstrate", "we find", "we observe", "reduc", "surpass", "speedup", "faster",
            " gains", "yields", "accuracy", "baseline", "compared to", "compared with", "than ", "matches", "exceed",
            "evaluat", "benchmark", "empirical", "comparable to", "on par with", "competitive with");
    private static final Pattern IMPACT = Pattern.compile("\\b(?:enabl\\w*|implications?|paves?|opens?|open up|practical|"
            + "deploy\\w*|suggest\\w*|highlights?|insights?|applicab\\w*|broad\\w*|future|promising|potential|foundation for|"
            + "steps? toward|can be used|can serve|useful|valuable|calls? for|recommend\\w*|underscores?|points? to|lessons?|"
            + "guidance|guide future|seeks? to|aims? to|the community)\\b", Pattern.CASE_INSENSITIVE);
    /** What the work is for ("Ultimately, this work seeks to ..."), not how it works. */
    private static final Pattern PURPOSE = Pattern.compile("\\b(?:seeks? to|aims? to|is intended to|our goal is|the goal of this)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final List<String> RELEASE = List.of("code is available", "code are available", "publicly available",
            "we release", "open-source", "open source", "github.com", "huggingface.co", "will be released", "project page",
            "code and data", "code, data", "is released", "are released", "available at");
    private static final Pattern MEASURED = Pattern.compile(
            "\\d+(?:\\.\\d+)?\\s*(?:\\\\?%|×|x\\b|-fold|fold\\b|times\\b|points?\\b|pp\\b|percent)"
            // a decimal is a measurement unless it is a version ("Llama 3.1", "GPT-4.1"): a capitalised name before it,
            // whatever the case of the rest of the pattern ("a score of 95.32" is a figure), or a third part ("3.1.2")
            + "|(?<!(?-i:[A-Z])[A-Za-z0-9-]{0,20} )(?<![\\w.-])\\d+\\.\\d+(?!\\w|\\.\\d)",
            Pattern.CASE_INSENSITIVE);

    private Sentences() {
    }

    static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        for (String s : SPLIT.split(text.strip())) {
            if (!s.isBlank()) {
                out.add(s.strip().replaceAll("\\s+", " "));
            }
        }
        return out;
    }

    /** The index of the sentence stating the contribution: the first that proposes something, else the first finding, else 0. */
    static int contribution(List<String> sentences) {
        for (List<String> cues : List.of(CONTRIBUTION, FINDING)) {
            for (int i = 0; i < sentences.size(); i++) {
                // "We therefore present STREAM" presents as "we present" does
                if (has(LINKED.matcher(sentences.get(i)).replaceAll("$1 "), cues)) {
                    return i;
                }
            }
        }
        return 0;
    }

    /** Whether a sentence says what the paper contributes ("we propose", "this paper introduces"). */
    static boolean contributes(String s) {
        return has(s, CONTRIBUTION);
    }

    /** Whether a sentence speaks of the authors' own work ("we find", "our results"), not of earlier work's. */
    static boolean own(String s) {
        return OWN.matcher(s).find();
    }

    /** A sentence that reports what was found rather than how the method works. */
    static boolean finding(String s) {
        return has(s, FOUND);
    }

    /**
     * How clearly a sentence says what is at stake in the problem a paper takes on (0: not at all): a cost, a
     * risk, a limit ("RLHF further challenges training efficiency due to expanding model sizes"), or a wide use
     * set against a weakness ("MLLMs have become widely deployed, yet their safety alignment remains fragile").
     */
    static int stakes(String s) {
        if (OWN.matcher(s).find()) {
            return 0;
        }
        // "widely used" alone is background; with a "yet" or "but" it sets up what is at stake
        return STAKES.matcher(s).find() ? 2 : WIDELY.matcher(s).find() && CONTRAST.matcher(s).find() ? 1 : 0;
    }

    static boolean gap(String s) {
        return GAP.matcher(s).find() && !OWN.matcher(s).find();
    }

    static boolean method(String s) {
        return has(s, METHOD);
    }

    static boolean release(String s) {
        return has(s, RELEASE);
    }

    static boolean impact(String s) {
        return IMPACT.matcher(s).find();
    }

    /** A sentence on what the work is for ("Ultimately, this work seeks to ..."): an impact, not an innovation. */
    static boolean purpose(String s) {
        return PURPOSE.matcher(s).find();
    }

    /** How strongly a sentence reports measured results: figures count most, then comparisons. */
    static int evidence(String s) {
        if (release(s)) {
            return 0;
        }
        Matcher m = MEASURED.matcher(s);
        int figures = 0;
        while (m.find()) {
            figures++;
        }
        int cues = (int) RESULT.stream().filter(s.toLowerCase(Locale.ROOT)::contains).count();
        return cues == 0 && figures == 0 ? 0 : 3 * Math.min(figures, 4) + Math.min(cues, 3);
    }

    /** A result rather than a description: it reports figures or compares. */
    static boolean result(String s) {
        return evidence(s) >= 3;
    }

    /**
     * "We therefore present", "we instead propose": a word that draws the conclusion between "we" and what they do
     * ("we then develop", "we additionally introduce" are further steps, not the contribution).
     */
    private static final Pattern LINKED = Pattern.compile("\\b([Ww]e) (?:therefore|thus|hence|instead|accordingly|"
            + "consequently|here|now) ");

    static boolean has(String sentence, List<String> cues) {
        String lower = sentence.toLowerCase(Locale.ROOT);
        for (String cue : cues) {
            if (lower.contains(cue)) {
                return true;
            }
        }
        return false;
    }
}
