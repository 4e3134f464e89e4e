package org.paperboy.score;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.paperboy.paper.Paper;

/**
 * A paper's title and abstract cut into the phrases a reader would quote: pieces between punctuation
 * and between the words that start a new phrase ("for", "via", "with", "we", a verb such as "is"), so
 * that a quote never runs across a phrase boundary ("multimodal large, large language" cannot happen).
 */
final class PaperPhrases {

    /** One phrase: its words as written and each word's stem (null for a word that has none: "of", "and"). */
    record Phrase(List<String> words, List<String> stems, boolean inTitle) {

        /** How many of the phrases (stems, each with its hyphen-joined stem or null) this one holds whole. */
        int holds(List<List<String>> phrases, List<String> joined) {
            int n = 0;
            for (int k = 0; k < phrases.size(); k++) {
                n += holds(phrases.get(k), joined == null ? null : joined.get(k)) ? 1 : 0;
            }
            return n;
        }

        boolean holds(List<String> phrase, String joined) {
            return stems.containsAll(phrase) || joined != null && stems.contains(joined);
        }

        /**
         * As {@link #holds}, but the word run together stands for the phrase only when it is all of it ("KVcache" for
         * "KV-cache"), not a part of it ("test-time" of "test-time compute").
         */
        boolean holdsWhole(List<String> phrase, String joined) {
            return stems.containsAll(phrase)
                    || joined != null && stems.contains(joined) && joined.length() >= String.join("", phrase).length() - 2;
        }

        /** The phrase as a reader would write it in a sentence: Title Case words in lower case, acronyms kept. */
        String text() {
            List<String> out = new ArrayList<>(words.size());
            for (String w : words) {
                out.add(lower(w));
            }
            return String.join(" ", out);
        }
    }

    /** Longest phrase quoted whole; a longer one is narrowed to the words around what matched. */
    static final int LONGEST = 9;

    private static final Pattern SENTENCE = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z(])");
    private static final Pattern PUNCTUATION = Pattern.compile("[:;,()\\[\\]!?\"“”]|\\s[-–—]+\\s|\\.\\s|\\.$");
    private static final Set<String> BOUNDARY = Set.of("for", "via", "with", "in", "on", "from", "through", "using",
            "to", "by", "under", "towards", "toward", "across", "without", "unlike", "beyond", "at", "as", "against", "into",
            "within", "versus", "vs", "when", "where", "while", "that", "which", "who", "whose", "is", "are", "was",
            "were", "be", "been", "being", "can", "could", "may", "might", "will", "would", "should", "do", "does",
            "did", "has", "have", "had", "we", "our", "us", "this", "these", "those", "it", "its", "they", "their",
            "than", "then", "thus", "so", "but", "yet", "although", "because", "since", "whether", "how", "what",
            "not", "also", "here", "there", "both", "either", "such", "if", "i.e", "e.g", "ie", "eg", "remains",
            "show", "shows", "propose", "proposes", "introduce", "introduces", "present", "presents", "called",
            // verbs that abstracts often put between two noun phrases: a quote stops at them
            "address", "addresses", "behave", "behaves", "operate", "operates", "include", "includes", "align", "aligns",
            "improve", "improves", "achieve", "achieves", "outperform", "outperforms", "enable", "enables", "reduce",
            "reduces", "use", "uses", "leverage", "leverages", "provide", "provides", "yield", "yields", "require",
            "requires", "allow", "allows", "make", "makes", "become", "becomes", "demonstrate", "demonstrates",
            "suggest", "suggests", "reveal", "reveals", "offer", "offers", "learn", "learns", "capture", "captures",
            "combine", "combines", "support", "supports", "perform", "performs", "produce", "produces", "generate",
            "generates", "obtain", "obtains", "preserve", "preserves", "maintain", "maintains", "increase", "increases",
            "exhibit", "exhibits", "contain", "contains", "rely", "relies", "depend", "depends", "fail", "fails",
            "struggle", "struggles", "help", "helps", "treat", "treats", "explore", "explores", "investigate",
            "investigates", "evaluate", "evaluates", "consider", "considers", "focus", "focuses", "remain", "lack",
            "lacks", "lead", "leads", "serve", "serves", "solve", "solves", "match", "matches", "scale", "scales", "like",
            "optimize", "optimizes", "remained", "incorporate", "incorporates", "mitigate", "mitigates", "enhance",
            "enhances", "surpass", "surpasses", "integrate", "integrates", "employ", "employs", "exploit", "exploits",
            // "a framework that transforms variational autoencoder posteriors": the verb, not the Transformer
            "transform", "transforms");
    private static final Set<String> ARTICLES = Set.of("a", "an", "the");
    /** A figure: "77.7%", "1.35x", "3". */
    private static final Pattern FIGURE = Pattern.compile("[\\d.,]+(?:%|x|×)?");
    /** Words that add nothing at the edge of a quote. */
    private static final Set<String> EDGE = Set.of("a", "an", "the", "and", "or", "of", "each", "every", "any", "all",
            "some", "more", "most", "novel", "new", "simple", "efficient", "effective", "first", "many", "several",
            "various", "different", "other", "its", "their", "over", "about", "based", "among", "between", "only",
            "existing", "same", "prior", "previous", "current", "recent", "standard", "typical", "given", "specific",
            "further", "additional", "primarily", "mainly", "largely", "often", "usually", "typically", "still", "especially",
            "particularly", "notably", "directly", "highly", "very");

    /**
     * Phrases already cut: a run words the reasons of the same few hundred papers for every reader, and
     * cutting an abstract costs far more than finding a reader's phrases in it.
     */
    private static final Cache<Paper, List<Phrase>> CUT = Caffeine.newBuilder().maximumSize(4_096).build();
    /** What each paper's title says it is, for the same reason; empty when it says nothing. */
    private static final Cache<Paper, Optional<Phrase>> TITLE = Caffeine.newBuilder().maximumSize(4_096).build();

    private PaperPhrases() {
    }

    /** The title's phrases, then the abstract's. */
    static List<Phrase> of(Paper paper) {
        return CUT.get(paper, p -> {
            List<Phrase> out = new ArrayList<>();
            cut(p.title(), true, out);
            for (String sentence : SENTENCE.split(p.abstractText())) {
                cut(sentence, false, out);
            }
            return List.copyOf(out);
        });
    }

    /**
     * The phrase of the paper that holds most of the matched phrases, the title's before the abstract's (a
     * title names what the paper is about in a few words) and the shortest among equals, narrowed to at
     * most {@link #LONGEST} words around them; null when none holds one.
     */
    static Phrase best(Paper paper, List<List<String>> matched, List<String> joined) {
        return best(paper, matched, joined, true);
    }

    /** As {@link #best(Paper, List, List)}, from the abstract alone: what it says of a subject the title only names. */
    static Phrase bestInAbstract(Paper paper, List<List<String>> matched, List<String> joined) {
        return best(paper, matched, joined, false);
    }

    private static Phrase best(Paper paper, List<List<String>> matched, List<String> joined, boolean title) {
        Phrase best = null;
        int most = 0;
        for (Phrase p : of(paper)) {
            if (!title && p.inTitle()) {
                continue;
            }
            if (best != null && best.inTitle() && !p.inTitle()) {
                break;
            }
            int n = p.holds(matched, joined);
            if (n > most || n == most && n > 0 && p.words().size() < best.words().size()) {
                best = p;
                most = n;
            }
        }
        if (best != null && best.inTitle()) {
            // a question reads whole: "Can I Buy Your KV Cache?", not "I Buy Your KV Cache"; "when does language matter",
            // not "language matter"
            Phrase question = question(paper, best);
            if (question != null) {
                return question;
            }
        }
        return best == null ? null : narrow(best, matched, joined);
    }

    /** The title's question that holds the phrase, whole ("when does language matter"), or null when it asks none. */
    private static Phrase question(Paper paper, Phrase phrase) {
        String title = paper.title().strip();
        int mark = title.indexOf('?');
        if (mark < 0) {
            return null;
        }
        int start = Math.max(title.lastIndexOf(':', mark), title.lastIndexOf('.', mark)) + 1;
        String asked = title.substring(start, mark).strip();
        List<String> words = List.of(asked.split("\\s+"));
        if (words.size() > LONGEST || !asked.contains(String.join(" ", phrase.words()))) {
            return mark == title.length() - 1 ? title(paper) : null;
        }
        List<Phrase> whole = new ArrayList<>();
        add(words, true, whole);
        return whole.isEmpty() ? null : narrow(whole.get(0), List.of(), null);
    }

    /**
     * What the title says the paper is: the part after "Name:" when it has one, whole when it is short,
     * else its first phrase of two words or more.
     */
    static Phrase title(Paper paper) {
        return TITLE.get(paper, p -> Optional.ofNullable(cutTitle(p))).orElse(null);
    }

    private static Phrase cutTitle(Paper paper) {
        String title = paper.title().strip();
        int colon = title.indexOf(':');
        String told = (colon > 0 && colon < title.length() - 12 ? title.substring(colon + 1) : title).strip();
        if (colon > 0 && told.contains(", ") && title.substring(0, colon).strip().split("\\s+").length >= 3) {
            told = title.substring(0, colon).strip(); // "...: Task, Benchmark, and Approach" lists what the part before is about
        }
        List<String> words = List.of(told.replaceAll("[.?!]+$", "").split("\\s+"));
        if (words.size() <= LONGEST) {
            List<Phrase> whole = new ArrayList<>();
            add(words, true, whole);
            return whole.isEmpty() ? null : narrow(whole.get(0), List.of(), null);
        }
        List<Phrase> phrases = new ArrayList<>();
        cut(told, true, phrases);
        Phrase first = phrases.stream().filter(p -> p.words().size() >= 2).findFirst()
                .or(() -> phrases.stream().findFirst())
                .map(p -> narrow(p, List.of(), null)).orElse(null);
        // a question reads whole: "when does language matter", not "language matter"
        int mark = told.indexOf('?');
        if (first != null && mark > 0) {
            String asked = told.substring(0, mark).strip();
            List<String> askedWords = List.of(asked.split("\\s+"));
            if (askedWords.size() <= LONGEST && asked.contains(String.join(" ", first.words()))) {
                List<Phrase> whole = new ArrayList<>();
                add(askedWords, true, whole);
                return whole.isEmpty() ? first : narrow(whole.get(0), List.of(), null);
            }
        }
        return first;
    }

    private static void cut(String text, boolean inTitle, List<Phrase> out) {
        for (String piece : PUNCTUATION.split(text)) {
            List<String> words = new ArrayList<>();
            boolean against = false;
            String[] raw = piece.strip().split("\\s+");
            for (int i = 0; i < raw.length; i++) {
                String word = raw[i].replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}+%]+$", "");
                if (word.isEmpty()) {
                    continue;
                }
                String lower = word.toLowerCase(Locale.ROOT);
                // "conditions a VLA agent", "probe the perception capabilities": a word before an article takes an object
                boolean takesObject = i + 1 < raw.length && ARTICLES.contains(raw[i + 1].toLowerCase(Locale.ROOT))
                        && !EDGE.contains(lower);
                if (BOUNDARY.contains(lower) || takesObject) {
                    add(words, inTitle, against, out);
                    words = new ArrayList<>();
                    against = AGAINST.contains(lower);
                } else {
                    against |= words.isEmpty() && DISMISSED.contains(lower);
                    words.add(word);
                }
            }
            add(words, inTitle, against, out);
        }
    }

    /** Words after which a phrase is what the paper does without or does better than: "without pretrained autoencoders". */
    private static final Set<String> AGAINST = Set.of("without", "unlike", "than", "against", "versus", "vs", "not");
    /** A phrase that starts so is what the paper argues against: "naive feature concatenation". */
    private static final Set<String> DISMISSED = Set.of("naive", "naïve", "vanilla", "conventional", "traditional", "costly",
            "expensive", "brittle", "inefficient", "ad-hoc");

    /** Adds the phrase unless it is one the paper speaks against: that is never what matched a reader's interest. */
    private static void add(List<String> words, boolean inTitle, boolean against, List<Phrase> out) {
        if (!against) {
            add(words, inTitle, out);
        }
    }

    private static void add(List<String> words, boolean inTitle, List<Phrase> out) {
        List<String> stems = new ArrayList<>(words.size());
        boolean content = false;
        for (String w : words) {
            List<String> s = Text.stems(w);
            // a hyphenated word holds its parts' stems and its joined stem; the first stands for the word's place
            stems.add(s.isEmpty() ? null : String.join(" ", s));
            content |= !s.isEmpty();
        }
        if (content) {
            out.add(new Phrase(List.copyOf(words), split(stems), inTitle));
        }
    }

    /** Each word's stems, flattened: a hyphenated word's parts and its joined form all count as held. */
    private static List<String> split(List<String> stems) {
        List<String> out = new ArrayList<>();
        for (String s : stems) {
            if (s == null) {
                out.add(null);
            } else {
                java.util.Collections.addAll(out, s.split(" "));
            }
        }
        return out;
    }

    /** The phrase trimmed of empty edge words and, when long, cut to the words around what matched. */
    private static Phrase narrow(Phrase p, List<List<String>> matched, List<String> joined) {
        List<String> words = p.words();
        int from = 0;
        int to = words.size();
        if (to > LONGEST) {
            int first = -1;
            int last = -1;
            for (int i = 0; i < words.size(); i++) {
                List<String> s = Text.stems(words.get(i));
                boolean hit = false;
                for (int k = 0; k < matched.size() && !hit; k++) {
                    hit = s.stream().anyMatch(matched.get(k)::contains) || joined != null && joined.get(k) != null && s.contains(joined.get(k));
                }
                if (hit) {
                    first = first < 0 ? i : first;
                    last = i;
                }
            }
            if (first < 0) {
                first = 0;
                last = 0;
            }
            from = Math.max(0, Math.min(first - 2, last + 1 - LONGEST));
            to = Math.min(words.size(), Math.max(last + 2, from + 3));
            to = Math.min(to, from + LONGEST);
        }
        while (from < to && edge(words.get(from))) {
            from++;
        }
        while (to > from && edge(words.get(to - 1))) {
            to--;
        }
        List<String> kept = words.subList(from, to);
        return new Phrase(List.copyOf(kept), p.stems(), p.inTitle());
    }

    /**
     * A word a quote neither starts nor ends with: "the", "and", an adverb ("geometric feature fusion and
     * consistently") or a figure ("77.7% and test-time latency").
     */
    private static boolean edge(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return EDGE.contains(lower) || lower.length() > 4 && lower.endsWith("ly") && !NOUNS_IN_LY.contains(lower)
                || FIGURE.matcher(lower).matches();
    }

    private static final Set<String> NOUNS_IN_LY = Set.of("family", "anomaly", "assembly", "supply", "reply", "rally", "belly",
            "jelly", "folly", "monopoly", "butterfly");

    /** "Compression" is "compression", "KV-Cache" is "KV-cache", "MXFP4" and "LoRA" stay. */
    static String lower(String word) {
        StringBuilder out = new StringBuilder(word.length());
        for (String part : word.split("(?<=-)")) {
            boolean titleCase = part.length() > 1 && Character.isUpperCase(part.charAt(0))
                    && part.substring(1).chars().noneMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
            out.append(titleCase ? part.toLowerCase(Locale.ROOT) : part);
        }
        return out.toString();
    }
}
