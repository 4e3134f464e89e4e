package org.paperboy.subscriber;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the interest files of gpt_paper_assistant-style arXiv assistants: a {@code paper_topics.txt}
 * of numbered criteria, each optionally followed by "- Relevant:" / "- Not relevant:" (or "- Keep:" /
 * "- Filter:") lines, and an {@code authors.txt} with one "Name[, SemanticScholarId]" per line.
 */
public final class PaperAssistantImport {

    private static final Pattern NUMBERED = Pattern.compile("^\\s*(\\d+)[.)]\\s+(.*)$");
    private static final Pattern KEEP = Pattern.compile("^\\s*-\\s*(?:Relevant|Keep)\\s*:\\s*(.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern FILTER = Pattern.compile("^\\s*-\\s*(?:Not relevant|Filter)\\s*:\\s*(.*)$", Pattern.CASE_INSENSITIVE);
    /** "**Keywords:**": a section of "- Relevant: ..." and "- Irrelevant: ..." word lists. */
    private static final Pattern KEYWORDS = Pattern.compile("^\\W*keywords\\W*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern KEYWORDS_LINE = Pattern.compile("^\\s*-\\s*(Relevant|Irrelevant|Not relevant|Application)\\s*:\\s*(.*)$",
            Pattern.CASE_INSENSITIVE);
    /** "Usually irrelevant unless ...:" heads a list of subjects to avoid. */
    private static final Pattern AVOID = Pattern.compile("^\\s*(?:usually\\s+)?(?:irrelevant|not relevant)\\b.*:\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern BULLET = Pattern.compile("^\\s*[-*]\\s+(.*)$");

    private PaperAssistantImport() {
    }

    public static Subscriber read(Path topicsFile, Path authorsFile, String email, String name) {
        if (!EmailSyntax.isValid(email)) {
            throw new InvalidProfileException(List.of(new ProfileProblem(topicsFile.toString(), 0, 0,
                    "'" + email + "' is not an email address like ada@example.org")));
        }
        Interests interests = interests(lines(topicsFile));
        List<String> authors = authors(lines(authorsFile));
        if (interests.topics().isEmpty() && authors.isEmpty()) {
            throw new InvalidProfileException(List.of(new ProfileProblem(topicsFile.toString(), 1, 1,
                    "no numbered topics (\"1. ...\") here and no authors in " + authorsFile)));
        }
        Profile profile = new Profile(interests.topics(), authors, interests.keywords(), interests.avoid(), List.of(),
                Profile.DEFAULT_MAX_PAPERS, Profile.DEFAULT_DELIVERY_HOUR, ZoneId.of("UTC"), Frequency.DAILY);
        return new Subscriber(0, email, name, Status.ACTIVE, profile);
    }

    /** What a topics file says: its criteria and its lists of subjects to look for and to avoid. */
    record Interests(List<Topic> topics, List<String> keywords, List<String> avoid) {
    }

    static Interests interests(List<String> lines) {
        List<Topic> topics = new ArrayList<>();
        List<String> keywords = new ArrayList<>();
        List<String> avoid = new ArrayList<>();
        String criterion = null;
        StringBuilder keep = new StringBuilder();
        StringBuilder filter = new StringBuilder();
        String section = "topics";
        for (String line : lines) {
            Matcher numbered = NUMBERED.matcher(line);
            Matcher k = KEEP.matcher(line);
            Matcher f = FILTER.matcher(line);
            Matcher bullet = BULLET.matcher(line);
            Matcher listed = KEYWORDS_LINE.matcher(line);
            if (numbered.matches()) {
                add(topics, criterion, keep, filter);
                criterion = numbered.group(2).strip();
                keep.setLength(0);
                filter.setLength(0);
                section = "topics";
            } else if (KEYWORDS.matcher(line).matches()) {
                section = "keywords";
            } else if (AVOID.matcher(line).matches()) {
                section = "avoid";
            } else if (section.equals("keywords") && listed.matches()) {
                (listed.group(1).equalsIgnoreCase("Relevant") ? keywords : avoid).addAll(items(listed.group(2)));
            } else if (section.equals("avoid") && bullet.matches()) {
                avoid.addAll(items(bullet.group(1)));
            } else if (criterion != null && section.equals("topics") && f.matches()) {
                filter.append(filter.length() > 0 ? " " : "").append(f.group(1).strip());
            } else if (criterion != null && section.equals("topics") && k.matches()) {
                keep.append(keep.length() > 0 ? " " : "").append(k.group(1).strip());
            }
        }
        add(topics, criterion, keep, filter);
        return new Interests(topics, keywords.stream().distinct().toList(), avoid.stream().distinct().toList());
    }

    /** "Mixture of Experts (MoE), Sparse/Sparsity, Time Series, etc." as separate subjects. */
    static List<String> items(String list) {
        List<String> out = new ArrayList<>();
        for (String item : list.split(",")) {
            String i = item.replaceAll("(?i)\\b(etc|e\\.g)\\.?|\\bsuch as\\b|^\\s*domain applications\\b", " ")
                    .replaceAll("[*.]+$", "").replaceAll("\\s+", " ").strip();
            if (i.length() > 1) {
                out.add(i);
            }
        }
        return out;
    }

    /** A short criterion is the topic's name; a long one is its keep text. */
    private static void add(List<Topic> topics, String criterion, StringBuilder keep, StringBuilder filter) {
        if (criterion == null) {
            return;
        }
        String c = criterion.replaceAll("[.;:]+$", "");
        if (c.length() <= 60) {
            topics.add(new Topic(c, keep.length() > 0 ? keep.toString() : c, filter.toString()));
        } else {
            topics.add(new Topic("", (c + ". " + keep).strip(), filter.toString()));
        }
    }

    static List<String> authors(List<String> lines) {
        List<String> authors = new ArrayList<>();
        for (String line : lines) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            authors.add(l.replaceAll(",\\s*\\d+\\s*$", "").strip());
        }
        return authors;
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
