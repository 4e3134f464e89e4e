package org.paperboy.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.ingest.JsonlSource;
import org.paperboy.issue.DailyEdition;
import org.paperboy.issue.Pick;
import org.paperboy.paper.Paper;
import org.paperboy.score.Judging;
import org.paperboy.subscriber.Abstracts;
import org.paperboy.subscriber.Profile;
import org.paperboy.subscriber.Status;
import org.paperboy.subscriber.Subscriber;

/** A run's issues, assembled from sections rendered once per paper, are the issues the templates make. */
class DailyRunTest {

    private static final List<Paper> LISTING = new JsonlSource(Path.of("samples/2026-06-09.jsonl.gz")).fetch().papers();
    /**
     * Each paper's own values (its TL;DR and the rest), worked out once for every issue the test renders
     * straight from the templates, as a run does: the issues still come whole from the templates.
     */
    private static final Map<Paper, Map<String, Object>> FACTS = new ConcurrentHashMap<>();

    private static RenderedIssue straight(DailyRenderer renderer, DailyEdition edition, Links links) {
        return renderer.render(edition, links, paper -> FACTS.computeIfAbsent(paper, DailyModel::paper));
    }

    @TempDir
    Path dir;

    @Test
    void everyReadersIssueIsTheOneTheTemplatesMake() {
        DailyRenderer renderer = new DailyRenderer(Editions.templates());
        DailyRun run = renderer.forRun();
        Random random = new Random(11);
        for (int i = 0; i < 300; i++) {
            DailyEdition edition = edition(random, i);
            Links links = links(random, i);
            assertThat(run.render(edition, links)).as("reader %d", i).isEqualTo(straight(renderer, edition, links));
        }
        assertThat(run.assembles()).isTrue();
    }

    @Test
    void aTemplateThatChangesAReadersValueStillGetsExactlyWhatItAsksFor() throws IOException {
        copyTemplates();
        edit("daily.html.peb", "{{ p.reason }}</p>", "{{ p.reason | upper }}</p>");
        edit("daily.txt.peb", "{{ p.number }}. {{ p.title }}\n{%- if p.tldr is not empty %}",
                "{{ p.number }}. {{ p.title }}{% if p.number == 1 %} (top pick){% endif %}\n{%- if p.tldr is not empty %}");
        assertThat(assertSameIssues(new DailyRenderer(new Templates(dir))).assembles()).isFalse();
    }

    @Test
    void aTemplateWithoutThePaperMacroStillRendersAsWritten() throws IOException {
        copyTemplates();
        Path html = dir.resolve("email/daily.html.peb");
        String source = Files.readString(html);
        String macro = source.substring(source.indexOf("{% macro paper(p) %}\n") + "{% macro paper(p) %}\n".length(),
                source.indexOf("{% endmacro %}"));
        Files.writeString(html, source.replace("{{ paper(p) }}\n", macro));
        assertSameIssues(new DailyRenderer(new Templates(dir)));
    }

    @Test
    void aRunReadsTheTemplatesOnceAndTheNextRunSeesAnEdit() throws IOException {
        copyTemplates();
        DailyRenderer renderer = new DailyRenderer(new Templates(dir));
        DailyRun run = renderer.forRun();
        DailyEdition edition = Editions.edition(List.of(Editions.pick(LISTING.get(0), 7, 5, "Keyword: x", false)));
        assertThat(run.render(edition, Editions.LINKS).text()).startsWith("PAPERBOY DAILY");
        edit("daily.txt.peb", "PAPERBOY DAILY", "MORNING PAPERS");
        edit("daily.txt.peb", "PDF: {{ p.pdfUrl }}", "Full text: {{ p.pdfUrl }}");
        assertThat(run.render(edition, Editions.LINKS).text()).startsWith("PAPERBOY DAILY").contains("PDF: https://");
        RenderedIssue next = renderer.forRun().render(edition, Editions.LINKS);
        assertThat(next.text()).startsWith("MORNING PAPERS").contains("Full text: https://").doesNotContain("PDF:");
        assertThat(next).isEqualTo(renderer.render(edition, Editions.LINKS));
    }

    private static DailyRun assertSameIssues(DailyRenderer renderer) {
        DailyRun run = renderer.forRun();
        Random random = new Random(13);
        for (int i = 0; i < 40; i++) {
            DailyEdition edition = edition(random, i);
            Links links = links(random, i);
            assertThat(run.render(edition, links)).as("reader %d", i).isEqualTo(straight(renderer, edition, links));
        }
        return run;
    }

    /** Readers with a few to many picks from a real listing, the same papers at other places and with other reasons. */
    private static DailyEdition edition(Random random, int i) {
        List<Pick> picks = new ArrayList<>();
        int n = i % 17 == 0 ? 0 : 1 + random.nextInt(i % 5 == 0 ? 40 : 15);
        for (int k = 0; k < n; k++) {
            Paper paper = LISTING.get(random.nextInt(60));
            String reason = switch (random.nextInt(6)) {
                case 0 -> "";
                case 1 -> "Author match: " + (paper.authors().isEmpty() ? "Ada Lovelace" : paper.authors().get(0));
                case 2 -> "Reasoning in <language> models & \"agents\": " + "matched phrase ".repeat(random.nextInt(12));
                case 3 -> "   ";
                default -> "Keyword: large language model";
            };
            picks.add(Editions.pick(paper, 1 + random.nextInt(10), 1 + random.nextInt(10), reason, random.nextInt(5) == 0));
        }
        Profile profile = new Profile(List.of(), List.of(), List.of(), List.of(), List.of(), 30, 7, null, null,
                Abstracts.values()[i % 3]);
        Subscriber reader = new Subscriber(i + 1, "reader" + i + "@example.org", i % 3 == 0 ? "" : "Reader <" + i + "> & co",
                Status.ACTIVE, profile);
        LocalDate day = LocalDate.of(2026, 6, 9);
        List<LocalDate> covered = i % 7 == 0 ? List.of(LocalDate.of(2026, 6, 5), LocalDate.of(2026, 6, 8), day) : List.of(day);
        List<LocalDate> quiet = i % 11 == 0 ? List.of(LocalDate.of(2026, 6, 4)) : List.of();
        DailyEdition edition = new DailyEdition(reader, day, covered, quiet, 570, 540 - i, picks);
        return i % 9 == 0 ? edition.withJudging(new Judging("gpt-5.4", 40, 32, 12, 3, 125187, 5514, 0.31, 0.08, true, false))
                : edition;
    }

    private static Links links(Random random, int i) {
        String token = "tok" + i + "-" + random.nextInt(1000);
        return new Links("https://paperboy.example.org/unsubscribe/" + token + "?a=1&b=<2>",
                "https://paperboy.example.org/preferences/" + token,
                i % 5 == 0 ? "" : "https://paperboy.example.org/feedback/" + token + "/",
                i % 4 == 0 ? "" : "https://paperboy.example.org/view/" + token + "/daily/2026-06-09");
    }

    private void copyTemplates() throws IOException {
        Files.createDirectories(dir.resolve("email"));
        for (String name : new String[] {"frame.html.peb", "daily.html.peb", "daily.txt.peb"}) {
            Files.copy(Path.of("templates/email", name), dir.resolve("email").resolve(name));
        }
    }

    private void edit(String name, String from, String to) throws IOException {
        Path file = dir.resolve("email").resolve(name);
        String source = Files.readString(file);
        assertThat(source).contains(from);
        Files.writeString(file, source.replace(from, to));
    }
}
