package org.paperboy.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An abstract's sentences, and whether one stands on its own: no "this", "it", "these" or "to address this"
 * whose referent is in an earlier sentence. An opening that only points back ("To address this limitation,",
 * "However,") is cut off when the rest of the sentence stands.
 */
final class AbstractSentences {

    /** A sentence ends at . ! ? before a capital, but not after "e.g.", "et al.", "Fig.", an initial or a number. */
    private static final Pattern END = Pattern.compile(
            "(?<=[.!?])(?<!\\b(?:e\\.g|i\\.e|et al|vs|Fig|Eq|Sec|Tab|No|cf|resp|approx|ca|[A-Z])\\.)\\s+(?=[A-Z(\\[\"“])");
    /** Openings that point back to the sentence before, and can go. */
    private static final Pattern BACK = Pattern.compile("^(?:(?:And|But|So|Then|Yet|However|Moreover|Furthermore|Additionally|In addition|Also|"
            + "Thus|Therefore|Hence|Consequently|As a result|Accordingly|Instead|Meanwhile|Nevertheless|Nonetheless|"
            + "Specifically|Concretely|In particular|Notably|Importantly|Crucially|Finally|Overall|In summary|In short|"
            + "In this (?:paper|work|study|article|letter)|Here|To this end|To that end|Building on (?:this|these|that)[^,]*|"
            + "(?:To|In order to) (?:address|tackle|overcome|fill|bridge|solve|mitigate|close|resolve|alleviate|handle|remedy|"
            + "study|investigate|answer|explore|fix|avoid) (?:this|these|those|such|that|the above|both)[^,]*|"
            + "(?:Motivated|Inspired|Driven|Guided) by (?:this|these|that|those|such)[^,]*|"
            + "(?:Based on|Given|With|Against|Following|Leveraging) (?:this|these|that|those|such)[^,]*|"
            + "(?:Unlike|Compared (?:to|with)) (?:prior|previous|existing|these|those|such)[^,]*),\\s*)+");
    /** A pronoun or demonstrative that opens a sentence and points back. */
    private static final Pattern OPENS_BACK = Pattern.compile(
            "^(?:It|Its|They|Their|Them|These|Those|Such|Both|This|That|Here|The former|The latter|Another|Other)\\b");
    /**
     * "this", "these" or "the two" before a noun: points back unless the noun is the paper itself or is named
     * earlier in the sentence.
     */
    private static final Pattern DEMONSTRATIVE = Pattern.compile("\\b(?:this|these|those|such|the (?:two|three|four|both))\\s+([a-z][a-z-]+)");
    private static final Pattern ALWAYS_BACK = Pattern.compile(
            "\\b(?:aforementioned|the above|above-mentioned|the former|the latter|as mentioned|as discussed)\\b", Pattern.CASE_INSENSITIVE);
    private static final List<String> THE_PAPER = List.of("paper", "work", "study", "article", "letter", "report", "thesis",
            "manuscript", "survey", "position", "end", "way", "reason", "purpose");

    /** Where a very long sentence can end early and still say its main clause: before its list or relative clause. */
    private static final Pattern CLAUSE = Pattern.compile(":\\s|;\\s|,\\s(?:which|whose|where|including|consisting|comprising)\\s");
    /** Sentences longer than this are ended at their first clause boundary when there is one. */
    static final int LONGEST = 400;

    private AbstractSentences() {
    }

    /** The sentence, or when longer than {@link #LONGEST} its main clause up to the first boundary, as a sentence. */
    static String shortened(String sentence) {
        if (sentence.length() <= LONGEST) {
            return sentence;
        }
        Matcher m = CLAUSE.matcher(sentence);
        while (m.find()) {
            if (m.start() >= 60 && m.start() <= LONGEST) {
                return sentence.substring(0, m.start()).strip().replaceAll("[,;:]$", "") + ".";
            }
        }
        return sentence;
    }

    static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        for (String s : END.split(text.strip())) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    /** The sentence with an opening that points back cut off, capitalised; "" when what is left still points back. */
    static String standing(String sentence) {
        String s = BACK.matcher(sentence).replaceFirst("");
        if (s.isEmpty()) {
            return "";
        }
        s = Character.toUpperCase(s.charAt(0)) + s.substring(1);
        Matcher opens = OPENS_BACK.matcher(s);
        if (opens.find() && !(opens.group().equals("This") && s.matches("This (?:paper|work|study|article|letter|report)\\b.*"))) {
            return "";
        }
        if (ALWAYS_BACK.matcher(s).find()) {
            return "";
        }
        Matcher d = DEMONSTRATIVE.matcher(s.toLowerCase(Locale.ROOT));
        while (d.find()) {
            String noun = d.group(1);
            String before = s.substring(0, d.start()).toLowerCase(Locale.ROOT);
            String stem = noun.length() > 4 && noun.endsWith("s") ? noun.substring(0, noun.length() - 1) : noun;
            if (!THE_PAPER.contains(noun) && !before.contains(stem)) {
                return "";
            }
        }
        return s;
    }
}
