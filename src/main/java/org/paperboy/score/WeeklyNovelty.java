package org.paperboy.score;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.paperboy.paper.Paper;

/**
 * How new a paper's contribution looks, from what kind of contribution its abstract describes: a
 * theory, a principle, an explanation of how models work reads as newer to a careful judge than a
 * survey, a benchmark or an evaluation, and a longer abstract has more to say. Measured against the
 * judge's novelty on the labelled sets (README "The weekly breakthroughs issue"); words that only
 * praise the work ("novel", "fundamental", "paradigm", "outperforms") are not counted. A kind of
 * contribution the reader asks for in their own words ("papers on building new benchmarks") is not held
 * against a paper.
 */
final class WeeklyNovelty {

    private static final Pattern CONCEPTUAL = Pattern.compile("\\b(?:theor\\w*|prove[sn]?|provabl\\w*|formal\\w*|principle[sd]?|"
            + "hypothes[ie]s|geometr\\w*|mathematical\\w*|laws?|we argue|perspective|emergen\\w*|mechanis\\w*|explain\\w*|"
            + "understand\\w*|insights?)\\b");
    private static final Pattern SURVEYED = Pattern.compile("\\b(?:survey\\w*|review\\w*|benchmark\\w*|datasets?|case stud\\w*|"
            + "empirical stud\\w*|we evaluate|tutorial)\\b");
    /** What each survey cue is a form of, as a reader would write it ("benchmarks", "benchmarking": "benchmark"). */
    private static final List<String> SURVEYED_ROOTS = List.of("survey", "review", "benchmark", "dataset", "case stud",
            "empirical stud", "evaluat", "tutorial");
    /** A survey cue in the title counts this many times more. */
    private static final int TITLE = 2;
    /** The length counts half as much as the kind of contribution. */
    private static final double LENGTH = 0.5;

    private WeeklyNovelty() {
    }

    /** Each paper's novelty relative to the others (standard scores): the kind of contribution, then length. */
    static double[] of(List<Paper> papers) {
        return of(papers, "");
    }

    /**
     * As {@link #of(List)}, for a reader whose interests read {@code asked}: a survey cue whose root they
     * write ("benchmark" in "new benchmarks for embodied AI") does not count against a paper.
     */
    static double[] of(List<Paper> papers, String asked) {
        String wants = asked.toLowerCase(Locale.ROOT);
        List<String> welcome = SURVEYED_ROOTS.stream().filter(wants::contains).toList();
        double[] kind = new double[papers.size()];
        double[] words = new double[papers.size()];
        for (int i = 0; i < kind.length; i++) {
            Paper p = papers.get(i);
            String text = (p.title() + " " + p.abstractText()).toLowerCase(Locale.ROOT);
            // a paper whose title calls it a survey, a benchmark or a dataset is that above all
            kind[i] = count(CONCEPTUAL, text, List.of()) - count(SURVEYED, text, welcome)
                    - TITLE * count(SURVEYED, p.title().toLowerCase(Locale.ROOT), welcome);
            words[i] = p.abstractText().isBlank() ? 0 : p.abstractText().strip().split("\\s+").length;
        }
        double[] k = Vectors.standardize(kind);
        double[] w = Vectors.standardize(words);
        double[] out = new double[k.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = k[i] + LENGTH * w[i];
        }
        return out;
    }

    /** How many different cue words the text uses, leaving out those that begin with a {@code welcome} root. */
    private static int count(Pattern cues, String text, List<String> welcome) {
        java.util.Set<String> found = new java.util.HashSet<>();
        Matcher m = cues.matcher(text);
        while (m.find()) {
            String cue = m.group();
            if (welcome.stream().noneMatch(r -> cue.startsWith(r) || cue.startsWith("we " + r))) {
                found.add(cue);
            }
        }
        return found.size();
    }
}
