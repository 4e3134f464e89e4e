package org.paperboy.subscriber;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks one parsed profile, collecting every problem with the line of the key it concerns. */
final class ProfileReader {

    private final String file;
    private final String[] lines;
    private final ObjectNode root;
    private final List<ProfileProblem> problems = new ArrayList<>();

    ProfileReader(String file, String yaml, ObjectNode root) {
        this.file = file;
        this.lines = yaml.split("\n", -1);
        this.root = root;
    }

    Subscriber subscriber() {
        Iterator<String> names = root.fieldNames();
        while (names.hasNext()) {
            String key = names.next();
            if (!ProfileFiles.KEYS.contains(key)) {
                problem(key, "unknown key '" + key + "' (allowed: " + String.join(", ", ProfileFiles.KEYS) + ")");
            }
        }
        String email = text("email", null);
        if (email == null || email.isBlank()) {
            problem("email", "email is required");
        } else if (!EmailSyntax.isValid(email.strip())) {
            problem("email", "'" + email + "' is not an email address like ada@example.org");
        }
        String name = text("name", "");
        ZoneId zone = ProfileFiles.zone(text("time_zone", "UTC"));
        if (zone == null) {
            problem("time_zone", "unknown time zone '" + text("time_zone", "") + "' (use a name like Europe/Berlin or UTC)");
        }
        int hour = number("delivery_hour", Profile.DEFAULT_DELIVERY_HOUR, 0, 23);
        int max = number("max_papers", Profile.DEFAULT_MAX_PAPERS, 1, 500);
        Frequency frequency = frequency();
        Abstracts abstracts = abstracts();
        List<Topic> topics = topics();
        List<String> authors = strings("authors");
        List<String> keywords = strings("keywords");
        List<String> avoid = strings("avoid");
        List<String> categories = strings("categories");
        List<String> weekly = strings("weekly_topics");
        List<String> about = strings("about");
        if (topics.isEmpty() && authors.isEmpty() && keywords.isEmpty() && about.isEmpty() && problems.isEmpty()) {
            problem(null, "the profile says nothing about what to send: add topics, authors, keywords or about");
        }
        if (!problems.isEmpty()) {
            throw new InvalidProfileException(problems);
        }
        Profile profile = new Profile(topics, authors, keywords, avoid, categories, max, hour, zone, frequency, weekly, abstracts,
                about);
        return new Subscriber(0, email.strip(), name, Status.ACTIVE, profile);
    }

    private String text(String key, String fallback) {
        JsonNode v = root.get(key);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (!v.isValueNode()) {
            problem(key, key + " must be a single value, not a list or mapping");
            return fallback;
        }
        return v.asText();
    }

    private int number(String key, int fallback, int min, int max) {
        JsonNode v = root.get(key);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (!v.canConvertToInt() || !(v.isIntegralNumber() || v.asText().matches("\\d+"))) {
            problem(key, key + " must be a whole number, not '" + v.asText() + "'");
            return fallback;
        }
        int n = v.asInt();
        if (n < min || n > max) {
            problem(key, key + " must be between " + min + " and " + max + ", not " + n);
            return fallback;
        }
        return n;
    }

    private Frequency frequency() {
        String value = text("frequency", "daily").strip().toUpperCase(Locale.ROOT);
        try {
            return Frequency.valueOf(value);
        } catch (IllegalArgumentException e) {
            problem("frequency", "frequency must be daily, weekly or both, not '" + value.toLowerCase(Locale.ROOT) + "'");
            return Frequency.DAILY;
        }
    }

    private Abstracts abstracts() {
        String value = text("abstracts", Abstracts.SHORT.key());
        return Abstracts.named(value).orElseGet(() -> {
            problem("abstracts", "abstracts must be full, short or none, not '" + value + "'");
            return Abstracts.SHORT;
        });
    }

    /** A list of strings; a single string is a list of one. */
    private List<String> strings(String key) {
        JsonNode v = root.get(key);
        List<String> values = new ArrayList<>();
        if (v == null || v.isNull()) {
            return values;
        }
        if (v.isValueNode()) {
            values.add(v.asText());
        } else if (v.isArray()) {
            for (JsonNode item : v) {
                if (!item.isValueNode()) {
                    problem(key, "each entry of " + key + " must be a plain text, e.g. - Yann LeCun");
                } else {
                    values.add(item.asText());
                }
            }
        } else {
            problem(key, key + " must be a list");
        }
        return values;
    }

    private List<Topic> topics() {
        JsonNode v = root.get("topics");
        List<Topic> topics = new ArrayList<>();
        if (v == null || v.isNull()) {
            return topics;
        }
        if (!v.isArray()) {
            problem("topics", "topics must be a list of entries with name, keep and filter");
            return topics;
        }
        for (JsonNode t : v) {
            if (t.isTextual()) {
                topics.add(new Topic("", t.asText(), ""));
                continue;
            }
            if (!t.isObject()) {
                problem("topics", "each topic needs name, keep and (optionally) filter");
                continue;
            }
            t.fieldNames().forEachRemaining(k -> {
                if (!ProfileFiles.TOPIC_KEYS.contains(k)) {
                    problem(k, "unknown topic key '" + k + "' (allowed: name, keep, filter)");
                }
            });
            String name = t.path("name").asText("");
            String keep = t.path("keep").asText("");
            if (name.isBlank() && keep.isBlank()) {
                problem("topics", "a topic needs a name or a keep text");
                continue;
            }
            topics.add(new Topic(name, keep, t.path("filter").asText("")));
        }
        return topics;
    }

    private void problem(String key, String reason) {
        int line = 0;
        int column = 0;
        if (key != null) {
            Pattern p = Pattern.compile("^(\\s*(?:-\\s+)?)" + Pattern.quote(key) + "\\s*:");
            for (int i = 0; i < lines.length; i++) {
                Matcher m = p.matcher(lines[i]);
                if (m.find()) {
                    line = i + 1;
                    column = m.group(1).length() + 1;
                    break;
                }
            }
        }
        problems.add(new ProfileProblem(file, line, column, reason));
    }
}
