package org.paperboy.subscriber;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/** Subscriber profiles as YAML files, one per subscriber (the format is in subscribers/README.md). */
public final class ProfileFiles {

    static final List<String> KEYS = List.of("email", "name", "time_zone", "delivery_hour", "max_papers", "frequency",
            "categories", "topics", "authors", "keywords", "avoid", "weekly_topics", "abstracts", "about");
    static final Set<String> TOPIC_KEYS = Set.of("name", "keep", "filter");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));

    private ProfileFiles() {
    }

    /** A profile file larger than this is refused unread: the longest real ones are a few kilobytes. */
    static final long MAX_FILE_BYTES = 256 * 1024;

    public static Subscriber read(Path file) {
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new InvalidProfileException(List.of(new ProfileProblem(file.toString(), 0, 0, "the file is "
                        + Files.size(file) / 1024 + " KB, more than the " + MAX_FILE_BYTES / 1024 + " KB a profile may have")));
            }
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the profile " + file + ": " + e.getMessage(), e);
        }
    }

    /** Every *.yaml / *.yml file in the folder, sorted by name; all problems of all files are reported together. */
    public static List<Subscriber> loadDirectory(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("no profile folder at " + dir.toAbsolutePath());
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
        List<Subscriber> subscribers = new ArrayList<>();
        List<ProfileProblem> problems = new ArrayList<>();
        for (Path f : files) {
            try {
                subscribers.add(read(f));
            } catch (InvalidProfileException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidProfileException(problems);
        }
        return subscribers;
    }

    public static Subscriber parse(String yaml, String fileName) {
        JsonNode root;
        try {
            root = YAML.readTree(yaml);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new InvalidProfileException(List.of(new ProfileProblem(fileName, at == null ? 0 : at.getLineNr(),
                    at == null ? 0 : at.getColumnNr(), "not valid YAML: " + e.getOriginalMessage())));
        }
        if (root == null || !root.isObject()) {
            throw new InvalidProfileException(List.of(new ProfileProblem(fileName, 1, 1,
                    "a profile is a mapping of keys such as 'email: ada@example.org'")));
        }
        Subscriber s = new ProfileReader(fileName, yaml, (ObjectNode) root).subscriber();
        if (s.name().length() > FormLimits.NAME) {
            throw new InvalidProfileException(List.of(new ProfileProblem(fileName, 0, 0, "name: " + s.name().length()
                    + " characters, more than the " + FormLimits.NAME + " a name may have")));
        }
        return s;
    }

    /** The profile as YAML that {@link #parse} reads back to the same subscriber. */
    public static String toYaml(Subscriber s) {
        Profile p = s.profile();
        ObjectNode o = YAML.createObjectNode();
        o.put("email", s.email());
        if (!s.name().isEmpty()) {
            o.put("name", s.name());
        }
        o.put("time_zone", p.zone().getId());
        o.put("delivery_hour", p.deliveryHour());
        o.put("max_papers", p.maxPapers());
        o.put("frequency", p.frequency().name().toLowerCase(Locale.ROOT));
        o.set("categories", YAML.valueToTree(p.categories()));
        var topics = o.putArray("topics");
        for (Topic t : p.topics()) {
            ObjectNode topic = topics.addObject();
            topic.put("name", t.name());
            topic.put("keep", t.keep());
            topic.put("filter", t.filter());
        }
        o.set("authors", YAML.valueToTree(p.authors()));
        o.set("keywords", YAML.valueToTree(p.keywords()));
        o.set("avoid", YAML.valueToTree(p.avoid()));
        if (!p.weeklyTopics().isEmpty()) {
            o.set("weekly_topics", YAML.valueToTree(p.weeklyTopics()));
        }
        o.put("abstracts", p.abstracts().key());
        if (!p.about().isEmpty()) {
            o.set("about", YAML.valueToTree(p.about()));
        }
        try {
            return YAML.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static ZoneId zone(String text) {
        try {
            return ZoneId.of(text.strip());
        } catch (DateTimeException e) {
            return null;
        }
    }
}
