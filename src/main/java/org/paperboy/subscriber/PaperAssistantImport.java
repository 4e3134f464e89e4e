package org.paperboy.subscriber;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the interest files of gpt_paper_assistant-style arXiv assistants: a {@code paper_topics.txt}
 * in any of the forms people write it (see {@link TopicsText}), and an {@code authors.txt} with one
 * "Name[, SemanticScholarId]" per line.
 */
public final class PaperAssistantImport {

    private PaperAssistantImport() {
    }

    public static Subscriber read(Path topicsFile, Path authorsFile, String email, String name) {
        if (!EmailSyntax.isValid(email)) {
            throw new InvalidProfileException(List.of(new ProfileProblem(topicsFile.toString(), 0, 0,
                    "'" + email + "' is not an email address like ada@example.org")));
        }
        // the topics file read whole: a line it cannot place is refused with its number and why
        Interests interests = TopicsText.read(topicsFile.toString(), lines(topicsFile));
        List<String> authors = authors(lines(authorsFile));
        if (interests.topics().isEmpty() && interests.keywords().isEmpty() && interests.about().isEmpty() && authors.isEmpty()) {
            throw new InvalidProfileException(List.of(new ProfileProblem(topicsFile.toString(), 1, 1,
                    "no topics, keywords or paragraphs here and no authors in " + authorsFile)));
        }
        Profile profile = new Profile(interests.topics(), authors, interests.keywords(), interests.avoid(), List.of(),
                Profile.DEFAULT_MAX_PAPERS, Profile.DEFAULT_DELIVERY_HOUR, ZoneId.of("UTC"), Frequency.DAILY, List.of(), interests.about());
        return new Subscriber(0, email, name, Status.ACTIVE, profile);
    }

    /** What a topics file says: its criteria, its lists of subjects to look for and to avoid, and its prose. */
    record Interests(List<Topic> topics, List<String> keywords, List<String> avoid, List<String> about) {
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
