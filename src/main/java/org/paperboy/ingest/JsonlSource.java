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
 * {@code {"id", "title", "authors": [], "categories": [], "abstract", "comment", "day": "2026-06-08"}}. A
 * record without "day" is of the day the file is named after ({@code 2026-03-18.jsonl.gz}).
 */
public final class JsonlSource implements PaperSource {

    private static final ObjectMapper JSON = new ObjectMapper();

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
            while ((line = lines.readLine()) != null) {
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

    private Paper paper(String line, int number) {
        try {
            JsonNode o = JSON.readTree(line);
            ArxivId id = ArxivId.tryParse(o.path("id").asText(null))
                    .orElseThrow(() -> new IllegalArgumentException("no valid arXiv id in \"id\""));
            LocalDate day = o.hasNonNull("day") ? LocalDate.parse(o.path("day").asText("")) : named();
            return new Paper(id, o.path("title").asText(""), strings(o.path("authors")), strings(o.path("categories")),
                    o.path("abstract").asText(""), o.path("comment").asText(""), day, AnnounceType.NEW);
        } catch (IOException | IllegalArgumentException | DateTimeParseException e) {
            throw new FeedException(file + " line " + number + " is not a paper record (" + e.getMessage()
                    + "); nothing of the file was stored, fix or remove that line", e);
        }
    }

    /** The day the file's name starts with. */
    private LocalDate named() {
        String name = file.getFileName().toString();
        if (!name.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
            throw new IllegalArgumentException("no \"day\", and the file's name does not start with one (YYYY-MM-DD)");
        }
        return LocalDate.parse(name.substring(0, 10));
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}
