package org.paperboy.app;

import org.paperboy.bench.BenchSend;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.config.ConfigLoader;
import org.paperboy.schedule.Schedules;
import org.paperboy.subscriber.Tokens;
import org.paperboy.web.Archive;
import org.paperboy.web.Health;
import org.paperboy.web.SignUps;
import org.paperboy.web.WebServer;

class AdminPageTest {

    @TempDir
    Path dir;

    @Test
    void theOverviewNeedsThePasswordAndShowsSubscribersDeliveriesAndTheSchedule() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        try (App app = new App(ConfigLoader.load(null, Map.of("PAPERBOY_STORE_URL", "jdbc:sqlite:" + dir.resolve("p.db"))));
             Schedules schedules = Schedules.start(List.of(new Schedules.Task("digest", "0 5 * * * ?", ZoneId.of("UTC"), () -> { })))) {
            BenchSend.seed(app, 3);
            AtomicReference<Schedules> running = new AtomicReference<>(schedules);
            ServiceHealth health = app.health(running::get);
            Tokens tokens = new Tokens(new SecureRandom().generateSeed(32));
            try (WebServer web = app.web("127.0.0.1", 0, tokens, () -> "", app.signUps(tokens, () -> ""), health, "s3cret",
                    health::adminPage)) {
                URI admin = URI.create("http://127.0.0.1:" + web.port() + "/admin");
                HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(admin).GET().build(), HttpResponse.BodyHandlers.ofString());
                assertThat(anonymous.statusCode()).isEqualTo(401);
                assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
                HttpResponse<String> wrong = http.send(HttpRequest.newBuilder(admin).header("Authorization", basic("nope")).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(wrong.statusCode()).isEqualTo(401);
                HttpResponse<String> page = http.send(HttpRequest.newBuilder(admin).header("Authorization", basic("s3cret")).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(page.statusCode()).isEqualTo(200);
                assertThat(page.body()).contains("ACTIVE").contains("daily 2026-06-09").contains("3 queued").doesNotContain("queued=").contains("digest");
            }
        }
    }

    static String basic(String password) {
        return "Basic " + Base64.getEncoder().encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8));
    }
}
