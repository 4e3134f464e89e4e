package org.paperboy.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.schedule.Schedules;
import org.paperboy.subscriber.Tokens;
import org.paperboy.testkit.TestApps;
import org.paperboy.web.Health;
import org.paperboy.web.WebServer;

/** /metrics as Prometheus scrapes it, over HTTP, while papers come in, issues are made and mail goes out. */
class MetricsTest {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path dir;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theCountersMoveAsThePipelineRunsAndOnlyTheOperatorSeesThem() throws Exception {
        try (App app = TestApps.withMail(dir, mail.getSmtp().getPort())) {
            Tokens tokens = TestApps.tokens();
            try (WebServer web = app.web("127.0.0.1", 0, tokens, () -> "", app.signUps(tokens, () -> ""),
                    Health.database(app.db()::isUp), AdminPageTest.ADMIN_PASSWORD, () -> "")) {
                URI metrics = URI.create("http://127.0.0.1:" + web.port() + "/metrics");
                assertThat(http.send(HttpRequest.newBuilder(metrics).build(), HttpResponse.BodyHandlers.ofString()).statusCode())
                        .isEqualTo(401);
                String before = scrape(metrics);
                assertThat(value(before, "paperboy_queue_mails{status=\"queued\"}")).isZero();

                app.db().subscribers().upsert(EndToEndTest.reader("nlp@example.org", "Noam", "language models", "Zongqing Lu"));
                app.ingestion(line -> { }).file(Path.of("samples", "2026-06-08.jsonl.gz"));
                app.digests(tokens, "http://localhost").make(LocalDate.of(2026, 6, 8), s -> true, null, line -> { });
                String queued = scrape(metrics);
                double papers = value(queued, "paperboy_papers_ingested_total");
                assertThat(papers).isEqualTo(app.db().papers().count());
                assertThat(value(queued, "paperboy_embedded_texts_total")).isGreaterThanOrEqualTo(papers);
                assertThat(value(queued, "paperboy_embedding_seconds_count")).isPositive();
                assertThat(value(queued, "paperboy_issues_made_total{kind=\"daily\"}")).isEqualTo(1);
                assertThat(value(queued, "paperboy_queue_mails{status=\"queued\"}")).isEqualTo(1);
                assertThat(value(queued, "paperboy_queue_oldest_age_seconds")).isGreaterThanOrEqualTo(0);

                app.send(10, null, line -> { });
                String sent = scrape(metrics);
                assertThat(value(sent, "paperboy_mails_total{outcome=\"sent\"}")).isEqualTo(1);
                assertThat(value(sent, "paperboy_mails_total{outcome=\"failed\"}")).isZero();
                assertThat(value(sent, "paperboy_queue_mails{status=\"queued\"}")).isZero();
                assertThat(mail.getReceivedMessages()).hasSize(1);
            }
        }
    }

    @Test
    void scheduledRunsAreTimedAndTheirFailuresCounted() throws Exception {
        try (App app = TestApps.withMail(dir, mail.getSmtp().getPort())) {
            Tokens tokens = TestApps.tokens();
            try (Schedules schedules = app.schedule(List.of(
                    new Schedules.Task("ingest", "* * * * * ?", ZoneId.of("UTC"), () -> { }),
                    new Schedules.Task("digest", "* * * * * ?", ZoneId.of("UTC"), () -> {
                        throw new IllegalStateException("the SMTP server refused the password");
                    })));
                 WebServer web = app.web("127.0.0.1", 0, tokens, () -> "", app.signUps(tokens, () -> ""),
                         Health.database(app.db()::isUp), AdminPageTest.ADMIN_PASSWORD, () -> "")) {
                URI metrics = URI.create("http://127.0.0.1:" + web.port() + "/metrics");
                String scraped = "";
                for (int i = 0; i < 50 && !scraped.contains("outcome=\"failed\",task=\"digest\""); i++) {
                    Thread.sleep(100);
                    scraped = scrape(metrics);
                }
                assertThat(value(scraped, "paperboy_job_seconds_count{outcome=\"failed\",task=\"digest\"}")).isPositive();
                assertThat(value(scraped, "paperboy_job_seconds_count{outcome=\"ok\",task=\"ingest\"}")).isPositive();
                assertThat(schedules.isRunning()).as("a failed run leaves the schedule running").isTrue();
            }
        }
    }

    private String scrape(URI metrics) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(metrics)
                .header("Authorization", AdminPageTest.basic(AdminPageTest.ADMIN_PASSWORD)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
        return response.body();
    }

    /** A sample's value in the text format; 0 when the series is not there yet (a counter never touched). */
    static double value(String scraped, String series) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)$").matcher(scraped);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }
}
