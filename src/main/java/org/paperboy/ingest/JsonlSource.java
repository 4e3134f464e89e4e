package org.paperboy.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.paperboy.paper.AnnounceType;
import org.paperboy.paper.ArxivId;
import org.paperboy.paper.Paper;

/**
 * A day's listing saved as JSON lines (optionally gzipped), one paper per line:
 * {@code {"id", "title", "authors": [], "categories": [], "abstract", "comment", "day": "2026-06-08"}}; without
 * "day", the day the file is named after (2026-06-08.jsonl.gz).
 */
public final class JsonlSource implements PaperSource {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** A paper record within every field limit is far shorter than this. */
    static final int MAX_LINE = 1_000_000;

    private final Path file;

    public JsonlSource(Path file) {
        this.file = file;
    }

    @Override
    public Listing fetch() {
        List<Paper> papers = new ArrayList<>();
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = line(lines, number + 1)) != null) {
                number++;
                if (!line.isBlank()) {
                    papers.add(paper(line, number));
                }
            }
        } catch (IOException e) {
            throw new FeedException("cannot read " + file + ": " + e.getMessage()
                    + " (is it a complete .jsonl or .jsonl.gz file?); nothing was stored", e);
        }
        return new Listing(file.toString(), papers);
    }

    /** One line, refused when it runs past {@link #MAX_LINE} characters: no paper record is that long. */
    private String line(BufferedReader in, int number) throws IOException {
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = in.read()) >= 0 && c != '\n') {
            if (line.length() >= MAX_LINE) {
                throw new FeedException(file + " line " + number + " is longer than " + MAX_LINE + " characters, no paper"
                        + " record; nothing of the file was stored, fix or remove that line");
            }
            line.append((char) c);
        }
        return c < 0 && line.length() == 0 ? null : line.toString();
    }

    private Paper paper(String line, int number) {
        try {
            JsonNode o = JSON.readTree(line);
            if (o == null || !o.isObject()) {
                throw new IllegalArgumentException("not a JSON object");
            }
            ArxivId id = ArxivId.tryParse(text(o, "id"))
                    .orElseThrow(() -> new IllegalArgumentException("no valid arXiv id in \"id\""));
            String written = text(o, "day");
            if (written.isEmpty() && dayOfFile() == null) {
                throw new IllegalArgumentException("no \"day\", and the file is not named after one (YYYY-MM-DD.jsonl.gz)");
            }
            LocalDate day = written.isEmpty() ? dayOfFile() : LocalDate.parse(written);
            Paper paper = new Paper(id, text(o, "title"), strings(o, "authors"), strings(o, "categories"), text(o, "abstract"),
                    text(o, "comment"), day, AnnounceType.NEW);
            FeedLimits.problem(paper.title(), paper.abstractText(), paper.comment(), String.join(", ", paper.authors()).length(),
                    paper.authors().size(), paper.categories().size()).ifPresent(p -> {
                        throw new IllegalArgumentException(p);
                    });
            return paper;
        } catch (IOException | IllegalArgumentException | DateTimeParseException e) {
            throw new FeedException(file + " line " + number + " is not a paper record (" + e.getMessage()
                    + "); nothing of the file was stored, fix or remove that line", e);
        }
    }

    private LocalDate dayOfFile() {
        String name = file.getFileName().toString();
        try {
            return name.length() >= 10 ? LocalDate.parse(name.substring(0, 10)) : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A text field: a JSON string, or absent (""); anything else is refused rather than read as "". */
    private static String text(JsonNode o, String field) {
        JsonNode v = o.get(field);
        if (v == null || v.isNull()) {
            return "";
        }
        if (!v.isTextual()) {
            throw new IllegalArgumentException("\"" + field + "\" must be a string, not " + v.getNodeType().name().toLowerCase());
        }
        return v.asText();
    }

    /** A list field: a JSON array of strings, or absent (empty). */
    private static List<String> strings(JsonNode o, String field) {
        JsonNode array = o.get(field);
        if (array == null || array.isNull()) {
            return List.of();
        }
        if (!array.isArray()) {
            throw new IllegalArgumentException("\"" + field + "\" must be a list of strings, not " + array.getNodeType().name().toLowerCase());
        }
        List<String> values = new ArrayList<>();
        for (JsonNode v : array) {
            if (!v.isTextual()) {
                throw new IllegalArgumentException("\"" + field + "\" must hold strings only, not " + v.getNodeType().name().toLowerCase());
            }
            values.add(v.asText());
        }
        return values;
    }
}
