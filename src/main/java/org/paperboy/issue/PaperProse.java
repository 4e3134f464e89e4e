package org.paperboy.issue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.paperboy.paper.Paper;

/**
 * What one weekly issue says about its papers, offline: sentences of their abstracts, each made to
 * stand alone, and none said twice in the issue. A breakthrough gets four different things: why it is
 * novel (the gap it closes and what it contributes), how (its key innovations), evidence (measured
 * results first) and impact (what it enables, what is at stake in its problem, or who it matters to).
 */
final class PaperProse {

    /** The four parts of a breakthrough; innovations and evidence may be empty, the rest never. */
    record Parts(String whyNovel, List<String> innovations, List<String> evidence, String impact) {
    }

    private static final int MAX_WHY_WORDS = 80;
    private static final int INNOVATIONS = 2;
    private static final int EVIDENCE = 2;
    private static final int LONG = 60;
    /** Past this, a sentence is a paragraph (findings (1) to (3), each with its figures): the abstract says it better. */
    private static final int MAX_QUOTED_WORDS = 100;

    /** What the issue has said so far, compared without case, spacing or the final full stop. */
    private final Set<String> said = new HashSet<>();

    /** A sentence the issue composes itself (a takeaway, a trend's line): it counts as said too. */
    boolean say(String sentence) {
        return said.add(key(sentence));
    }

    private boolean unsaid(String sentence) {
        return !said.contains(key(sentence));
    }

    private static String key(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replaceAll("[.!?\\s]+$", "").strip();
    }

    /**
     * @param audience who the paper matters to ("KV-cache compression"), for an impact the abstract does not state
     */
    Parts breakthrough(Paper p, String audience) {
        Abstract a = new Abstract(p);
        String why = whyNovel(a);
        List<String> innovations = new ArrayList<>();
        for (int i = a.contribution + 1; i < a.size() && innovations.size() < INNOVATIONS; i++) {
            if (Sentences.method(a.raw(i)) && how(a.raw(i)) && !Sentences.purpose(a.raw(i)) && !furtherUses(a, i)) {
                a.alone(i).ifPresent(innovations::add);
            }
        }
        for (int i = a.contribution + 1; i < a.size() && innovations.isEmpty(); i++) {
            if (how(a.raw(i)) && !Sentences.impact(a.raw(i)) && !furtherUses(a, i)) {
                a.alone(i).ifPresent(innovations::add);
            }
        }
        List<String> evidence = evidence(a);
        String impact = impact(a, audience);
        return new Parts(why, innovations, evidence, impact);
    }

    /**
     * A sentence on how the method works: not a result, a claim of one ("AsyncPatch achieves generation quality
     * comparable to ..."), a finding, a release or a gap in earlier work.
     */
    private static boolean how(String s) {
        return !Sentences.result(s) && !CLAIM.matcher(s).find() && !Sentences.finding(s) && !Sentences.release(s)
                && !Sentences.gap(s);
    }

    /** Where a sentence opens a numbered list: ": (1) Foundations, ...", ": (i) ...". */
    private static final Pattern LIST = Pattern.compile(":\\s*\\(?(?:1|i|a)\\)\\s");

    /** A sentence whose subject, in its first few words, achieves or beats something: a result, however few figures. */
    private static final Pattern CLAIM = Pattern.compile("^(?:\\S+\\s){1,4}(?:achieves|outperforms|"
            + "surpasses|matches|attains|delivers|rivals|exceeds)\\b");

    /** A notable paper's line: its contribution, standing alone. */
    String line(Paper p) {
        Abstract a = new Abstract(p);
        // a contribution that opens a numbered list is its part before the list: one line, not the paper's outline
        Optional<String> line = a.beforeList(a.contribution).or(() -> a.withBefore(a.contribution));
        // what follows the contribution says more about the paper than the background before it
        for (int i = a.contribution + 1; i < a.size() && line.isEmpty(); i++) {
            line = a.alone(i);
        }
        for (int i = 0; i < a.contribution && line.isEmpty(); i++) {
            line = a.alone(i);
        }
        // a contribution that says no more than the title ("GeM-VG, an MLLM capable of Generalized Multi-image Visual
        // Grounding") is followed by what the paper reports
        if (line.isPresent() && saysNoMoreThan(line.get(), p.title())) {
            for (int i = a.contribution + 1; i < a.size(); i++) {
                if (Sentences.result(a.raw(i))) {
                    Optional<String> result = a.alone(i);
                    if (result.isPresent()) {
                        return line.get() + " " + result.get();
                    }
                }
            }
        }
        return line.orElse("");
    }

    /** Words a contribution holds whatever it contributes: they tell a reader of its title nothing more. */
    private static final Set<String> ANY_CONTRIBUTION = Set.of("the", "a", "an", "of", "for", "to", "in",
            "on", "with", "and", "or", "via", "by", "that", "which", "is", "are", "we", "our", "this", "paper", "authors",
            "propose", "proposes", "present", "presents", "introduce", "introduces", "novel", "new", "framework", "method",
            "approach", "model", "models", "capable", "towards", "toward", "mllm", "mllms", "llm", "llms");

    /** True when the line's words, but at most two, are the title's or any contribution's. */
    static boolean saysNoMoreThan(String line, String title) {
        Set<String> known = new HashSet<>(words(title));
        known.addAll(ANY_CONTRIBUTION);
        return words(line).stream().filter(w -> !known.contains(w)).count() <= 2;
    }

    private static List<String> words(String s) {
        return Arrays.stream(s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}-]+")).filter(w -> !w.isEmpty()).toList();
    }

    /** The gap in earlier work and what the paper contributes; the contribution alone when the two run long. */
    private String whyNovel(Abstract a) {
        int c = a.contribution;
        Optional<String> contribution = a.withBefore(c);
        for (int i = c + 1; i < a.size() && contribution.isEmpty(); i++) {
            // where the code is says nothing new: "Our code is released at https://..." is no contribution
            if (!Sentences.result(a.raw(i)) && !Sentences.release(a.raw(i))) {
                contribution = a.withBefore(i);
            }
        }
        if (contribution.isEmpty()) {
            return "";
        }
        for (int j = a.first - 1; j >= 0; j--) {
            if (Sentences.gap(a.raw(j)) && !a.taken[j]) {
                int at = j;
                Optional<String> gap = Standalone.of(a.sentences, j, a.name)
                        .map(x -> a.spelled(at, x)).filter(this::unsaid);
                if (gap.isPresent() && Standalone.words(gap.get() + " " + contribution.get()) <= MAX_WHY_WORDS) {
                    a.taken[j] = true;
                    a.told.append(' ').append(gap.get());
                    say(gap.get());
                    return gap.get() + " " + contribution.get();
                }
                break;
            }
        }
        return contribution.get();
    }

    /** Measured results, the strongest first: figures, then comparisons. */
    private List<String> evidence(Abstract a) {
        // results come after the contribution; what comes before mostly reports earlier work's
        List<Integer> candidates = measured(a, a.contribution + 1);
        if (candidates.isEmpty()) {
            // before it, only what the authors say they found ("We find that ..."), never what existing methods do
            candidates = measured(a, 0).stream().filter(i -> Sentences.own(a.raw(i)))
                    .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        }
        // among sentences with figures, one that runs on for a paragraph comes after those of readable length
        candidates.sort(Comparator.comparing((Integer i) -> !Sentences.result(a.raw(i)))
                .thenComparing(i -> Standalone.words(a.raw(i)) > LONG)
                .thenComparingInt(i -> -Sentences.evidence(a.raw(i))).thenComparingInt(i -> i));
        // a sentence with figures makes one that only mentions an evaluation unnecessary
        boolean figures = !candidates.isEmpty() && Sentences.result(a.raw(candidates.get(0)));
        List<String> texts = new ArrayList<>();
        for (int i : candidates) {
            if (texts.size() < EVIDENCE && (!figures || Sentences.result(a.raw(i)))) {
                a.alone(i).ifPresent(texts::add);
            }
        }
        return texts;
    }

    private static List<Integer> measured(Abstract a, int from) {
        List<Integer> out = new ArrayList<>();
        for (int i = from; i < a.size(); i++) {
            // what the work is for ("this work seeks to ... quantify hallucination rates") is no result
            if (!a.taken[i] && Sentences.evidence(a.raw(i)) > 0 && !Sentences.purpose(a.raw(i))) {
                out.add(i);
            }
        }
        return out;
    }

    /** A sentence that ends on what its results imply: ", suggesting that ...". */
    private static final Pattern IMPLIED = Pattern.compile(",\\s+(suggesting|indicating|implying|highlighting|underscoring) that\\s+"
            + "([^;]{20,}[.!?])$", Pattern.CASE_INSENSITIVE);
    private static final Pattern PRONOUN = Pattern.compile("(?:it|its|they|their|them|this|these|those|such)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Map<String, String> IMPLIES = Map.of("suggesting", "suggest", "indicating", "indicate",
            "implying", "imply", "highlighting", "highlight", "underscoring", "underscore");

    /** Whether sentence i closes the abstract on further uses of the method, with no result: its impact, not an innovation. */
    private static boolean furtherUses(Abstract a, int i) {
        return i == a.size() - 1 && FURTHER_USES.matcher(a.raw(i)).find() && !Sentences.result(a.raw(i));
    }

    /** A closing "Finally, we demonstrate ..." that shows the method put to further uses. */
    private static final Pattern FURTHER_USES = Pattern.compile("^(?:Finally|Furthermore|Moreover|Additionally|Beyond [\\w-]+),?\\s+"
            + "we (?:further |also )?(?:demonstrate|show|illustrate|explore)\\b");

    /** How an abstract's closing sentence states what the work concludes: "This study confirms that ...". */
    private static final Pattern CONCLUDES = Pattern.compile("^(?:(?:Overall|In summary|Together|"
            + "Taken together|In conclusion),\\s+)?(?:this|our|these|the) (?:study|work|paper|analysis|research|findings|results|"
            + "experiments) (?:confirms?|shows?|demonstrates?|establish(?:es)?|reveals?|indicates?|highlights?|underscores?)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * What the paper says it enables (its last such sentence), else what its closing sentence concludes, else
     * what is at stake in its problem, else who it matters to.
     */
    private String impact(Abstract a, String audience) {
        for (int i = a.size() - 1; i > a.contribution; i--) {
            if (!a.taken[i] && Sentences.impact(a.raw(i)) && !Sentences.release(a.raw(i))) {
                int at = i;
                Optional<String> s = a.implied(i).or(() -> a.alone(at));
                if (s.isPresent()) {
                    return s.get();
                }
            }
        }
        // else what the abstract concludes in its closing sentence ("This study confirms that current MLLMs ... lack ..."), or
        // what else it shows the method doing there ("Finally, we demonstrate adaptive generation strategies including
        // uncertainty-guided acceleration and autoregressive sampling."): what it opens up, when it reports no result
        int last = a.size() - 1;
        if (last > a.contribution && !a.taken[last] && (CONCLUDES.matcher(a.raw(last)).find() || furtherUses(a, last))) {
            Optional<String> s = a.alone(last);
            if (s.isPresent()) {
                return s.get();
            }
        }
        // else what the authors say is at stake in their problem, which the issue has not quoted yet
        for (int level = 2; level >= 1; level--) {
            for (int i = 0; i < a.contribution; i++) {
                if (!a.taken[i] && Sentences.stakes(a.raw(i)) == level) {
                    Optional<String> s = a.alone(i);
                    if (s.isPresent()) {
                        // said as what the paper takes on: "Impact: At stake: ..." read as two labels
                        return (a.name.isEmpty() ? "The paper" : a.name) + " takes on a problem its authors state: " + s.get();
                    }
                }
            }
        }
        boolean released = false;
        for (int i = 0; i < a.size(); i++) {
            released |= Sentences.release(a.raw(i));
        }
        String subject = a.name.isEmpty() ? "The paper" : a.name;
        String composed = subject + " matters most to researchers working on " + Phrases.plural(audience)
                + (released ? "; its code is public." : ".");
        say(composed);
        return composed;
    }

    /** One abstract's sentences, which of them this issue has used, and the method's name. */
    private final class Abstract {
        final List<String> sentences;
        final String title;
        /** What the issue has quoted of this paper so far, in the order it is read. */
        final StringBuilder told = new StringBuilder();
        final String name;
        final int contribution;
        final boolean[] taken;
        /** The first sentence the why-novel line took (the sentence before the contribution, when it came along). */
        int first;

        Abstract(Paper p) {
            this.title = p.title();
            this.sentences = Sentences.of(p.abstractText());
            this.name = MethodName.of(p.title(), p.abstractText());
            this.contribution = Sentences.contribution(sentences);
            this.taken = new boolean[sentences.size()];
            this.first = contribution;
        }

        int size() {
            return sentences.size();
        }

        String raw(int i) {
            return sentences.get(i);
        }

        /** Sentence i alone, unless it leans on others or the issue said it already; taken when given. */
        Optional<String> alone(int i) {
            if (taken[i]) {
                return Optional.empty();
            }
            Optional<String> s = Standalone.of(sentences, i, name).filter(x -> Standalone.words(x) <= MAX_QUOTED_WORDS)
                    .map(x -> spelled(i, x)).filter(PaperProse.this::unsaid);
            return take(i, s);
        }

        /**
         * What sentence i says its results imply, when it ends on that: "The trained agents further outperform larger
         * models, suggesting that structured representations offer a promising route" is a result, and "The results
         * suggest that structured representations offer a promising route" its impact. Taken when given.
         */
        Optional<String> implied(int i) {
            Matcher m = IMPLIED.matcher(raw(i));
            // "suggesting that it ...": what "it" is, the result before said
            if (!m.find() || PRONOUN.matcher(m.group(2)).lookingAt()) {
                return Optional.empty();
            }
            String implied = "The results " + IMPLIES.get(m.group(1).toLowerCase(Locale.ROOT)) + " that " + m.group(2).strip();
            Optional<String> s = Optional.of(spelled(i, implied)).filter(x -> !Standalone.leans(x) && unsaid(x));
            return take(i, s);
        }

        /** Sentence i's text for the issue, when there is one: taken, and said, so that nothing quotes it again. */
        private Optional<String> take(int i, Optional<String> s) {
            s.ifPresent(x -> {
                taken[i] = true;
                told.append(' ').append(x);
                say(x);
            });
            return s;
        }

        /**
         * Sentence i as quoted ({@code quoted}), each acronym another sentence spells out written out ({@link Acronyms}),
         * unless the title or a sentence already quoted of this paper told the reader ("(OLLMs)" in its why-novel).
         */
        String spelled(int i, String quoted) {
            return Acronyms.spelled(sentences, i, quoted, name, title + told);
        }

        /**
         * Sentence i up to the numbered list it opens, or empty when it opens none: "The authors systematically
         * review text world models for LLM-based agents, organized around a formal framework and the agent
         * lifecycle." of "...: (1) Foundations, defining ...; (2) Construction, ...".
         */
        Optional<String> beforeList(int i) {
            if (taken[i]) {
                return Optional.empty();
            }
            Optional<String> s = Standalone.of(sentences, i, name).flatMap(x -> {
                Matcher list = LIST.matcher(x);
                return list.find() ? Optional.of(x.substring(0, list.start()).strip() + ".") : Optional.empty();
            }).filter(x -> !Standalone.leans(x)).map(x -> spelled(i, x))
                    .filter(PaperProse.this::unsaid);
            return take(i, s);
        }

        /** As {@link #alone}, or with the sentence before it when that is unused. */
        Optional<String> withBefore(int i) {
            Optional<String> s = alone(i);
            if (s.isPresent() || i == 0 || taken[i] || taken[i - 1]) {
                first = s.isPresent() ? i : first;
                return s;
            }
            Optional<String> pair = Standalone.withBefore(sentences, i, name).map(x -> spelled(i, x))
                    .filter(PaperProse.this::unsaid);
            pair.ifPresent(x -> {
                taken[i] = true;
                taken[i - 1] = true;
                first = i - 1;
                say(x);
            });
            return pair;
        }
    }
}
