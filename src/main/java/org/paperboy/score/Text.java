package org.paperboy.score;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

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

    private Text() {
    }

    public static String fold(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return n.toLowerCase(Locale.ROOT);
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
        for (String token : fold(s).split("[^a-z0-9-]+")) {
            for (String w : token.split("-+")) {
                if (w.length() > 1 && !STOP.contains(w)) {
                    out.add(new String[] {w, stem(w)});
                }
            }
            String joined = token.replace("-", "");
            if (joined.length() != token.length() && joined.length() > 4 && token.indexOf('-') > 0) {
                out.add(new String[] {token.replaceAll("^-+|-+$", ""), stem(joined)});
            }
        }
        return out;
    }

    public static String stem(String w) {
        if (w.length() <= 4) {
            return w;
        }
        for (String suffix : new String[] {"ization", "isation", "ational", "ations", "ation", "ments", "ment",
                "ities", "ity", "ness", "ings", "ing", "ies", "ied", "ers", "er", "ed", "es", "s"}) {
            if (w.endsWith(suffix) && w.length() - suffix.length() >= 4) {
                return w.substring(0, w.length() - suffix.length());
            }
        }
        return w;
    }
}
