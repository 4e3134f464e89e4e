package org.paperboy.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.paperboy.config.Config;
import org.paperboy.paper.Paper;
import org.paperboy.subscriber.Frequency;
import org.paperboy.subscriber.PaperAssistantImport;
import org.paperboy.subscriber.Profile;
import org.paperboy.subscriber.ProfileFiles;
import org.paperboy.subscriber.Status;
import org.paperboy.subscriber.Subscriber;
import org.paperboy.subscriber.Topic;

/**
 * Generated readers for the pipeline benchmark, as varied as real ones: each takes one to three topics
 * written by real readers (the profiles in {@code subscribers/}, the operator's weekly topics and the
 * gpt_paper_assistant-style profiles in {@code samples/bench-topics/}), and some follow real authors of
 * the sample listings, add keywords or words to avoid from those profiles, or keep to a few categories.
 * The same seed gives the same readers.
 */
public final class BenchReaders {

    private static final List<String> ZONES = List.of("UTC", "Europe/London", "Europe/Berlin", "America/New_York",
            "America/Los_Angeles", "Asia/Tokyo", "Asia/Shanghai", "Australia/Sydney");

    private final List<Topic> topics = new ArrayList<>();
    private final List<String> keywords = new ArrayList<>();
    private final List<String> avoid = new ArrayList<>();
    private final List<List<String>> categories = new ArrayList<>();
    private final List<String> authors;
    private final List<String> famous = new ArrayList<>();

    /** @param papers the listings' papers, whose authors readers follow */
    public BenchReaders(Path subscribers, Path benchTopics, Config.Weekly weekly, List<Paper> papers) {
        for (Subscriber s : ProfileFiles.loadDirectory(subscribers)) {
            Profile p = s.profile();
            topics.addAll(p.topics());
            keywords.addAll(p.keywords());
            avoid.addAll(p.avoid());
            if (!p.categories().isEmpty()) {
                categories.add(p.categories());
            }
        }
        for (Config.WeeklyTopic t : weekly.topics()) {
            topics.add(new Topic(t.name(), t.keep(), t.filter()));
            if (!t.categories().isEmpty()) {
                categories.add(t.categories());
            }
        }
        Path followed = benchTopics.resolve("foundations-authors.txt");
        for (Path file : markdown(benchTopics)) {
            Profile p = PaperAssistantImport.read(file, followed, "bench@example.org", "").profile();
            topics.addAll(p.topics());
            famous.addAll(p.authors());
        }
        // the short phrases of the topics' keep texts are what people type as keywords
        for (Topic t : topics) {
            Arrays.stream(t.keep().split("[,;]")).map(String::strip)
                    .filter(k -> !k.isEmpty() && k.split(" ").length <= 3 && k.length() >= 4)
                    .forEach(keywords::add);
        }
        dedupe(keywords);
        dedupe(avoid);
        this.authors = papers.stream().flatMap(p -> p.authors().stream()).distinct().toList();
        if (topics.isEmpty() || authors.isEmpty()) {
            throw new IllegalStateException("no topics in " + subscribers + " and " + benchTopics
                    + ", or no authors in the listings: run the benchmark from the Paperboy folder");
        }
    }

    /** How many different topic texts readers draw from. */
    int topicTexts() {
        return (int) topics.stream().distinct().count();
    }

    public List<Subscriber> generate(int n, long seed) {
        Random random = new Random(seed);
        List<Subscriber> readers = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Set<Topic> chosen = new LinkedHashSet<>();
            for (int k = 1 + random.nextInt(3); k > 0; k--) {
                chosen.add(pick(topics, random));
            }
            Set<String> follow = new LinkedHashSet<>();
            if (random.nextInt(100) < 45) {
                for (int k = 1 + random.nextInt(3); k > 0; k--) {
                    follow.add(random.nextInt(20) == 0 && !famous.isEmpty() ? pick(famous, random) : pick(authors, random));
                }
            }
            List<String> words = random.nextInt(100) < 40 ? some(keywords, 1 + random.nextInt(2), random) : List.of();
            List<String> avoided = random.nextInt(100) < 15 ? some(avoid, 1, random) : List.of();
            List<String> within = random.nextInt(100) < 35 && !categories.isEmpty() ? pick(categories, random) : List.of();
            Profile profile = new Profile(List.copyOf(chosen), List.copyOf(follow), words, avoided, within,
                    5 + random.nextInt(26), random.nextInt(24), ZoneId.of(pick(ZONES, random)),
                    random.nextInt(100) < 15 ? Frequency.BOTH : Frequency.DAILY);
            readers.add(new Subscriber(0, "reader" + i + "@bench.example.org", pick(authors, random), Status.ACTIVE, profile));
        }
        return readers;
    }

    private static <T> T pick(List<T> from, Random random) {
        return from.get(random.nextInt(from.size()));
    }

    private static List<String> some(List<String> from, int n, Random random) {
        if (from.isEmpty()) {
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>();
        while (out.size() < Math.min(n, from.size())) {
            out.add(pick(from, random));
        }
        return List.copyOf(out);
    }

    private static void dedupe(List<String> values) {
        List<String> distinct = List.copyOf(new LinkedHashSet<>(values));
        values.clear();
        values.addAll(distinct);
    }

    private static List<Path> markdown(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().matches("\\d{4}-\\d{2}-\\d{2}\\.md")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the benchmark topics in " + dir.toAbsolutePath(), e);
        }
    }
}
