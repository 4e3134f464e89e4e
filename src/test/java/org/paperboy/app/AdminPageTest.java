package org.paperboy.app;

import org.paperboy.testkit.TestApps;
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
        try (App app = new App(ConfigLoader.load(null, Map.of("PAPERBOY_STORE_URL", TestApps.sqlite(dir.resolve("p.db")))));
             Schedules schedules = Schedules.start(List.of(new Schedules.Task("digest", "0 5 * * * ?", ZoneId.of("UTC"), () -> { })))) {
            BenchSend.seed(app, 3);
            AtomicReference<Schedules> running = new AtomicReference<>(schedules);
            ServiceHealth health = app.health(running::get);
            Tokens tokens = new Tokens(new SecureRandom().generateSeed(32));
            try (WebServer web = app.web("127.0.0.1", 0, tokens, () -> "", app.signUps(tokens, () -> ""), health, ADMIN_PASSWORD,
                    health::adminPage)) {
                URI admin = URI.create("http://127.0.0.1:" + web.port() + "/admin");
                HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(admin).GET().build(), HttpResponse.BodyHandlers.ofString());
                assertThat(anonymous.statusCode()).isEqualTo(401);
                assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
                HttpResponse<String> wrong = http.send(HttpRequest.newBuilder(admin).header("Authorization", basic("nope")).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(wrong.statusCode()).isEqualTo(401);
                HttpResponse<String> page = http.send(HttpRequest.newBuilder(admin).header("Authorization", basic(ADMIN_PASSWORD)).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(page.statusCode()).isEqualTo(200);
                assertThat(page.body()).contains("ACTIVE").contains("daily 2026-06-09").contains("3 queued").doesNotContain("queued=").contains("digest");
            }
        }
    }

    static final String ADMIN_PASSWORD = "Vq7-mXe2!pL9zR4wT";

    @Test
    void guessingThePasswordIsThrottledEvenWhenTheRightOneComes() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        try (App app = new App(ConfigLoader.load(null, Map.of("PAPERBOY_STORE_URL", TestApps.sqlite(dir.resolve("p.db")))))) {
            Tokens tokens = new Tokens(new SecureRandom().generateSeed(32));
            try (WebServer web = app.web("127.0.0.1", 0, tokens, () -> "", app.signUps(tokens, () -> ""), Health.database(() -> true),
                    ADMIN_PASSWORD, () -> "overview")) {
                URI admin = URI.create("http://127.0.0.1:" + web.port() + "/admin");
                int throttled = 0;
                for (int i = 0; i < 300; i++) {
                    int status = http.send(HttpRequest.newBuilder(admin).header("Authorization", basic("guess" + i)).GET().build(),
                            HttpResponse.BodyHandlers.ofString()).statusCode();
                    throttled += status == 429 ? 1 : 0;
                }
                assertThat(throttled).isGreaterThanOrEqualTo(290);
                HttpResponse<String> right = http.send(HttpRequest.newBuilder(admin).header("Authorization", basic(ADMIN_PASSWORD)).GET()
                        .build(), HttpResponse.BodyHandlers.ofString());
                assertThat(right.statusCode()).as("no more tries from there for a while, the right one included").isEqualTo(429);
                assertThat(right.headers().firstValue("Retry-After")).isPresent();
            }
        }
    }

    @Test
    void aWeakAdminPasswordOrLinkSecretIsRefusedAtStart() throws Exception {
        try (App app = new App(ConfigLoader.load(null, Map.of("PAPERBOY_STORE_URL", TestApps.sqlite(dir.resolve("p.db")))))) {
            Tokens tokens = new Tokens(new SecureRandom().generateSeed(32));
            for (String weak : List.of("a", "s3cret", "aaaaaaaaaaaaaaaaaaaa")) {
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> app.web("127.0.0.1", 0, tokens, () -> "",
                        app.signUps(tokens, () -> ""), Health.database(() -> true), weak, () -> "overview").close())
                        .hasMessageContaining("PAPERBOY_WEB_ADMIN_PASSWORD");
            }
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> App.tokensFromEnvironment(Map.of("PAPERBOY_SECRET", "a".repeat(32))))
                .hasMessageContaining("PAPERBOY_SECRET").hasMessageContaining("openssl rand");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> App.tokensFromEnvironment(Map.of("PAPERBOY_SECRET", "ab".repeat(24))))
                .hasMessageContaining("PAPERBOY_SECRET");
        assertThat(App.tokensFromEnvironment(Map.of("PAPERBOY_SECRET",
                Base64.getEncoder().encodeToString(new SecureRandom().generateSeed(48))))).isNotNull();
    }

    static String basic(String password) {
        return "Basic " + Base64.getEncoder().encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8));
    }
}
