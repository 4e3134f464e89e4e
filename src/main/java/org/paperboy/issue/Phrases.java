package org.paperboy.issue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.paperboy.paper.Paper;
import org.paperboy.score.Text;

/**
 * The terms a paper uses, as a researcher would name a direction: runs of one to three words of its
 * title and abstract ("KV-cache compression", "test-time scaling", "mixture of experts"), never
 * starting or ending with a word that says nothing on its own. A term is known by its stems, so
 * "KV cache" and "KV-cache" or "model merging" and "merging models" are one term; it is shown as
 * written most often.
 */
final class Phrases {

    private static final Pattern PIECES = Pattern.compile("[.,;:!?()\\[\\]{}\"“”]|\\s[-–—]\\s|\\$[^$]*\\$");
    private static final Pattern TOKEN = Pattern.compile("[\\s/]+");
    private static final Set<String> STOP = Set.of("a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "has", "have",
            "in", "into", "is", "it", "its", "of", "on", "or", "that", "the", "their", "this", "to", "with", "we", "our", "these",
            "those", "which", "while", "when", "where", "how", "what", "can", "not", "but", "than", "more", "most", "both",
            "each", "such", "via", "under", "over", "between", "through", "without", "within", "across", "toward", "towards",
            "also", "only", "all", "any", "do", "does", "was", "were", "been", "being", "they", "them", "there", "here", "so",
            "then", "thus", "however", "may", "might", "will", "would", "could", "should", "very", "much", "many", "up", "out",
            "vs", "e", "g", "i", "etc", "one", "two", "three", "four", "five", "first", "second", "using", "based", "upon");
    /** Words a term may contain but not start or end with: they name no direction on their own. */
    private static final Set<String> VAGUE = Set.of("model", "models", "method", "methods", "approach", "approaches",
            "framework", "frameworks", "paper", "papers", "work", "works", "result", "results", "performance", "task",
            "tasks", "study", "studies", "analysis", "problem", "problems", "system", "systems", "experiment",
            "experiments", "art", "state", "way", "ways", "use", "uses", "set", "sets", "number", "level", "levels",
            "novel", "new", "existing", "proposed", "propose", "proposes", "large", "various", "different", "multiple",
            "key", "effective", "efficient", "significant", "significantly", "extensive", "extensively", "strong", "recent",
            "recently", "current", "prior", "previous", "well", "high", "low", "better", "best", "capabilities",
            "capability", "ability", "abilities", "setting", "settings", "information", "process", "processes", "challenge",
            "challenges", "issue", "issues", "limitation", "limitations", "improvement", "improvements", "improve",
            "improves", "improved", "improving", "achieve", "achieves", "show", "shows", "demonstrate", "demonstrates",
            "introduce", "introduces", "present", "presents", "evaluate", "evaluation", "code", "available", "benchmark",
            "benchmarks", "dataset", "datasets", "accuracy", "outperforms", "outperform", "time", "times", "general",
            "specific", "diverse", "robust", "simple", "critical", "important", "real-world", "real", "world", "end",
            "end-to-end", "baseline", "baselines", "often", "even", "still", "further", "however", "remains", "remain",
            "due", "leading", "lead", "leads", "given", "make", "makes", "enable", "enables", "allow", "allows", "provide",
            "provides", "address", "addresses", "require", "requires", "including", "include", "includes", "like", "first",
            "paradigm", "solution", "solutions", "type", "types", "form", "forms", "need", "needs", "gap", "gaps",
            "task-specific", "state-of-the-art", "sota", "find", "finds", "found", "aim", "aims", "evidence", "finding", "findings",
            "insight", "insights", "observation", "observations", "typically", "usually", "generally", "commonly", "largely",
            "mainly", "mostly", "primarily", "frequently", "increasingly", "highly", "fully", "directly", "simply", "rely", "relies",
            "relying");
    /** The field's own abbreviations: every paper of a topic uses them, so they name no group. */
    private static final Set<String> FIELD = Set.of("LLM", "LLMs", "VLM", "VLMs", "MLLM", "MLLMs", "LVLM", "LVLMs", "AI", "NLP",
            "ML", "GPT", "GPUs", "GPU", "SOTA", "DNN", "DNNs", "LM", "LMs", "MLLM-based", "LLM-based", "VLM-based", "AI-generated");
    private static final int MEMORY = 20_000;
    private static final Map<String, Map<String, String>> KNOWN = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Map<String, String>> eldest) {
            return size() > MEMORY;
        }
    };

    private Phrases() {
    }

    /** The paper's terms: key (stems) → the term as this paper writes it. */
    static Map<String, String> of(Paper p) {
        synchronized (KNOWN) {
            Map<String, String> known = KNOWN.get(p.id().base());
            if (known != null) {
                return known;
            }
        }
        Map<String, String> terms = of(p.title() + ". " + p.abstractText());
        synchronized (KNOWN) {
            KNOWN.put(p.id().base(), terms);
        }
        return terms;
    }

    static Map<String, String> of(String text) {
        Map<String, String> out = new HashMap<>();
        for (String piece : PIECES.split(text)) {
            List<String> words = new ArrayList<>();
            for (String w : TOKEN.split(piece.strip())) {
                String t = w.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
                if (!t.isEmpty()) {
                    words.add(t);
                }
            }
            for (int n = 1; n <= 3; n++) {
                for (int i = 0; i + n <= words.size(); i++) {
                    List<String> run = words.subList(i, i + n);
                    if (term(run)) {
                        out.putIfAbsent(key(run), String.join(" ", run));
                    }
                }
            }
        }
        return out;
    }

    /** Stems of the words in order, hyphens taken as spaces: the same term however it is written. */
    static String key(List<String> words) {
        StringBuilder key = new StringBuilder();
        for (String w : words) {
            for (String part : w.toLowerCase(Locale.ROOT).split("-+")) {
                if (!part.isEmpty()) {
                    key.append(key.length() == 0 ? "" : " ").append(Text.stem(part));
                }
            }
        }
        return key.toString();
    }

    static String key(String written) {
        return key(List.of(TOKEN.split(written.strip())));
    }

    /** Number of words a key has (a hyphenated word counts its parts). */
    static int length(String key) {
        return key.split(" ").length;
    }

    private static boolean term(List<String> run) {
        String first = run.get(0).toLowerCase(Locale.ROOT);
        String last = run.get(run.size() - 1).toLowerCase(Locale.ROOT);
        if (bad(first) || bad(last) || run.size() > 1 && ADJECTIVE.matcher(last).matches() && !NOUNS.contains(last)
                || MODIFIER.matcher(last).matches() || last.equals("language") || last.equals("large")) {
            return false;
        }
        for (String w : run.subList(1, run.size() - (run.size() > 1 ? 1 : 0))) {
            String lower = w.toLowerCase(Locale.ROOT);
            if (STOP.contains(lower) && !lower.equals("of") || lower.chars().anyMatch(Character::isDigit)) {
                return false;
            }
        }
        if (run.size() == 1) {
            // a single word names a direction only when it is a coined or technical one ("RLHF", "MoE", "test-time")
            String w = run.get(0);
            return w.length() >= 3 && !FIELD.contains(w) && (w.indexOf('-') > 0 || w.chars().skip(1).anyMatch(Character::isUpperCase));
        }
        return true;
    }

    /** "diffusion-based", "task-aware": describes a head noun, names nothing alone. */
    private static final Pattern MODIFIER = Pattern.compile(".*-(?:based|driven|aware|guided|free|like|level|specific|style|"
            + "oriented|enhanced|augmented|conditioned|grounded|centric|agnostic|efficient|intensive|scale|wise|tuned|trained)$");
    /** Words that end as adjectives do ("textual", "robust", "efficient"): a term ends with what it names. */
    private static final Pattern ADJECTIVE = Pattern.compile(".*(?:al|ive|ous|ic|able|ible|ful|less|ent|ant|ed)$");
    private static final Set<String> NOUNS = Set.of("retrieval", "signal", "signals", "proposal", "interval", "removal", "goal",
            "rehearsal", "reversal", "potential", "material", "tutorial", "journal", "terminal", "logic", "topic", "metric",
            "music", "traffic", "agent", "student", "gradient", "embedding", "content", "intent", "component", "environment",
            "alignment", "assessment", "deployment", "management", "treatment", "judgment", "judgement", "segment", "experiment",
            "argument", "document", "statement", "element", "moment", "movement", "improvement", "enhancement", "reinforcement",
            "refinement", "measurement", "fine-tuned", "speed", "seed", "need", "feed", "bed", "red", "thread", "head", "bread",
            "mixed", "attent", "variant", "assistant", "constant", "descent", "ascent", "consent", "patent", "talent", "latent",
            "event", "client", "parent", "percent", "recipient", "coefficient", "quantitative", "objective", "initiative",
            "representative", "narrative", "alternative", "primitive", "derivative", "directive", "incentive", "perspective",
            "heuristic", "mechanic", "graphic", "optic", "arithmetic", "rhetoric", "diagnostic", "analytic", "dynamic", "clinic",
            "critic", "mosaic", "classic", "domestic", "statistic");

    private static boolean bad(String w) {
        return w.length() < 2 || STOP.contains(w) || VAGUE.contains(w) || w.chars().allMatch(Character::isDigit)
                || w.chars().anyMatch(c -> c == '\\' || c == '^' || c == '_' || c == '=' || c == '<' || c == '>')
                || (w.chars().anyMatch(Character::isDigit) && w.chars().noneMatch(Character::isUpperCase));
    }

    /** Whether a word can follow a term as its head noun ("models" after "vision-language"; not "of", "large", "robust"). */
    static boolean head(String w) {
        return w.length() >= 2 && !STOP.contains(w) && !w.equals("large") && !MODIFIER.matcher(w).matches()
                && (!ADJECTIVE.matcher(w).matches() || NOUNS.contains(w));
    }

    /** Head nouns that name one thing of many: researchers work on "web agent frameworks", not "framework". */
    private static final Set<String> COUNTABLE = Set.of("framework", "model", "agent", "benchmark", "method", "system",
            "network", "architecture", "dataset", "pipeline", "algorithm", "transformer", "encoder", "decoder", "tokenizer",
            "detector", "classifier", "graph", "representation", "embedding", "technique", "tool", "robot", "game", "simulator",
            "interface", "protocol", "attack", "metric", "explanation", "circuit", "kernel", "optimizer", "estimator",
            "controller", "planner", "retriever", "generator", "evaluator", "verifier", "assistant", "chatbot", "workflow",
            "environment", "task", "approach", "adapter", "module", "layer", "sampler", "solver", "harness", "policy", "strategy",
            "library");

    /** A direction as the field works on it: its head noun in the plural when it names one thing of many. */
    static String plural(String term) {
        int space = term.lastIndexOf(' ');
        String last = term.substring(space + 1);
        if (!COUNTABLE.contains(last)) {
            return term;
        }
        String head = term.substring(0, space + 1);
        if (last.endsWith("y")) {
            return head + last.substring(0, last.length() - 1) + "ies";
        }
        return head + last + (last.endsWith("s") ? "es" : "s");
    }

    /** The distinct keys of several papers' terms, for counting in how many papers each term occurs. */
    static Set<String> keys(Paper p) {
        return new LinkedHashSet<>(of(p).keySet());
    }
}
