package org.paperboy.score;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Words reduced to comparable stems: lower case, accents folded, common English suffixes cut. */
public final class Text {

    private static final Set<String> STOP = Set.of(
            "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "has", "have", "in", "into", "is", "it",
            "its", "of", "on", "or", "that", "the", "their", "this", "to", "with", "we", "our", "other", "such", "e.g",
            "eg", "etc", "ie", "i.e", "new", "based", "using", "via", "papers", "paper", "work", "works", "study",
            "studies", "method", "methods", "approach", "approaches", "about", "also", "any", "these", "those", "how",
            "which", "what", "when", "where", "who", "not", "but", "than", "more", "most", "can", "will", "may",
            "only", "mainly", "clear", "specific", "known", "existing", "focus", "keep", "filter", "relevant",
            "general", "related", "like", "including", "include", "improvements", "innovation", "innovations");

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern BETWEEN_WORDS = Pattern.compile("[^a-z0-9-]+");
    private static final Pattern HYPHENS = Pattern.compile("-+");
    private static final Pattern EDGE_HYPHENS = Pattern.compile("^-+|-+$");

    private Text() {
    }

    /** Lower case with accents dropped ("Schrödinger" is "schrodinger"). */
    public static String fold(String s) {
        String n = ascii(s) ? s : MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        return n.toLowerCase(Locale.ROOT);
    }

    /** Plain ASCII has no accents to take apart. */
    private static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Content-word stems in order, stop words dropped. */
    public static List<String> stems(String s) {
        List<String> out = new ArrayList<>();
        for (String[] w : words(s)) {
            out.add(w[1]);
        }
        return out;
    }

    /**
     * Content words as written (folded to lower case) with their stems, in order. A hyphenated word
     * gives its parts and then the whole: "multi-modal" is also "multimodal", as many papers write it.
     */
    static List<String[]> words(String s) {
        List<String[]> out = new ArrayList<>();
        for (String token : BETWEEN_WORDS.split(fold(s))) {
            for (String w : HYPHENS.split(token)) {
                if (w.length() > 1 && !STOP.contains(w)) {
                    out.add(new String[] {w, stem(w)});
                }
            }
            String joined = token.replace("-", "");
            if (joined.length() != token.length() && joined.length() > 4 && token.indexOf('-') > 0) {
                out.add(new String[] {EDGE_HYPHENS.matcher(token).replaceAll(""), stem(joined)});
            }
        }
        return out;
    }

    /** True when the text holds the phrase's stems one after the other, or its stem run together ({@code joined}, may be null). */
    static boolean adjacent(String text, List<String> phrase, String joined) {
        List<String> stems = stems(text);
        return joined != null && stems.contains(joined) || adjacent(stems, phrase);
    }

    /** True when the stems hold the phrase's stems one after the other. */
    static boolean adjacent(List<String> stems, List<String> phrase) {
        return java.util.Collections.indexOfSubList(stems, phrase) >= 0;
    }

    public static String stem(String w) {
        if (w.length() <= 4) {
            return w;
        }
        // "quantization" is "quantiz" as "quantized" is, not "quant" as "quantity" is
        for (String suffix : new String[] {"ational", "ations", "ation", "ments", "ment", "ities", "ity", "ness", "ings", "ing",
                "ies", "ied", "ers", "er", "ed", "es", "s"}) {
            if (w.endsWith(suffix) && w.length() - suffix.length() >= 4) {
                return w.substring(0, w.length() - suffix.length());
            }
        }
        return w;
    }
}
