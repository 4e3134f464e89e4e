package org.paperboy.issue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes a sentence taken out of an abstract read on its own. Abstracts lean on what came before ("To
 * address this, we propose...", "It achieves...", "These results show..."); quoted alone, such a
 * sentence points at context the reader never saw. What only links sentences is dropped, "we" become
 * the authors, "our method" and "this framework" become the method's name when the abstract gives one;
 * a sentence that still points elsewhere is refused (or, where the caller allows it, taken together
 * with the sentence before it).
 */
public final class Standalone {

    /** Words that only tie a sentence to the one before; the sentence says the same without them. */
    private static final Pattern LINK = Pattern.compile("^(?:however|moreover|furthermore|additionally|in addition|finally|eventually|"
            + "specifically|in particular|notably|importantly|overall|besides|further|also|first|firstly|second|secondly|third|"
            + "thirdly|then|next|lastly|crucially|concretely|meanwhile|in contrast|conversely|instead|consequently|therefore|thus|"
            + "hence|as such|as a result|accordingly|ultimately|critically|interestingly|surprisingly|remarkably|nevertheless|"
            + "nonetheless|still|yet|altogether|together|in summary|in short|in sum|to summarize|to sum up|in conclusion|"
            + "on the other hand|to this end|to that end|to do so|in doing so|by doing so|for this purpose|in practice|"
            + "in this context|against this backdrop|in response|concurrently|simultaneously|in parallel|subsequently|afterwards|"
            + "more importantly|most importantly|beyond that|to this aim)(?:,\\s*|\\s+(?=we\\b))", Pattern.CASE_INSENSITIVE);
    /** "(i) For backbone capability, we construct": an item of a list the sentence before began stands without its number. */
    private static final Pattern ENUMERATOR = Pattern.compile("^\\(?(?:i{1,3}|iv|vi{0,3}|ix|x|[1-9]|[a-h])\\)\\s+");
    /** "To address the data side, we build": one of the sides the sentence before named; what follows stands without it. */
    private static final Pattern SIDE_CLAUSE = Pattern.compile("^(?:to address|to tackle|to handle|on|for|as for|regarding|"
            + "turning to) the [\\w-]+(?: [\\w-]+)? (?:side|aspect|front|end|part|half)\\b[^,;:]{0,40},\\s*", Pattern.CASE_INSENSITIVE);
    /** "We further introduce X", "we also propose", "we therefore propose": the adverb ties the sentence to the one before. */
    private static final Pattern WE_TOO = Pattern.compile("\\b([Ww]e) (?:further|also|additionally|therefore|thus|hence|"
            + "accordingly|instead|then) (?=[a-z])");
    /** "In this paper, we...": says where the reader already is. */
    private static final Pattern OPENER = Pattern.compile("^(?:here|in this paper|in this work|in this study|in this article|"
            + "in this letter|in this report|in this position paper|in this survey|in this thesis|in this project|in the present (?:paper|work|study))"
            + "(?:,\\s*|\\s+(?=we\\b))", Pattern.CASE_INSENSITIVE);
    /** A leading clause that points back ("To address these limitations, ..."): what follows stands without it. */
    private static final Pattern BACK_CLAUSE = Pattern.compile("^(?:to|based|building|motivated|inspired|guided|given|in light|"
            + "with|leveraging|using|following|driven|toward|towards|for|within|under|on|beyond|despite|drawing|grounded|"
            + "capitalizing|exploiting|armed|equipped|starting|in)\\b[^,;:]{0,80}?\\b(?:this|these|those|that|such|it|its|"
            + "their|them|above|aforementioned|former|latter)\\b[^,;:]{0,40}?,\\s*", Pattern.CASE_INSENSITIVE);
    /** "Based on our analysis, we propose": the same, for what the authors found before. */
    private static final Pattern OUR_CLAUSE = Pattern.compile("^(?:based|building|motivated|inspired|guided|drawing|grounded)"
            + "\\b[^,;:]{0,60}?\\bour\\b[^,;:]{0,40}?,\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern PAPER = Pattern.compile("^(?:this|our|the present) (?:paper|work|study|article|letter|report|"
            + "thesis|position paper|survey|technical report)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern RESULTS = Pattern.compile("^(?:these|our|such) (results|findings|experiments|observations|"
            + "analyses|analysis|insights|evaluations|evaluation|experimental results|empirical results|contributions|code)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final String THING = "(?:method|approach|framework|model|system|architecture|algorithm|technique|pipeline|"
            + "agent|benchmark|dataset|design|strategy|mechanism|module|paradigm|solution|recipe|procedure|scheme|formulation|"
            + "objective|loss|estimator|method's|approach's|framework's|model's)";
    private static final Pattern OUR_THING = Pattern.compile("\\b(?:our|this|the proposed|our proposed|the resulting|"
            + "the new) (?:new )?(" + THING + ")\\b", Pattern.CASE_INSENSITIVE);
    /** Sentences that still point elsewhere after the rewriting. */
    private static final Pattern LEANS_AT_START = Pattern.compile("^(?:it|its|they|their|them|this|these|that|those|such|"
            + "both|each|either|neither|another|others|similarly|likewise|again|and|but|or|so|nor|he|she|here|thereby|the latter|"
            + "the former|the same|in turn|as shown|as expected|the resulting|the (?:first|second|third|last|other|remaining|rest|two|three)"
            + "(?: two| three)?\\b(?! (?:time|large|open|systematic|comprehensive|unified)))", Pattern.CASE_INSENSITIVE);
    private static final String TROUBLE = "(?:limitation|issue|problem|challenge|gap|shortcoming|drawback|question|bottleneck|"
            + "difficult(?:y|ie)|obstacle|concern|weakness|constraint|deficienc(?:y|ie)|phenomen(?:on|a)|behaviou?r|trade-?off|"
            + "setting|task|observation|insight|finding|idea|limitation|pitfall|flaw|failure|need|discrepanc(?:y|ie)|tension|"
            + "dilemma|mismatch|approach|method|framework|technique|model|design|strategy|paradigm)";
    private static final Pattern LEANS_INSIDE = Pattern.compile("\\b(?:these|those|this|such(?! as\\b))\\b|\\b(?:the (?:two |three |four )?(?:above|aforementioned|"
            + "preceding|former|latter)\\b|aforementioned|above-mentioned|(?:mentioned|discussed|described|outlined|"
            + "listed|noted|stated) (?:above|earlier|before|below)|as follows|(?:these|those|such) " + TROUBLE
            + "s?\\b|this " + TROUBLE + "\\b|(?:both|all) (?:of )?(?:these|those|them)\\b|both " + TROUBLE + "s\\b|"
            + TROUBLE + "s? above(?=\\s*(?:[.,;:)]|$))|each (?:of (?:these|them|the)\\b|" + TROUBLE + "|principle|component|stage|step|"
            + "part|one)\\b|that (?:assumption|claim|view|idea|notion|belief|premise|intuition|hypothesis|" + TROUBLE + ")\\b(?!s)|(?:the|these|those|both) "
            + "(?:two|three|four) (?:challenges|issues|problems|limitations|gaps|components|stages|questions)\\b|"
            + "\\ball (?:two|three|four|five|six)\\b|\\bboth (?:by|with|through|via|using)\\b)", Pattern.CASE_INSENSITIVE);
    /** "they", "their", "them": who, when no plural came before them in the sentence? */
    private static final Pattern THEY = Pattern.compile("\\b(?:they|their|them|theirs)\\b", Pattern.CASE_INSENSITIVE);
    /** A word that can be what "they" stand for: a plural ("models", "LLMs", "the authors") or "people". */
    private static final Pattern PLURAL = Pattern.compile("\\b(?:[A-Za-z][\\w-]*[a-z]{2}s|[A-Z][\\w-]*s|people|humans|"
            + "children|data|criteria|phenomena)\\b");
    /** Verbs in the third person and other words that end like plurals but stand for nothing. */
    private static final java.util.Set<String> NOT_PLURAL = java.util.Set.of("lies", "remains", "makes", "shows", "requires",
            "needs", "becomes", "stems", "arises", "comes", "goes", "seems", "appears", "hinges", "rests", "focuses", "relies",
            "depends", "lacks", "limits", "hinders", "prevents", "yields", "leads", "poses", "means", "does", "has", "was",
            "this", "its", "thus", "across", "less", "unless", "various", "previous", "numerous", "serious", "obvious", "analysis",
            "basis", "emphasis", "hypothesis", "thesis", "synthesis", "diagnosis", "process", "success", "access", "progress",
            "address", "class", "loss", "bias", "consensus", "corpus", "focus", "status", "always", "perhaps", "whereas",
            "besides", "sometimes", "often", "includes", "involves", "enables", "allows", "uses", "takes", "gives", "works",
            "aims", "seeks", "tries", "fails", "struggles", "suffers", "causes", "creates", "exists", "occurs", "differs");
    /** "X consists of two stages.": announces parts the reader is not shown. */
    private static final Pattern EMPTY_ANNOUNCEMENT = Pattern.compile("\\b(?:two|three|four|five|several|multiple|\\d+) "
            + "(?:[\\w-]+ ){0,2}(?:stages|components|modules|parts|steps|phases|contributions|challenges|issues|problems|"
            + "questions|ways|aspects|folds?|ingredients|factors|findings|insights|lessons|principles|properties|"
            + "takeaways|mechanisms|strategies|techniques|observations|patterns|directions|fronts|axes|perspectives|results)"
            // "... four key ingredients for effective visual co-denoising.": what they are for, not what they are
            + "(?:\\s+(?:for|of|in|to|behind|underlying|that)\\b[^:;,]*)?\\s*[.:]?$", Pattern.CASE_INSENSITIVE);
    /** "When integrated into X, it surpasses...": the subject after a leading clause is a pronoun. */
    private static final Pattern PRONOUN_SUBJECT = Pattern.compile("^[^,;:]{0,80},\\s+(?:it|its|they|their|this|these|the same)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern THIS_PAPER = Pattern.compile("\\b(?:this|our|the present) (?:paper|work|study|article)\\b");
    /** "It" or "Its" as the subject, at the start or after a short opening phrase ("For multi-image grounding, it ..."). */
    private static final Pattern IT = Pattern.compile("^((?:(?:For|In|On|Across|Under|With|Compared to|Compared with)\\b[^,]{1,60}, )?)"
            + "(It|Its|it|its)\\b(?! is (?:worth|important|unclear|known|possible|"
            + "difficult|hard|challenging|common|often|well|widely|shown|therefore))");
    /** What the sentence before calls the method when it does not name it: "our model" (the sentence quoted says "it"). */
    private static final Pattern OURS = Pattern.compile("\\b[Oo]ur (?:model|method|approach|framework|system)\\b");
    private static final Pattern WE = Pattern.compile("\\b(?:we|We|us|our|Our|ours|ourselves)\\b");
    private static final int MIN_WORDS = 6;
    private static final int MAX_PAIR_WORDS = 75;

    private Standalone() {
    }

    /** An abstract cut into sentences as the issues quote them (a full stop after "e.g." or "et al." ends none). */
    public static List<String> sentences(String abstractText) {
        return Sentences.of(abstractText);
    }

    /** What a paper calls its method ("" when it names none), for {@link #of}. */
    public static String methodName(String title, String abstractText) {
        return MethodName.of(title, abstractText);
    }

    /**
     * Sentence {@code i} of an abstract made to stand alone, or empty when it cannot.
     *
     * @param name what the paper calls its method ("" when it names none): replaces "our method"
     */
    public static Optional<String> of(List<String> sentences, int i, String name) {
        String raw = sentences.get(i).strip();
        if (!name.isEmpty() && i > 0 && (sentences.get(i - 1).contains(name) || OURS.matcher(sentences.get(i - 1)).find())) {
            // "We propose X. It reaches 90%." and "... of our model. For multi-image grounding, it outperforms ...": "it" is X
            Matcher it = IT.matcher(raw);
            if (it.find() && (it.group(1).isEmpty() == Character.isUpperCase(it.group(2).charAt(0)))) {
                raw = it.group(1) + (it.group(2).length() == 2 ? name : name + "'s") + raw.substring(it.end());
            }
        }
        String s = rewrite(raw, name);
        return leans(s) ? Optional.empty() : Optional.of(s);
    }

    /**
     * As {@link #of}, but a sentence that cannot stand alone may come with the sentence before it, when
     * that one can: "Existing methods fail at X. To address this, the authors propose Y."
     */
    public static Optional<String> withBefore(List<String> sentences, int i, String name) {
        Optional<String> alone = of(sentences, i, name);
        if (alone.isPresent() || i == 0) {
            return alone;
        }
        String s = finish(OPENER.matcher(sentences.get(i).strip()).replaceFirst(""), name);
        if (words(s) < MIN_WORDS || s.endsWith(":") || EMPTY_ANNOUNCEMENT.matcher(s).find()) {
            return Optional.empty();
        }
        return of(sentences, i - 1, name).map(before -> before + " " + s).filter(pair -> words(pair) <= MAX_PAIR_WORDS);
    }

    /** Whether a sentence, as it stands, points at something outside it or says nothing on its own. */
    public static boolean leans(String s) {
        return s.isBlank() || words(s) < MIN_WORDS || LEANS_AT_START.matcher(s).find() || leansInside(s)
                || PRONOUN_SUBJECT.matcher(s).find()
                || s.endsWith(":") || EMPTY_ANNOUNCEMENT.matcher(s).find() || CUT_SHORT.matcher(s).find();
    }

    /**
     * "The code is released at": a sentence whose end (a link, say) was taken away. A preposition can end a
     * sentence ("the premises a step depends on"); an article or "and" cannot, nor "available at" without where.
     */
    private static final Pattern CUT_SHORT = Pattern.compile("(?:\\b(?:the|a|an|and|or)|\\b(?:available|released|found|hosted|"
            + "accessible|provided|published)\\s+(?:at|in|on|from|via|here))\\s*[.]?$", Pattern.CASE_INSENSITIVE);

    private static boolean leansInside(String s) {
        return LEANS_INSIDE.matcher(s).find() || REMEDY.matcher(s).find() || theyForNobody(s);
    }

    /** "Generative world models offer a promising remedy: ...": a remedy for what the sentence before said went wrong. */
    private static final Pattern REMEDY = Pattern.compile("\\b(?:a|an|the)\\s+(?:[\\w-]+\\s+)?(?:remedy|cure|antidote)\\b"
            + "(?!\\s+(?:for|to|against)\\b)", Pattern.CASE_INSENSITIVE);

    /** "A key bottleneck lies in their inability to...": "their" before anything they could be. */
    private static boolean theyForNobody(String s) {
        Matcher they = THEY.matcher(s);
        if (!they.find()) {
            return false;
        }
        String before = s.substring(0, they.start());
        Matcher plural = PLURAL.matcher(before);
        while (plural.find()) {
            // the word right before "them" is its verb ("Kestrel verifies them"), not what it stands for
            boolean verb = before.substring(plural.end()).isBlank();
            if (!verb && !NOT_PLURAL.contains(plural.group().toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /** The sentence without its links to the one before, in the third person, with the method named. */
    static String rewrite(String sentence, String name) {
        String s = sentence.strip();
        String before;
        do {
            before = s;
            s = LINK.matcher(s).replaceFirst("");
            s = OPENER.matcher(s).replaceFirst("");
            s = BACK_CLAUSE.matcher(s).replaceFirst("");
            s = OUR_CLAUSE.matcher(s).replaceFirst("");
            s = ENUMERATOR.matcher(s).replaceFirst("");
            s = SIDE_CLAUSE.matcher(s).replaceFirst("");
            if (!s.equals(before)) {
                // "Motivated by this, and to curb X, we propose": the purpose clause stands without its "and"
                s = s.replaceFirst("^(?:and|or)\\s+", "");
            }
        } while (!s.equals(before));
        s = IDEA_AS.matcher(s).replaceFirst("$1 propose");
        return finish(WE_TOO.matcher(s).replaceFirst("$1 "), name);
    }

    /**
     * "We instantiate this idea as operadic consistency (OC)": the idea is the sentence before, and what the sentence
     * says on its own is what the authors propose.
     */
    private static final Pattern IDEA_AS = Pattern.compile("^([Ww]e) (?:instantiate|implement|realize|realise|formalize|"
            + "formalise|operationalize|operationalise|embody|capture) (?:this|these|the|our|such an?) (?:idea|ideas|insight|insights|"
            + "intuition|observation|observations|principle|principles|hypothesis) (?:as|in|into|via|through|with|by)\\b");

    private static String finish(String sentence, String name) {
        String s = PAPER.matcher(sentence).replaceFirst("The paper");
        s = RESULTS.matcher(s).replaceFirst("The $1");
        s = THIS_PAPER.matcher(s).replaceAll("the paper");
        if (!name.isEmpty()) {
            s = named(s, name);
        }
        s = thirdPerson(s);
        return capitalize(s);
    }

    /** "our method", "this framework", "the proposed approach" → the name; a leading "It" after the name's sentence too. */
    private static String named(String s, String name) {
        Matcher m = OUR_THING.matcher(s);
        StringBuilder out = new StringBuilder();
        boolean replaced = false;
        while (m.find()) {
            // "our framework, Mario, ..." already names it: the name once is enough
            boolean namedNext = s.startsWith(", " + name, m.end()) || s.startsWith(" " + name, m.end())
                    || s.startsWith(" (" + name, m.end());
            String thing = m.group(1).toLowerCase(Locale.ROOT);
            String replacement = namedNext ? "the " + thing : thing.endsWith("'s") ? name + "'s" : name;
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
            replaced = true;
        }
        m.appendTail(out);
        return replaced ? out.toString() : s;
    }

    /** "We propose ... our method" → "The authors propose ... their method". */
    static String thirdPerson(String s) {
        Matcher m = WE.matcher(s);
        StringBuilder out = new StringBuilder();
        boolean introduced = false;
        while (m.find()) {
            String w = m.group();
            String replacement = switch (w.toLowerCase(Locale.ROOT)) {
                case "we" -> introduced ? "they" : "the authors";
                case "us" -> introduced ? "them" : "the authors";
                case "ours" -> introduced ? "theirs" : "the authors'";
                case "ourselves" -> "themselves";
                default -> introduced ? "their" : "the authors'";
            };
            introduced = true;
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String capitalize(String s) {
        if (s.isEmpty() || !Character.isLowerCase(s.charAt(0))) {
            return s;
        }
        // a word written in lower case on purpose (a method called "dLLM", "iPhone") stays as it is
        int end = s.indexOf(' ');
        String first = end < 0 ? s : s.substring(0, end);
        if (!first.equals(first.toLowerCase(Locale.ROOT))) {
            return s;
        }
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}
