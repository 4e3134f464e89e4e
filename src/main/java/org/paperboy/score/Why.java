package org.paperboy.score;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.paperboy.paper.Paper;

/**
 * Says why a paper is in a reader's issue the way the reader would: what in this paper matched, in its
 * own words, and which of the reader's interests it serves, in theirs:
 * {@code Model compression: token-wise low-rank KV-cache compression (you follow "low-rank approaches, cache")}.
 */
final class Why {

    /** Longest quote of the reader's own words. */
    private static final int QUOTE = 90;
    /** A title of at most this many words may be quoted whole. */
    private static final int WHOLE_TITLE = 12;
    /**
     * Stems that a topic's prose shares with papers on anything ("large-scale", "models", "training
     * dynamics", "analysis", "algorithmic innovations"): a match on these alone says nothing about why a paper is there.
     */
    private static final java.util.Set<String> GENERIC = java.util.Set.of("large", "scale", "largescale", "model", "dynamic",
            "analysi", "analys", "train", "learn", "network", "neural", "data", "system", "task", "performance", "result",
            "language", "deep", "framework", "level", "new", "novel", "innov", "algorithm", "algorithmic", "techniqu", "enabl",
            "method", "approach", "optim", "optimiz", "optimis", "optimize", "optimise", "effici");

    /** True when the phrase (as stems) holds a word that does not fit papers on anything ("model", "learning"). */
    static boolean telling(List<String> stems) {
        return !GENERIC.containsAll(stems);
    }

    /**
     * Reasons already worded: readers who share a topic or keyword are given the same reason for the same
     * paper, and finding the paper's words for it costs more than scoring it.
     */
    private static final Cache<Object, String> SAID = Caffeine.newBuilder().maximumSize(50_000).build();

    private record Matched(Paper paper, String interest, boolean keywords, List<List<String>> stems, List<String> joined,
            List<String> sources) {
    }

    private record Near(Paper paper, String interest, boolean keywords, String phrase) {
    }

    private Why() {
    }

    /**
     * For a paper that holds phrases of one of the reader's criteria: {@code interest} is the topic's name
     * ("" for keywords or a topic without one), {@code sources} the reader's items those phrases come from.
     * "" when the phrases are only words a topic's prose shares with papers on anything ("large-scale models"):
     * they say nothing of why the paper is there, and its closeness in meaning says more.
     */
    static String matched(Paper paper, String interest, boolean keywords, List<List<String>> stems, List<String> joined,
            List<String> sources) {
        return SAID.get(new Matched(paper, interest, keywords, stems, joined, sources),
                m -> matchedAnew(paper, interest, keywords, stems, joined, sources));
    }

    private static String matchedAnew(Paper paper, String interest, boolean keywords, List<List<String>> stems, List<String> joined,
            List<String> sources) {
        if (!keywords) {
            // "large-scale models" taken from a topic's prose matches a paper on anything large-scale: it is no reason
            List<Integer> telling = new ArrayList<>();
            for (int k = 0; k < stems.size(); k++) {
                if (telling(stems.get(k))) {
                    telling.add(k);
                }
            }
            if (telling.isEmpty()) {
                return "";
            }
            if (telling.size() < stems.size()) {
                stems = telling.stream().map(stems::get).toList();
                joined = telling.stream().map(joined::get).toList();
                sources = telling.stream().map(sources::get).toList();
            }
        }
        PaperPhrases.Phrase found = PaperPhrases.best(paper, stems, joined);
        if (keywords && found != null && found.inTitle() && found.words().size() < 2 && saysNoMore(found.text(), sources)) {
            // a title that names the keyword alone ("Sparse but not Simpler: ..."): the abstract may say of what
            PaperPhrases.Phrase said = PaperPhrases.bestInAbstract(paper, stems, joined);
            found = said != null && said.words().size() >= 2 ? said : found;
        }
        // a topic's item the quote holds only in part ("test-time latency" for "test-time compute") is not said to be followed
        List<String> yours = yours(found, interest, stems, joined, sources, !keywords);
        if (yours.isEmpty() && found != null && yours(found, interest, stems, joined, sources, false).isEmpty()) {
            yours = yours(null, interest, stems, joined, sources, false);
        }
        String theirs = found == null || found.words().isEmpty() ? "" : found.text();
        if (found == null || found.words().size() < 2 || yours.size() == 1 && Text.stems(yours.get(0)).equals(Text.stems(theirs))
                || keywords && saysNoMore(theirs, yours)
                || !interest.isEmpty() && Text.stems(interest).equals(Text.stems(theirs))) {
            // the paper's own words say no more than the reader's (or the topic's name): its title does
            PaperPhrases.Phrase title = PaperPhrases.title(paper);
            if (keywords && found != null && (title == null || stems.stream().noneMatch(k -> title.stems().stream()
                    .anyMatch(k::contains)))) {
                // the title's phrase without a word of the keyword would read as if it held it: say where the paper writes
                // it, or quote the title, or its part, that holds it ("Sparse but not Simpler: A ...")
                String where = !found.inTitle() ? abstractPart(paper, stems) : titlePart(paper, stems);
                return sentence((yours.size() == 1 ? "Keyword " : "Keywords ") + quote(yours), where, "");
            }
            theirs = title == null ? theirs : title.text();
        }
        if (keywords) { // the keywords are the interest: Keyword "pruning": structured pruning of attention heads
            boolean same = saysNoMore(theirs, yours);
            return sentence((yours.size() == 1 ? "Keyword " : "Keywords ") + quote(yours), same ? "" : theirs, "");
        }
        yours.removeIf(theirs::equalsIgnoreCase);
        return sentence(interest, theirs, yours.isEmpty() ? "" : "you follow " + quote(yours));
    }

    /** True when the paper's words hold nothing but the reader's keywords' ("pruning and quantization" for "Pruning, Quantization"). */
    private static boolean saysNoMore(String theirs, List<String> yours) {
        java.util.Set<String> said = new java.util.HashSet<>();
        yours.forEach(y -> said.addAll(Text.stems(y)));
        return !yours.isEmpty() && said.containsAll(Text.stems(theirs));
    }

    /**
     * The abstract's words from the first that is the keyword's to the end of its clause, at most {@value
     * #CLAUSE_WORDS} words: "quantization to reduce storage overhead" of "We also incorporate quantization to
     * reduce storage overhead." Where the clause ends at once, that the abstract names it.
     */
    private static String abstractPart(Paper paper, List<List<String>> stems) {
        for (String clause : CLAUSE.split(paper.abstractText())) {
            String[] words = clause.strip().split("\\s+");
            for (int i = 0; i < words.length; i++) {
                String stem = Text.stem(Text.fold(words[i]).replaceAll("[^a-z0-9-]", ""));
                if (stems.stream().anyMatch(k -> k.contains(stem))) {
                    int end = Math.min(words.length, i + CLAUSE_WORDS);
                    while (end > i + 1 && CLAUSE_EDGE.contains(Text.fold(words[end - 1]))) {
                        end--;
                    }
                    return end - i >= 2 ? String.join(" ", java.util.Arrays.asList(words).subList(i, end)) : "named in the abstract";
                }
            }
        }
        return "named in the abstract";
    }

    private static final int CLAUSE_WORDS = 7;
    /** Where a clause ends: punctuation, or a sentence's end. */
    private static final java.util.regex.Pattern CLAUSE = java.util.regex.Pattern.compile("[,;:()\\[\\]]|[.!?](?:\\s|$)");
    /** Words a quote does not end on. */
    private static final java.util.Set<String> CLAUSE_EDGE = java.util.Set.of("a", "an", "the", "and", "or", "of", "to", "for",
            "in", "on", "with", "by", "from", "as", "at", "into", "that", "which", "while", "its", "their", "our", "is", "are");

    /**
     * The title, or its part before or after the colon, that holds a word of the keyword, when short enough to
     * quote: "Aligning Rewards and States for Reasoning in Diffusion Large Language Models" for "reasoning".
     */
    private static String titlePart(Paper paper, List<List<String>> stems) {
        String title = paper.title().strip().replaceAll("[.]+$", "");
        List<String> parts = new ArrayList<>(List.of(title));
        int colon = title.indexOf(": ");
        if (colon > 0) {
            parts.add(title.substring(0, colon));
            parts.add(title.substring(colon + 2));
        }
        for (String part : parts) {
            List<String> words = Text.stems(part);
            if (part.split("\\s+").length <= WHOLE_TITLE && stems.stream().anyMatch(k -> k.stream().anyMatch(words::contains))) {
                return part;
            }
        }
        return "named in the title";
    }

    /**
     * The reader's items (at most three) that the quote of the paper answers; all of them when there is no quote.
     * {@code whole}: only items the quote holds every word of.
     */
    private static List<String> yours(PaperPhrases.Phrase found, String interest, List<List<String>> stems, List<String> joined,
            List<String> sources, boolean whole) {
        List<String> yours = new ArrayList<>();
        for (int k = 0; k < stems.size(); k++) {
            String s = sources.get(k).replaceAll("[.;:,]+$", "");
            boolean held = found == null
                    || (whole ? found.holdsWhole(stems.get(k), joined.get(k)) : found.holds(stems.get(k), joined.get(k)));
            if (held && !s.equalsIgnoreCase(interest) && !yours.contains(s) && yours.size() < 3) {
                yours.add(s);
            }
        }
        return yours;
    }

    /**
     * For a paper close in meaning to one of the reader's topics, or to their keywords: {@code phrase} is the
     * part of it nearest the paper.
     */
    static String near(Paper paper, String interest, boolean keywords, String phrase) {
        return SAID.get(new Near(paper, interest, keywords, phrase), n -> nearAnew(paper, interest, keywords, phrase));
    }

    private static String nearAnew(Paper paper, String interest, boolean keywords, String phrase) {
        List<String> stems = Text.stems(phrase);
        // a phrase of everyday words ("Algorithmic") that the paper writes is no more a match than one it does not
        PaperPhrases.Phrase found = stems.isEmpty() || !telling(stems) ? null : PaperPhrases.best(paper, List.of(stems), null);
        boolean named = found != null && !found.words().isEmpty();
        if (!named) {
            found = nearestInTitle(paper, stems);
        }
        if (named && !interest.isEmpty() && Text.stems(interest).equals(Text.stems(found.text()))) {
            PaperPhrases.Phrase title = PaperPhrases.title(paper); // the topic's name is no match: the title says more
            found = title == null ? found : title;
        }
        String theirs = found == null ? "" : found.text();
        if (keywords) {
            // a keyword the paper never writes is only what it comes closest to in meaning, and said so
            String which = phrase.isEmpty() ? "your keywords" : (named ? "keyword " : "your keyword ") + quote(List.of(phrase));
            return sentence(named ? capitalized(which) : "Close in meaning to " + which, theirs, "");
        }
        if (!named) {
            // nothing of the topic is in the paper's words: it is near the topic in meaning only, and said so, with
            // the reader's words it comes nearest ("distributed training techniques"), so they can tell what drew it
            String which;
            if (phrase.isEmpty() || phrase.equalsIgnoreCase(interest)) {
                which = interest.isEmpty() ? "your interests" : "your topic " + quote(List.of(interest));
            } else {
                which = interest.isEmpty() ? "your words " + quote(List.of(phrase))
                        : quote(List.of(phrase)) + " (your topic " + quote(List.of(interest)) + ")";
            }
            return sentence("Close in meaning to " + which, theirs, "");
        }
        String follow = phrase.equalsIgnoreCase(interest) || phrase.equalsIgnoreCase(theirs) ? "" : "you follow " + quote(List.of(phrase));
        return sentence(interest, theirs, follow);
    }

    /**
     * For a paper that never writes the reader's phrase whole: the title's phrase that shares most of the
     * phrase's telling words ("3D CAD model generation" for "3D reconstruction"), else what the title says the
     * paper is.
     */
    private static PaperPhrases.Phrase nearestInTitle(Paper paper, List<String> stems) {
        List<List<String>> telling = stems.stream().filter(s -> !GENERIC.contains(s)).map(List::of).toList();
        PaperPhrases.Phrase shared = telling.isEmpty() ? null : PaperPhrases.best(paper, telling, null);
        return shared != null && shared.inTitle() && shared.words().size() >= 2 ? shared : PaperPhrases.title(paper);
    }

    /**
     * The reason for a followed author's paper: the author, and, when the paper is not clearly on the reader's
     * interests (relevance below {@link Score#CLEARLY_ON}, as the mail's legend says) or is on what they leave
     * out, that it is sent for the author alone.
     */
    static String author(String author, int relevance, String excludedBy) {
        String match = "Author match: " + author;
        if (!excludedBy.isEmpty()) {
            return excepted(match, excludedBy);
        }
        return relevance < Score.CLEARLY_ON ? match + " (sent for the " + whom(match) + "; not clearly on your interests)" : match;
    }

    /** A followed author's paper on something the reader leaves out: sent for the author, and said so. */
    static String excepted(String authorMatch, String excludedBy) {
        return authorMatch + " (sent for the " + whom(authorMatch) + ", although it is on " + quote(List.of(excludedBy))
                + ", which you leave out)";
    }

    /** "author", or "authors" when the match names several ("X, first author; Y, last author"). */
    private static String whom(String authorMatch) {
        return authorMatch.contains("; ") ? "authors" : "author";
    }

    private static String sentence(String interest, String theirs, String follow) {
        StringBuilder out = new StringBuilder();
        if (!interest.isEmpty()) {
            out.append(interest);
        }
        if (!theirs.isEmpty()) {
            out.append(out.length() > 0 ? ": " : "").append(theirs);
        }
        if (!follow.isEmpty()) {
            out.append(out.length() > 0 ? " (" + follow + ")" : capitalized(follow));
        }
        return out.toString();
    }

    private static String capitalized(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    /** The reader's items in quotes, cut at a word if very long. */
    static String quote(List<String> items) {
        String joined = String.join(", ", items);
        if (joined.length() > QUOTE) {
            int cut = joined.lastIndexOf(' ', QUOTE);
            joined = joined.substring(0, cut > 0 ? cut : QUOTE).replaceAll("[,;:]$", "") + "…";
        }
        return "\"" + joined + "\"";
    }
}
