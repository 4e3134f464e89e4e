package org.paperboy.score;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.paperboy.paper.Paper;

/** What an abstract reports as evidence: measured results, comparisons, proofs. */
final class Evidence {

    private static final Pattern MEASURED = Pattern.compile(
            "\\d+(?:\\.\\d+)?\\s*(?:%|×|x\\b|-fold|fold\\b|times\\b|points?\\b|pp\\b|percentage)", Pattern.CASE_INSENSITIVE);
    private static final List<String> COMPARED = List.of("outperform", "surpass", "baseline", "compared to", "compared with",
            "state-of-the-art", "state of the art", "than ", "beats", "exceed");
    private static final List<String> PROVED = List.of("we prove", "theorem", "provabl", "guarantee", "upper bound", "lower bound",
            "convergence", "theoretical", "closed-form", "we derive");
    private static final List<String> SURVEY = List.of("survey", "benchmark", "dataset", "position paper", "we evaluate",
            "empirical study", "case study", "we review", "tutorial", "systematic review");

    private Evidence() {
    }

    static int numbers(Paper p) {
        Matcher m = MEASURED.matcher(p.abstractText());
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    static int comparisons(Paper p) {
        return count(p.abstractText(), COMPARED);
    }

    static int theory(Paper p) {
        return count(p.title() + " " + p.abstractText(), PROVED);
    }

    static int kind(Paper p) {
        return count(p.title() + " " + p.abstractText(), SURVEY);
    }

    private static int count(String text, List<String> cues) {
        String lower = text.toLowerCase(Locale.ROOT);
        return (int) cues.stream().filter(lower::contains).count();
    }
}
