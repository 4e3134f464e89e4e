package org.paperboy.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.paperboy.issue.DailyEdition;
import org.paperboy.issue.Pick;
import org.paperboy.paper.AnnounceType;
import org.paperboy.paper.ArxivId;
import org.paperboy.paper.Paper;
import org.paperboy.score.Score;
import org.paperboy.subscriber.Profile;
import org.paperboy.subscriber.Status;
import org.paperboy.subscriber.Subscriber;

/** Hand-built editions and a few real papers for the render tests. */
final class Editions {

    static final LocalDate DAY = LocalDate.of(2026, 3, 18);
    static final Links LINKS = new Links("https://paperboy.example.org/u/tok-123", "https://paperboy.example.org/p/tok-123");

    private Editions() {
    }

    static Templates templates() {
        return new Templates(Path.of("templates"));
    }

    static Subscriber ada() {
        Profile profile = new Profile(List.of(), List.of(), List.of(), List.of(), List.of(), 30, 7, null, null);
        return new Subscriber(1, "ada@example.org", "Ada Lovelace", Status.ACTIVE, profile);
    }

    static Paper paper(String id, String title, List<String> authors, List<String> categories, String abstractText,
            String comment) {
        return new Paper(ArxivId.parse(id), title, authors, categories, abstractText, comment, DAY, AnnounceType.NEW);
    }

    static Pick pick(Paper paper, int relevance, int novelty, String reason, boolean authorMatch) {
        return new Pick(paper, new Score(paper.id(), relevance, novelty, reason, authorMatch, relevance));
    }

    static DailyEdition edition(List<Pick> picks) {
        return new DailyEdition(ada(), DAY, List.of(DAY), List.of(), 412, 380, picks);
    }

    /** Every paper of the sample listings in samples/ (8-12 June 2026), in the listings' order. */
    static List<Paper> samplePapers() {
        List<Paper> papers = new ArrayList<>();
        for (String day : List.of("08", "09", "10", "11", "12")) {
            papers.addAll(new org.paperboy.ingest.JsonlSource(java.nio.file.Path.of("samples/2026-06-" + day + ".jsonl.gz"))
                    .fetch().papers());
        }
        return papers;
    }

    static List<Paper> realPapers() {
        ObjectMapper json = new ObjectMapper();
        List<Paper> papers = new ArrayList<>();
        try (var in = Editions.class.getResourceAsStream("papers-2026-06-08.jsonl");
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                JsonNode n = json.readTree(line);
                papers.add(new Paper(ArxivId.parse(n.get("id").asText()), n.get("title").asText(),
                        strings(n.get("authors")), strings(n.get("categories")), n.get("abstract").asText(),
                        n.get("comment").asText(), LocalDate.parse(n.get("day").asText()), AnnounceType.NEW));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return papers;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }
}
