package org.paperboy.app;

import org.paperboy.testkit.TestApps;
import org.paperboy.publish.Ingestion;
import org.paperboy.publish.DailyDigests;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.llm.FakeOpenAi;
import org.paperboy.subscriber.Frequency;
import org.paperboy.subscriber.Profile;
import org.paperboy.subscriber.Status;
import org.paperboy.subscriber.Subscriber;
import org.paperboy.subscriber.Topic;

/**
 * The daily digest with the LLM judge configured, on the bundled sample, the real templates, a loopback
 * server speaking the OpenAI protocol and mail delivered through GreenMail.
 */
class LlmJudgeEndToEndTest {

    static final LocalDate MON = LocalDate.of(2026, 6, 8);
    static final String COMMENT = "Criterion 1 (language models): judged by the test model";

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path dir;
    FakeOpenAi model;

    @BeforeEach
    void start() {
        model = new FakeOpenAi().usage(1000, 150).otherwise(user -> FakeOpenAi.arxivIds(user).stream()
                .map(id -> "{\"ARXIVID\": \"" + id + "\", \"COMMENT\": \"" + COMMENT + " (" + id + ")\", \"RELEVANCE\": 9, \"NOVELTY\": 7}")
                .collect(Collectors.joining("\n", "```jsonl\n", "\n```")));
    }

    @AfterEach
    void stop() {
        model.close();
    }

    App app(String... llm) {
        App app = TestApps.withMail(dir, mail.getSmtp().getPort(), llm);
        app.ingestion(line -> { }).file(Path.of("samples", "2026-06-08.jsonl.gz"));
        return app;
    }

    static Subscriber reader(String email) {
        Profile profile = new Profile(List.of(new Topic("language models", "language models, benchmarks and methods", "surveys")),
                List.of("Zongqing Lu"), List.of("language models"), List.of(), List.of(), 10, 7, ZoneId.of("UTC"), Frequency.DAILY);
        return new Subscriber(0, email, "Noam", Status.ACTIVE, profile);
    }

    @Test
    void theWeeklyIssueFeaturesWhatTheModelRatesAndLeavesOutWhatItFindsOffTheTopic() throws Exception {
        // the model finds the last paper of each request on the topic and new, and every other one off it
        java.util.Set<String> favoured = java.util.concurrent.ConcurrentHashMap.newKeySet();
        java.util.Set<String> offTopic = java.util.concurrent.ConcurrentHashMap.newKeySet();
        model.otherwise(user -> {
            List<String> ids = FakeOpenAi.arxivIds(user);
            if (ids.isEmpty()) {
                return "{}"; // the prose request: the offline text stays
            }
            favoured.add(ids.get(ids.size() - 1));
            offTopic.addAll(ids.subList(0, ids.size() - 1));
            return ids.stream().map(id -> "{\"ARXIVID\": \"" + id + "\", \"COMMENT\": \"judged\", \"RELEVANCE\": "
                    + (id.equals(ids.get(ids.size() - 1)) ? "10, \"NOVELTY\": 10}" : "3, \"NOVELTY\": 5}"))
                    .collect(Collectors.joining("\n"));
        });
        try (App app = app("PAPERBOY_LLM_BASE_URL", model.baseUrl(), "PAPERBOY_LLM_MODEL", "gpt-test",
                "PAPERBOY_LLM_JUDGE_CANDIDATES", "12", "PAPERBOY_LLM_JUDGE_BATCH_SIZE", "4")) {
            app.db().subscribers().upsert(new Subscriber(0, "weekly@example.org", "", Status.ACTIVE, new Profile(List.of(),
                    List.of(), List.of("reasoning"), List.of(), List.of(), 10, 7, ZoneId.of("UTC"), Frequency.WEEKLY,
                    List.of("LLM & Foundation Models"))));
            org.paperboy.publish.WeeklyIssues.Report report = app.weekly(TestApps.tokens(), "http://127.0.0.1:1")
                    .make("2026-W24", s -> true, null, line -> { });

            assertThat(favoured).hasSize(3);
            org.paperboy.issue.WeeklyEdition issue = report.editions().get(0);
            assertThat(issue.breakthroughs()).extracting(b -> b.pick().paper().id().base()).containsExactlyInAnyOrderElementsOf(favoured);
            assertThat(issue.breakthroughs()).allSatisfy(b -> assertThat(b.pick().score().relevance()).isEqualTo(10));
            List<String> featured = new java.util.ArrayList<>();
            issue.notable().forEach(n -> featured.add(n.pick().paper().id().base()));
            issue.mentions().forEach(p -> featured.add(p.id().base()));
            assertThat(featured).as("rated 3 of 10 for the topic").doesNotContainAnyElementsOf(offTopic);
        }
    }

    @Test
    void theDigestShowsTheModelsCommentsAndWhatThisIssueCostAndTheSecondReaderPaysNothing() throws Exception {
        try (App app = app("PAPERBOY_LLM_BASE_URL", model.baseUrl(), "PAPERBOY_LLM_MODEL", "gpt-test",
                "PAPERBOY_LLM_PROMPT_USD_PER_MILLION", "10", "PAPERBOY_LLM_COMPLETION_USD_PER_MILLION", "40",
                "PAPERBOY_LLM_JUDGE_CANDIDATES", "12", "PAPERBOY_LLM_JUDGE_BATCH_SIZE", "4")) {
            app.db().subscribers().upsert(reader("noam@example.org"));
            DailyDigests digests = app.digests(TestApps.tokens(), "http://127.0.0.1:1");
            assertThat(digests.make(MON, s -> true, null, line -> { }).made()).isEqualTo(1);
            assertThat(model.requests).hasSize(3);
            app.db().subscribers().upsert(reader("twin@example.org"));
            assertThat(digests.make(MON, s -> true, null, line -> { }).made()).isEqualTo(1);
            assertThat(model.requests).as("same criteria: every answer from the cache").hasSize(3);
            assertThat(app.send(10, null, line -> { }).sent()).isEqualTo(2);
        }
        String[] noam = parts("noam@example.org");
        String html = Jsoup.parse(noam[1]).text();
        for (String part : List.of(noam[0].replaceAll("\\s+", " "), html)) {
            assertThat(part).contains("Why: " + COMMENT + " (2606.", "Relevance 9/10 · Novelty 7/10", "Author match: Zongqing Lu",
                    "The model judged 12 of the 12 papers the offline scorer ranked highest for you. Tokens and cost are"
                            + " this issue's own requests (3 requests).")
                    .doesNotContain("undefined", "[object Object]", "```");
        }
        assertThat(noam[0]).contains("| [gpt-test] | Prompt | Completion | Total |\n|---|---|---|---|\n"
                + "| Tokens | 3000 | 450 | 3450 |\n| Cost | $0.03 | $0.02 | $0.05 |");
        assertThat(html).contains("[gpt-test] Prompt Completion Total Tokens 3000 450 3450 Cost $0.03 $0.02 $0.05");

        String[] twin = parts("twin@example.org");
        assertThat(twin[0]).contains("| Tokens | 0 | 0 | 0 |", "Why: " + COMMENT);
        assertThat(twin[0].replaceAll("\\s+", " ")).contains("every one of those answers was stored from an earlier issue"
                + " with the same interests, so this issue spent no tokens.");
    }

    @Test
    void withAnEndpointButNoModelNothingIsAskedAndNoTableIsShown() throws Exception {
        try (App app = app("PAPERBOY_LLM_BASE_URL", model.baseUrl())) {
            app.db().subscribers().upsert(reader("noam@example.org"));
            app.digests(TestApps.tokens(), "http://127.0.0.1:1").make(MON, s -> true, null, line -> { });
            app.send(10, null, line -> { });
        }
        assertThat(model.requests).isEmpty();
        String[] noam = parts("noam@example.org");
        for (String part : noam) {
            assertThat(part).contains("Author match").doesNotContain("Prompt | Completion", ">Completion<", "The model judged", COMMENT);
        }
    }

    /** The decoded text and HTML parts of the one mail to {@code address}. */
    private static String[] parts(String address) throws Exception {
        MimeMessage m = Arrays.stream(mail.getReceivedMessages())
                .filter(r -> {
                    try {
                        return r.getAllRecipients()[0].toString().equals(address);
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                }).findFirst().orElseThrow();
        Multipart parts = (Multipart) m.getContent();
        return new String[] {((String) parts.getBodyPart(0).getContent()).replace("\r\n", "\n"),
            (String) parts.getBodyPart(1).getContent()};
    }
}
