package org.paperboy.score;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.paperboy.paper.ArxivId;

/**
 * Reads the judge's answer however the model wrote it: JSON lines as asked, but also a JSON array, one
 * object, objects wrapped in another, code fences, prose or a thinking block around them, trailing commas,
 * single quotes.
 * Every object with a known id and a usable relevance is a verdict; the rest is counted and skipped.
 */
final class JudgeAnswer {

    static final int MAX_COMMENT = 300;

    /** The verdicts by base id, the ids nobody asked about, and objects that named a paper but no usable relevance. */
    record Parsed(Map<String, Verdict> verdicts, List<String> unknownIds, int unusable) {
    }

    private static final ObjectMapper LENIENT = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES, JsonReadFeature.ALLOW_JAVA_COMMENTS,
                    JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS, JsonReadFeature.ALLOW_LEADING_PLUS_SIGN_FOR_NUMBERS,
                    JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            // Keeps an id written as a bare number (2606.01230) from losing its last zero.
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
    private static final Pattern THINKING = Pattern.compile("(?s)<think>.*?(</think>|$)");
    private static final Pattern LEADING_NUMBER = Pattern.compile("^\\s*([-+]?\\d+(?:\\.\\d+)?)");
    private static final Set<String> ID_KEYS = Set.of("arxivid", "id", "paperid", "arxiv");
    private static final Set<String> EMPTY_WORDS = Set.of("", "null", "undefined", "none", "n/a", "na", "nan", "()", "-");

    private JudgeAnswer() {
    }

    static Parsed parse(String text, Set<String> asked) {
        Map<String, Verdict> verdicts = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        int[] unusable = {0};
        // Reasoning models (DeepSeek-R1, Qwen3 on Ollama) think aloud first, drafts included: only the answer after counts.
        String answer = text == null ? "" : THINKING.matcher(text).replaceAll("");
        for (String object : objects(answer)) {
            JsonNode node;
            try {
                node = LENIENT.readTree(object);
            } catch (java.io.IOException notJson) {
                continue;
            }
            collect(node, asked, verdicts, unknown, unusable);
        }
        return new Parsed(verdicts, unknown, unusable[0]);
    }

    private static void collect(JsonNode node, Set<String> asked, Map<String, Verdict> verdicts, List<String> unknown,
            int[] unusable) {
        if (node.isArray()) {
            node.forEach(n -> collect(n, asked, verdicts, unknown, unusable));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> f : node.properties()) {
            fields.putIfAbsent(f.getKey().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", ""), f.getValue());
        }
        JsonNode idNode = fields.entrySet().stream().filter(e -> ID_KEYS.contains(e.getKey())).map(Map.Entry::getValue)
                .findFirst().orElse(null);
        if (idNode == null) {
            // {"papers": [...]} and the like: the verdicts are further in.
            fields.values().forEach(v -> collect(v, asked, verdicts, unknown, unusable));
            return;
        }
        String rawId = idNode.isNumber() ? idNode.decimalValue().toPlainString() : idNode.asText("");
        Optional<String> id = ArxivId.tryParse(rawId).map(ArxivId::base).filter(asked::contains);
        if (id.isEmpty()) {
            unknown.add(rawId);
            return;
        }
        OptionalInt relevance = score(fields.getOrDefault("relevance", fields.get("relevancescore")));
        if (relevance.isEmpty()) {
            unusable[0]++;
            return;
        }
        int novelty = score(fields.getOrDefault("novelty", fields.get("noveltyscore"))).orElse(0);
        String comment = comment(fields.getOrDefault("comment", fields.get("reason"))).orElse("");
        verdicts.putIfAbsent(id.get(), new Verdict(relevance.getAsInt(), novelty, comment));
    }

    /** 1-10 from a number or a text starting with one ("7", "7/10", 7.4); 0 counts as 1; anything else is unusable. */
    static OptionalInt score(JsonNode node) {
        if (node == null) {
            return OptionalInt.empty();
        }
        double value;
        if (node.isNumber()) {
            value = node.doubleValue();
        } else if (node.isTextual()) {
            Matcher m = LEADING_NUMBER.matcher(node.asText());
            if (!m.find()) {
                return OptionalInt.empty();
            }
            value = Double.parseDouble(m.group(1));
        } else {
            return OptionalInt.empty();
        }
        if (Double.isNaN(value) || value < 0 || value >= 10.5) {
            return OptionalInt.empty();
        }
        return OptionalInt.of((int) Math.max(1, Math.round(value)));
    }

    /** The comment as one line of plain text, or empty when it says nothing ("undefined", an object, blank). */
    static Optional<String> comment(JsonNode node) {
        if (node == null || !node.isTextual()) {
            return Optional.empty();
        }
        String t = node.asText().replaceAll("[\\p{Cntrl}\\s]+", " ").replace("**", "").replace("`", "").strip();
        if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) {
            t = t.substring(1, t.length() - 1).strip();
        }
        String lower = t.toLowerCase(Locale.ROOT);
        if (EMPTY_WORDS.contains(lower) || lower.contains("[object object]")) {
            return Optional.empty();
        }
        if (t.length() > MAX_COMMENT) {
            int cut = t.lastIndexOf(' ', MAX_COMMENT);
            t = t.substring(0, cut > MAX_COMMENT / 2 ? cut : MAX_COMMENT).strip() + "…";
        }
        return Optional.of(t);
    }

    /** The text of every top-level {...} in the answer, braces inside strings aside. */
    static List<String> objects(String text) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = -1;
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '{') {
                if (depth++ == 0) {
                    start = i;
                }
            } else if (c == '}' && depth > 0) {
                if (--depth == 0) {
                    out.add(text.substring(start, i + 1));
                }
            } else if (depth > 0 && (c == '"' || c == '\'')) {
                quote = c;
            }
        }
        return out;
    }
}
