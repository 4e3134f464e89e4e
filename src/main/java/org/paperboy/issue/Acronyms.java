package org.paperboy.issue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Acronyms an abstract spells out in one sentence and uses bare in another: a sentence quoted on its own
 * says what such an acronym stands for at its first use ("a dependent-type formal language (FL)"), as the
 * reader never saw the sentence that told them.
 */
public final class Acronyms {

    /** Acronyms a reader of the field knows without being told, though abstracts spell them out. */
    public static final Set<String> FIELD = Set.of("AI", "ML", "NLP", "LLM", "VLM", "MLLM", "LVLM", "LMM", "LRM",
            "SLM", "LM", "VLA", "ICL", "SFT", "RL", "RLHF", "RLVR", "GRPO", "PPO", "DPO", "QA", "VQA", "RAG", "CNN", "RNN",
            "GNN", "MLP", "GAN", "VAE", "OOD", "SOTA", "ASR", "TTS", "OCR", "GPU", "CPU", "TPU", "NPU", "API", "IOU", "MAP",
            "BLEU", "ROUGE", "PSNR", "SSIM", "FID", "AUC", "BERT", "GPT", "CLIP", "SAM", "KV", "PEFT", "LORA", "MOE", "COT",
            "VIT", "SQL", "CUDA", "MRI", "CT", "IOT", "UAV", "RGB", "PDE", "ODE", "SDE", "MSE", "KL", "SGD", "HPC", "3D", "2D");

    /** "Program-based Posterior Training (PPT)": where an abstract spells an acronym out (its plural too, "(LLMs)"). */
    private static final Pattern DEFINITION = Pattern.compile("\\(([A-Z][A-Z0-9]*[A-Z][A-Z0-9]*s?)[),;]");
    /** A bare acronym: two capitals or more, perhaps plural ("OLLMs"), not part of a hyphenated name ("GAP" of "GAP-MLLM"). */
    private static final Pattern BARE = Pattern.compile("(?<![\\w-])[A-Z][A-Z0-9]*[A-Z]s?(?![\\w-])");
    /** Small words an expansion may hold without an initial of their own: "Chain of Thought (CoT)". */
    private static final Set<String> SMALL = Set.of("of", "and", "for", "the", "to", "in", "on", "with", "a", "an", "via", "by");
    /** The longest expansion looked for, in words. */
    private static final int LONGEST = 8;

    private Acronyms() {
    }

    /**
     * Sentence {@code i} of an abstract (as quoted: {@code sentence}) with each acronym that another sentence spells
     * out, and that it does not, written out at its first use. {@code name}, the paper's method, and acronyms the
     * reader has already met in {@code known} (the title, an earlier sentence of the same text) stay as they are, and
     * so does one inside brackets or naming what follows in brackets ("Grade-Disentangled MIL (GD-MIL)").
     */
    public static String spelled(List<String> sentences, int i, String sentence, String name, String known) {
        Matcher m = BARE.matcher(sentence);
        List<String> done = new ArrayList<>();
        String out = sentence;
        while (m.find()) {
            String acronym = m.group();
            // "OLLMs" where the abstract spelled out "(OLLM)": the same acronym
            String singular = acronym.endsWith("s") ? acronym.substring(0, acronym.length() - 1) : acronym;
            boolean met = Pattern.compile("(?<![\\w-])" + Pattern.quote(singular) + "s?(?![\\w-])").matcher(known).find();
            if (done.contains(acronym) || acronym.equals(name) || singular.equals(name) || met
                    || FIELD.contains(singular.toUpperCase(Locale.ROOT)) || sentence.contains("(" + singular)) {
                continue;
            }
            done.add(acronym);
            if (inBrackets(sentence, m.start()) || sentence.startsWith(" (", m.end())) {
                continue;
            }
            String expansion = expansion(sentences, i, acronym);
            if (expansion.isEmpty() && !singular.equals(acronym)) {
                String one = expansion(sentences, i, singular);
                expansion = one.isEmpty() || one.endsWith("s") ? one : one + "s"; // "large language models (OLLM)" is plural already
            }
            if (!expansion.isEmpty()) {
                out = out.replaceFirst("(?<![\\w-])" + Pattern.quote(acronym) + "(?![\\w-])",
                        Matcher.quoteReplacement(expansion + " (" + acronym + ")"));
            }
        }
        return out;
    }

    private static boolean inBrackets(String s, int at) {
        int depth = 0;
        for (int k = 0; k < at; k++) {
            depth += s.charAt(k) == '(' ? 1 : s.charAt(k) == ')' ? -1 : 0;
        }
        return depth > 0;
    }

    /** The acronyms an abstract spells out: a reader must be told what they stand for. */
    public static Set<String> defined(String abstractText) {
        Set<String> out = new java.util.HashSet<>();
        Matcher m = DEFINITION.matcher(abstractText);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /** What another sentence than {@code i} spells {@code acronym} out as, its initials checked; "" when none does. */
    static String expansion(List<String> sentences, int i, String acronym) {
        for (int j = 0; j < sentences.size(); j++) {
            String s = sentences.get(j);
            Matcher definition = DEFINITION.matcher(s);
            int at = -1;
            boolean plural = false;
            while (j != i && at < 0 && definition.find()) {
                plural = definition.group(1).equals(acronym + "s");
                at = definition.group(1).equals(acronym) || plural ? definition.start() : -1;
            }
            String spelled = at < 0 ? "" : initials(s.substring(0, at).strip(), acronym);
            if (spelled.isEmpty()) {
                continue;
            }
            if (plural && spelled.endsWith("s")) {
                spelled = spelled.substring(0, spelled.length() - 1); // "formal languages (FLs)" for a bare "FL"
            }
            // "Multi-agent debate (MAD)" opened its sentence: in the middle of another it is "multi-agent debate"
            String[] words = spelled.split("\\s+");
            boolean sentenceCase = words.length > 1 && java.util.Arrays.stream(words).skip(1)
                    .anyMatch(w -> !SMALL.contains(w) && Character.isLowerCase(w.charAt(0)));
            if (sentenceCase && words[0].length() > 1 && Character.isLowerCase(words[0].charAt(1))) {
                spelled = Character.toLowerCase(spelled.charAt(0)) + spelled.substring(1);
            }
            return spelled;
        }
        return "";
    }

    /** The words ending {@code before} whose initials (each hyphenated part's too) spell the acronym, or "". */
    private static String initials(String before, String acronym) {
        String[] words = before.split("\\s+");
        String letters = acronym.toUpperCase(Locale.ROOT);
        int left = letters.length() - 1;
        int from = words.length;
        for (int w = words.length - 1; w >= 0 && words.length - w <= LONGEST && left >= 0; w--) {
            String word = words[w].replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
            if (word.isEmpty() || SMALL.contains(word) && left < letters.length() - 1) {
                from = w;
                continue;
            }
            // a hyphenated word gives each part's initial ("Vision-Language-Action", VLA) or its first only ("Pre-training", P)
            String[] parts = word.split("-");
            int each = left;
            for (int p = parts.length - 1; p >= 0 && each >= 0; p--) {
                each = !parts[p].isEmpty() && Character.toUpperCase(parts[p].charAt(0)) == letters.charAt(each) ? each - 1 : -2;
            }
            if (each >= -1) {
                left = each;
            } else if (Character.toUpperCase(word.charAt(0)) == letters.charAt(left)) {
                left--;
            } else {
                return ""; // the word right before is not part of what the acronym stands for
            }
            from = w;
        }
        if (left >= 0) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (int w = from; w < words.length; w++) {
            out.append(out.length() > 0 ? " " : "").append(words[w]);
        }
        return out.toString().replaceAll("^[^\\p{L}\\p{N}]+|[,;:]+$", "");
    }
}
