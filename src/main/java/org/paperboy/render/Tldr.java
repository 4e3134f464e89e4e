package org.paperboy.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.paperboy.issue.Acronyms;
import org.paperboy.issue.Standalone;

/**
 * What a paper does and what it finds, in one or two sentences quoted from its abstract, each standing on
 * its own by the same rules as the weekly issue's quotes ({@link Standalone}: what only links it to the
 * sentence before goes, "we" become the authors, a sentence that still points elsewhere is not taken):
 * the sentence that states the contribution, then the first later one that reports a result, when the two
 * are short enough together. The rest of the abstract is kept
 * apart for readers who want more of it.
 *
 * @param tldr the one or two sentences; "" for an empty abstract
 * @param rest the abstract's other sentences, in order
 */
record Tldr(String tldr, String rest) {

    /** Where a very long sentence can end early and still say its main clause: before its list or relative clause. */
    private static final Pattern CLAUSE = Pattern.compile(":\\s|;\\s|,\\s(?:which|whose|where|including|consisting|comprising)\\s");
    /** Sentences longer than this are ended at their first clause boundary when there is one. */
    static final int LONGEST = 400;
    /** Two sentences longer than this together make a TL;DR of one. */
    static final int MOST = 360;

    private static final List<String> DOES = List.of("we propose", "we introduce", "we present", "we develop", "we design",
            "this paper", "this work", "this study", "we build", "we construct", "we formulate", "we release", "we derive");
    /** "A statistical fault injection framework is presented": what the paper does, said without the authors. */
    private static final Pattern PRESENTED = Pattern.compile("^(?:[^,;:]{0,80},\\s*)?(?:a|an|the|our)\\b[^.;:]{0,160}\\b(?:is|are) "
            + "(?:presented|proposed|introduced|developed)\\b");
    /** "This technical report presents X", "this contribution presents": the paper, by another name, doing what papers do. */
    private static final Pattern THIS_DOCUMENT = Pattern.compile("\\bthis (?:technical |overview |short |position )?(?:paper|report|"
            + "article|letter|contribution|text) (?=(?:presents|introduces|proposes|argues|describes|develops|offers|reports)\\b)");
    /** A sentence whose subject is the authors: "We model ...", "Here, we frame ...". */
    private static final Pattern WE_DO = Pattern.compile("^(?:[^,;:]{0,60},\\s*)?[Ww]e (?!also |further |additionally )[a-z]+");
    private static final Pattern ASKS = Pattern.compile("\\bwe ask (?:whether|if|how|what|why|when)\\b");
    /** "We systematically review", "we therefore propose": the verb after the adverb is what the authors do. */
    private static final Pattern WE_ADVERB = Pattern.compile("\\bwe (?:[a-z]+ly|therefore|thus|hence|instead) ");
    /** A link, or where one was: a sentence that says where the code is. */
    private static final Pattern LINK = Pattern.compile("https?://|github\\.com|\\bat:?\\s*\\.?$");
    /** An acronym: two capitals or more, perhaps with digits and a plural s ("PPT", "AAA", "LLMs", "A2A"). */
    private static final Pattern ACRONYM = Pattern.compile("\\b[A-Z][A-Z0-9]*[A-Z][A-Z0-9]*s?\\b");
    private static final List<String> STUDIES = List.of("we show", "we prove", "we find", "we demonstrate", "we study",
            "we investigate", "we analy", "we establish", "we provide", "we identify", "we examine", "we explore",
            "we evaluate", "we extend", "we revisit", "we characteri", "we argue", "we report", "we describe", "we train",
            "we benchmark", "we leverage", "we conduct a ", "we review", "we survey", "here we", "our ", "in this paper", "in this work", "in this project");
    /** A measured result: preferred to a finding told in words. */
    private static final List<String> MEASURES = List.of("outperform", "achiev", "improv", "reduc", "surpass", "speedup",
            "faster", "%", "×", "state-of-the-art", "state of the art", " gain", "up to", "better than", "accuracy");
    private static final List<String> FINDS = List.of("results show", "experiments show", "show that", "we find",
            "find that", "demonstrat", "reveal", "yield", "matches", "competitive");

    static Tldr of(String title, String abstractText) {
        List<String> sentences = Standalone.sentences(abstractText);
        String name = Standalone.methodName(title, abstractText);
        if (sentences.isEmpty()) {
            return new Tldr("", "");
        }
        // the sentence that introduces what the title names ("LabVLA") before one that builds a part of it ("RoboGenesis")
        int does = -1;
        for (int i = name.isEmpty() || !title.contains(name) ? -1 : find(sentences, DOES, false, 0, Integer.MAX_VALUE, name, null, null);
                i >= 0 && does < 0; i = find(sentences, DOES, false, i + 1, Integer.MAX_VALUE, name, null, null)) {
            does = sentences.get(i).contains(name) ? i : -1;
        }
        if (does < 0) {
            does = find(sentences, DOES, false, 0, Integer.MAX_VALUE, name, null, null);
        }
        if (does < 0) {
            does = find(sentences, STUDIES, false, 0, Integer.MAX_VALUE, name, null, null);
        }
        for (int i = 0; does < 0 && i < sentences.size(); i++) {
            // a question the paper asks says more than its background does, when it says nothing else it does
            if (ASKS.matcher(sentences.get(i).toLowerCase(Locale.ROOT)).find() && !stands(sentences, i, name).isEmpty()) {
                does = i;
            }
        }
        // whatever the authors do ("We model cancer treatment as a planning problem") says more than the background,
        // though not more than a first sentence about the method itself ("Arbor is a multi-agent framework that ...")
        boolean aboutTheMethod = !name.isEmpty() && sentences.get(0).contains(name);
        for (int i = 1; does < 0 && !aboutTheMethod && i < sentences.size(); i++) {
            if (WE_DO.matcher(sentences.get(i)).find() && !LINK.matcher(sentences.get(i)).find()
                    && !stands(sentences, i, name).isEmpty()) {
                does = i;
            }
        }
        if (does < 0) {
            does = 0;
        }
        String first = stands(sentences, does, name);
        // the result sentence may only use a name the reader has met, in the title or the first sentence
        String known = title + " " + first;
        String named = known.contains(name) ? name : "";
        Set<String> defined = Acronyms.defined(abstractText);
        int finds = find(sentences, MEASURES, true, does + 1, MOST - first.length(), named, known, defined);
        if (finds < 0) {
            finds = find(sentences, FINDS, true, does + 1, MOST - first.length(), named, known, defined);
        }
        String second = finds < 0 ? "" : stands(sentences, finds, named);
        boolean both = !second.isEmpty();
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            if (i != does && !(both && i == finds)) {
                rest.add(sentences.get(i));
            }
        }
        // what an acronym stands for, where the abstract says it only in another sentence; the reader has it from the first
        // sentence when the second uses it again
        String spelled = Acronyms.spelled(sentences, does, first, name, title);
        String tldr = both ? spelled + " " + Acronyms.spelled(sentences, finds, second, named, title + " " + spelled) : spelled;
        return new Tldr(tldr, String.join(" ", rest));
    }

    /**
     * A name coined in CamelCase ("EchoSafe", "ZipCal"): the reader needs to have been told what it is. Short
     * ones ("MoE", "LoRA") and names every reader knows are terms, not coinages.
     */
    private static final Pattern COINED = Pattern.compile("\\b[A-Z][a-z]+[A-Z][\\w+]*");
    private static final java.util.Set<String> KNOWN = java.util.Set.of("DeepSeek", "ChatGPT", "GitHub", "PyTorch", "HuggingFace",
            "TensorFlow", "OpenAI", "ImageNet", "YouTube", "WikiText", "MiniLM", "SigLIP", "LibriSpeech", "CommonCrawl", "LaTeX");

    /**
     * Whether every coined name of {@code sentence} is in {@code known}, or its first part is ("OmanicBench"
     * once "Omanic" is known).
     */
    private static boolean introduced(String sentence, String known) {
        Matcher m = COINED.matcher(sentence);
        while (m.find()) {
            String coined = m.group();
            int lastHump = coined.length() - 1;
            while (lastHump > 0 && !Character.isUpperCase(coined.charAt(lastHump))) {
                lastHump--;
            }
            String firstPart = coined.substring(0, lastHump);
            if (coined.length() >= 5 && !KNOWN.contains(coined) && !known.contains(coined)
                    && !(firstPart.length() >= 4 && known.contains(firstPart))) {
                return false;
            }
        }
        return true;
    }

    /** Whether each acronym of {@code sentence} that the abstract defines is in {@code known} or the sentence defines it too. */
    private static boolean spelledOut(String sentence, String known, Set<String> defined) {
        Matcher m = ACRONYM.matcher(sentence);
        while (m.find()) {
            String acronym = m.group();
            String single = acronym.endsWith("s") ? acronym.substring(0, acronym.length() - 1) : acronym;
            boolean definedElsewhere = defined.contains(acronym) || defined.contains(single) || defined.contains(single + "s");
            if (definedElsewhere && !Acronyms.FIELD.contains(single.toUpperCase(Locale.ROOT)) && !known.contains(single)
                    && !sentence.contains("(" + single)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The first sentence from {@code from} on that has one of the cues (for {@code results}, in the words it
     * stands on its own with) and stands on its own in under {@code room} characters, naming nothing that is
     * not in {@code known} (null: anything), nor an acronym that the abstract spells out ({@code defined}) only
     * elsewhere; -1 when none.
     */
    private static int find(List<String> sentences, List<String> cues, boolean results, int from, int room, String name,
            String known, Set<String> defined) {
        for (int i = from; i < sentences.size(); i++) {
            String raw = sentences.get(i).toLowerCase(Locale.ROOT);
            // "we systematically review" is "we review"; "In this work, we ask whether ..." asks, the answer comes later
            String cued = THIS_DOCUMENT.matcher(WE_ADVERB.matcher(raw).replaceAll("we ")).replaceAll("this paper ");
            boolean cue = cues.stream().anyMatch(cued::contains) || cues == DOES && PRESENTED.matcher(raw).find();
            if (!cue || !results && (LINK.matcher(raw).find() || ASKS.matcher(raw).find())) {
                continue; // "We release all data, models, and code at https://...": where to get it, not what the paper does
            }
            String standing = stands(sentences, i, name);
            // a result must be in what is quoted: "To achieve this, we introduce X" reports no achievement
            String said = results ? standing.toLowerCase(Locale.ROOT).replace("the authors", "we") : cued;
            if (!standing.isEmpty() && standing.length() < room && (!results || cues.stream().anyMatch(said::contains))
                    && (known == null || introduced(standing, known) && spelledOut(standing, known, defined))) {
                return i;
            }
        }
        return -1;
    }

    /** The sentence as it can stand alone; the first sentence of an abstract has nothing earlier to point back to. */
    private static String stands(List<String> sentences, int i, String name) {
        // a sentence cut at its main clause can end up announcing what it no longer lists ("three modules.")
        return Standalone.of(sentences, i, name).map(Tldr::shortened).filter(s -> !Standalone.leans(s))
                .orElse(i == 0 ? shortened(sentences.get(0)) : "");
    }

    /** The sentence, or when longer than {@link #LONGEST} its main clause up to the first boundary, as a sentence. */
    static String shortened(String sentence) {
        if (sentence.length() <= LONGEST) {
            return sentence;
        }
        Matcher m = CLAUSE.matcher(sentence);
        while (m.find()) {
            String head = sentence.substring(0, m.start());
            // "ISPO (Intrinsic Signal Policy Optimization, which combines ...": a clause inside brackets is no end
            if (m.start() >= 60 && m.start() <= LONGEST && count(head, '(') <= count(head, ')')) {
                return head.strip().replaceAll("[,;:]$", "") + ".";
            }
        }
        return sentence;
    }

    private static long count(String s, char c) {
        return s.chars().filter(x -> x == c).count();
    }
}
