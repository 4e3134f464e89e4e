package org.paperboy.issue;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The name a paper gives what it contributes ("Lung-R1", "PPT", "Mario"), so that "our method" and
 * "this framework" can say which: the short name before the title's colon when the abstract uses it,
 * else an acronym or coined word the abstract introduces with its contribution. "" when there is none.
 */
final class MethodName {

    private static final Pattern TITLE_NAME = Pattern.compile("^\\s*([^:]{1,40}?)\\s*:\\s");
    private static final Pattern ACRONYM = Pattern.compile("\\(([A-Z][A-Za-z0-9+\\-]*[A-Z0-9][A-Za-z0-9+\\-]*)\\)");
    private static final Pattern INTRODUCED = Pattern.compile("\\b(?:propose|introduce|present|develop|design|build|call|term|"
            + "name|dub)(?:s|d)?\\s+(?:(?:a|an|the)\\s+)?(?:(?:novel|new|simple|unified|general|lightweight|scalable)\\s+)?"
            + "([A-Z][A-Za-z0-9+\\-.]*(?:[A-Z0-9][A-Za-z0-9+\\-]*)?)(?=[\\s,:(])");
    /** Abbreviations of the field a paper works on, not names of what it contributes. */
    private static final Set<String> FIELD = Set.of("LLM", "LLMs", "VLM", "VLMs", "MLLM", "MLLMs", "AI", "RL", "NLP", "ML", "GPU",
            "GPUs", "API", "APIs", "QA", "VQA", "SOTA", "RLHF", "RLVR", "CoT", "KV", "MoE", "LoRA", "ViT", "ViTs", "CNN", "CNNs",
            "GNN", "GNNs", "SFT", "DPO", "PPO", "GRPO", "LRM", "LRMs", "LM", "LMs", "RAG", "AGI", "NLI", "ASR", "TTS", "OCR",
            "PEFT", "ICL", "VLA", "VLAs", "SLM", "SLMs", "MT", "IR", "HCI", "IoT", "GPT", "BERT", "CLIP", "SAM");
    private static final Set<String> GENERIC = Set.of("Position", "Survey", "Review", "Benchmark", "Dataset", "Towards", "Toward",
            "Beyond", "Rethinking", "Revisiting", "Understanding", "On", "When", "Why", "How", "What", "Can", "Do", "Does", "Is",
            "Are", "The", "A", "An", "Large", "Language", "Model", "Models", "Learning");

    private MethodName() {
    }

    static String of(String title, String abstractText) {
        Matcher t = TITLE_NAME.matcher(title);
        if (t.find()) {
            String candidate = t.group(1).strip();
            if (nameLike(candidate, abstractText) && abstractText.contains(candidate)) {
                return candidate;
            }
        }
        Matcher introduced = INTRODUCED.matcher(abstractText);
        while (introduced.find()) {
            String candidate = introduced.group(1).replaceAll("[.\\-]+$", "");
            if (coined(candidate)) {
                return candidate;
            }
        }
        // an acronym defined where the paper says what it contributes, not one of the background it recalls
        for (String sentence : Sentences.of(abstractText)) {
            if (Sentences.contributes(sentence)) {
                Matcher a = ACRONYM.matcher(sentence);
                while (a.find()) {
                    if (!FIELD.contains(a.group(1))) {
                        return a.group(1);
                    }
                }
            }
        }
        return "";
    }

    /** A short title prefix that is a name: a coined word, or at most three words with one of them coined. */
    private static boolean nameLike(String s, String abstractText) {
        String[] words = s.split("\\s+");
        if (words.length > 3) {
            return false;
        }
        for (String w : words) {
            if (coined(w)) {
                return true;
            }
        }
        // a plain word ("Mario") is a name when the abstract writes it capitalized inside a sentence
        return words.length == 1 && Character.isUpperCase(s.charAt(0)) && !GENERIC.contains(s)
                && Pattern.compile("[a-z,] " + Pattern.quote(s) + "\\b").matcher(abstractText).find();
    }

    /** "Lung-R1", "ABC-Bench", "SpatialWorld", "PPT": capitals or digits inside the word, and not the field's jargon. */
    private static boolean coined(String w) {
        if (w.length() < 2 || FIELD.contains(w) || GENERIC.contains(w) || FIELD.contains(w.replaceAll("s$", ""))) {
            return false;
        }
        for (int i = 1; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isUpperCase(c) || Character.isDigit(c)) {
                return true;
            }
        }
        return false;
    }
}
