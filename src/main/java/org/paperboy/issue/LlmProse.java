package org.paperboy.issue;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.paperboy.paper.Paper;

/**
 * Rewrites a weekly issue's prose with a language model. Each field of the model's JSON answer is
 * checked on its own; a missing, empty or malformed field keeps the extractive text for that field
 * only. Evidence stays quoted from the abstracts: it is what backs the claims.
 */
public final class LlmProse {

    static final int MAX_FIELD = 1200;

    private static final ObjectMapper LENIENT = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .build();
    private static final String SYSTEM = "You write a weekly research newsletter for scientists. Be precise and"
            + " sober; never invent results that the abstract does not state. Answer with one JSON object only.";

    private final LanguageModel model;

    public LlmProse(LanguageModel model) {
        this.model = model;
    }

    public WeeklyEdition rewrite(WeeklyEdition e) {
        List<WeeklyEdition.Breakthrough> breakthroughs = new ArrayList<>();
        for (WeeklyEdition.Breakthrough b : e.breakthroughs()) {
            breakthroughs.add(rewrite(b));
        }
        Optional<JsonNode> answer = ask(overviewPrompt(e, breakthroughs));
        String summary = answer.flatMap(a -> text(a, "summary")).orElse(e.summary());
        String takeaway = answer.flatMap(a -> text(a, "takeaway")).orElse(e.takeaway());
        return new WeeklyEdition(e.topic(), e.week(), e.from(), e.to(), e.analyzed(), e.relevant(), summary, takeaway,
                breakthroughs, e.trends(), e.notable(), e.mentions());
    }

    private WeeklyEdition.Breakthrough rewrite(WeeklyEdition.Breakthrough b) {
        Paper p = b.pick().paper();
        Optional<JsonNode> answer = ask("Paper arXiv:" + p.id().base() + "\nTitle: " + p.title() + "\nAuthors: "
                + String.join(", ", p.authors()) + "\nAbstract: " + p.abstractText() + "\n\nReturn {\"why_novel\": string"
                + " (what is new compared with prior work, at most 60 words), \"innovations\": [2 to 4 strings, the key"
                + " technical ideas], \"impact\": string (what it could change, at most 40 words)}.");
        if (answer.isEmpty()) {
            return b;
        }
        JsonNode a = answer.get();
        return new WeeklyEdition.Breakthrough(b.pick(),
                text(a, "why_novel").orElse(b.whyNovel()),
                texts(a, "innovations").orElse(b.innovations()),
                b.evidence(),
                text(a, "impact").orElse(b.impact()));
    }

    private static String overviewPrompt(WeeklyEdition e, List<WeeklyEdition.Breakthrough> breakthroughs) {
        String top = breakthroughs.stream().map(b -> "- " + b.pick().paper().id().base() + " " + b.pick().paper().title()
                + ": " + b.whyNovel()).collect(Collectors.joining("\n"));
        String trends = e.trends().stream().map(t -> "- " + t.name() + " (" + t.papers().size() + " papers)")
                .collect(Collectors.joining("\n"));
        return "Topic: " + e.topic() + ", week " + e.week() + ", " + e.analyzed() + " papers analyzed.\nBreakthroughs:\n"
                + top + "\nTrends:\n" + trends + "\n\nReturn {\"summary\": string (at most 120 words, cite arXiv ids),"
                + " \"takeaway\": string (one sentence)}.";
    }

    private Optional<JsonNode> ask(String user) {
        return model.completeJson(SYSTEM, user).flatMap(LlmProse::parse);
    }

    /** Tolerates code fences and text around the object. */
    static Optional<JsonNode> parse(String raw) {
        int start = raw.indexOf('{');
        int end = raw.lastIndexOf('}');
        if (start < 0 || end <= start) {
            return Optional.empty();
        }
        try {
            JsonNode node = LENIENT.readTree(raw.substring(start, end + 1));
            return node.isObject() ? Optional.of(node) : Optional.empty();
        } catch (java.io.IOException e) {
            return Optional.empty();
        }
    }

    static Optional<String> text(JsonNode answer, String field) {
        JsonNode v = answer.get(field);
        return v != null && v.isTextual() ? clean(v.asText()) : Optional.empty();
    }

    static Optional<List<String>> texts(JsonNode answer, String field) {
        JsonNode v = answer.get(field);
        if (v == null || !v.isArray()) {
            return Optional.empty();
        }
        List<String> items = new ArrayList<>();
        for (JsonNode item : v) {
            if (item.isTextual()) {
                clean(item.asText()).ifPresent(items::add);
            }
        }
        return items.isEmpty() ? Optional.empty() : Optional.of(items);
    }

    private static Optional<String> clean(String s) {
        String t = s.strip();
        String lower = t.toLowerCase(Locale.ROOT);
        if (t.isEmpty() || t.length() > MAX_FIELD || lower.equals("null") || lower.equals("undefined")
                || lower.equals("n/a") || lower.contains("[object object]") || t.equals("()")) {
            return Optional.empty();
        }
        return Optional.of(t);
    }
}
