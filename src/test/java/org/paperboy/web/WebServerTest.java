package org.paperboy.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paperboy.subscriber.Tokens;
import org.paperboy.subscriber.Tokens.Purpose;

class WebServerTest {

    private static final Tokens TOKENS = new Tokens("web-test-secret-0123456789abcdef0123".getBytes(StandardCharsets.UTF_8));
    private static final Map<Long, String> ADDRESSES = Map.of(1L, "ada@example.org", 2L, "grace@example.org",
            3L, "edsger@example.org", 4L, "barbara@example.org");
    private static final Set<Long> UNSUBSCRIBED = ConcurrentHashMap.newKeySet();
    private static final Map<String, Boolean> FEEDBACK = new ConcurrentHashMap<>();
    private static final AtomicBoolean DATABASE_UP = new AtomicBoolean(true);
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final long BROKEN = 5;
    private static WebServer server;

    @BeforeAll
    static void start() {
        Directory directory = new Directory() {
            @Override
            public Optional<String> address(long id) {
                if (id == BROKEN) {
                    throw new IllegalStateException("database is locked");
                }
                return Optional.ofNullable(ADDRESSES.get(id));
            }

            @Override
            public boolean unsubscribe(long id) {
                return UNSUBSCRIBED.add(id);
            }

            @Override
            public Optional<String> preferencesSummary(long id) {
                return address(id).map(a -> "Topics for " + a + ": cs.LG <transformers>");
            }

            @Override
            public boolean resubscribe(long id) {
                return UNSUBSCRIBED.remove(id);
            }

            @Override
            public Optional<String> feedback(long id, String paper, boolean more) {
                Optional<String> title = paperTitle(paper);
                title.ifPresent(t -> FEEDBACK.put(id + ":" + paper, more));
                return title;
            }

            @Override
            public Optional<String> paperTitle(String paper) {
                return paper.equals("2606.00001") ? Optional.of("Attention <Is> All") : Optional.empty();
            }
        };
        server = WebServer.start("127.0.0.1", 0, TOKENS, directory, new PlainPages(), DATABASE_UP::get);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(url(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String path, String contentType, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(url(path)).POST(HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    @Test
    void followingTheLinkShowsAFormAndUnsubscribesNobody() throws Exception {
        String token = TOKENS.issue(Purpose.UNSUBSCRIBE, 1);

        HttpResponse<String> response = get("/unsubscribe/" + token);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("ada@example.org").contains("action=\"/unsubscribe/" + token + "\"");
        assertThat(UNSUBSCRIBED).doesNotContain(1L);
    }

    @Test
    void aOneClickPostFromAMailboxProviderUnsubscribesAtOnce() throws Exception {
        HttpResponse<String> response = post("/unsubscribe/" + TOKENS.issue(Purpose.UNSUBSCRIBE, 2),
                "application/x-www-form-urlencoded", "List-Unsubscribe=One-Click");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("grace@example.org will get no more mail");
        assertThat(UNSUBSCRIBED).contains(2L);
    }

    @Test
    void thePagesButtonWithAnEmptyBodyUnsubscribesAndRepeatingItIsHarmless() throws Exception {
        String path = "/unsubscribe/" + TOKENS.issue(Purpose.UNSUBSCRIBE, 3);

        assertThat(post(path, null, "").statusCode()).isEqualTo(200);
        HttpResponse<String> again = post(path, "multipart/form-data; boundary=x",
                "--x\r\nContent-Disposition: form-data; name=\"List-Unsubscribe\"\r\n\r\nOne-Click\r\n--x--\r\n");

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains("edsger@example.org");
        assertThat(UNSUBSCRIBED).contains(3L);
    }

    @Test
    void aForgedOrForeignTokenIsNotFoundAndChangesNothing() throws Exception {
        String preferencesToken = TOKENS.issue(Purpose.PREFERENCES, 4);
        String valid = TOKENS.issue(Purpose.UNSUBSCRIBE, 4);
        String tampered = valid.substring(0, 10) + (valid.charAt(10) == 'A' ? 'B' : 'A') + valid.substring(11);

        HttpResponse<String> wrongPurpose = post("/unsubscribe/" + preferencesToken, null, "");
        HttpResponse<String> forged = get("/unsubscribe/" + tampered);
        HttpResponse<String> unknownSubscriber = get("/unsubscribe/" + TOKENS.issue(Purpose.UNSUBSCRIBE, 99));

        assertThat(wrongPurpose.statusCode()).isEqualTo(404);
        assertThat(forged.statusCode()).isEqualTo(404);
        assertThat(forged.body()).contains("This link is not valid").contains("use the link in your latest mail");
        assertThat(unknownSubscriber.statusCode()).isEqualTo(404);
        assertThat(UNSUBSCRIBED).doesNotContain(4L);
    }

    @Test
    void pagesCarrySecurityHeaders() throws Exception {
        HttpResponse<String> response = get("/unsubscribe/" + TOKENS.issue(Purpose.UNSUBSCRIBE, 1));

        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                v -> assertThat(v.toLowerCase().replace(" ", "")).isEqualTo("text/html;charset=utf-8"));
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(response.headers().firstValue("Referrer-Policy")).contains("no-referrer");
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("default-src 'none'").contains("style-src 'unsafe-inline'").contains("form-action 'self'"));
    }

    @Test
    void thePreferencesLinkShowsTheSummaryEscaped() throws Exception {
        HttpResponse<String> response = get("/preferences/" + TOKENS.issue(Purpose.PREFERENCES, 4));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Topics for barbara@example.org: cs.LG &lt;transformers&gt;");
        assertThat(get("/preferences/" + TOKENS.issue(Purpose.UNSUBSCRIBE, 4)).statusCode()).isEqualTo(404);
    }

    @Test
    void healthReportsTheDatabase() throws Exception {
        HttpResponse<String> up = get("/health");
        DATABASE_UP.set(false);
        HttpResponse<String> down;
        try {
            down = get("/health");
        } finally {
            DATABASE_UP.set(true);
        }

        assertThat(up.statusCode()).isEqualTo(200);
        assertThat(up.body()).isEqualTo("{\"status\":\"ok\",\"database\":\"up\"}");
        assertThat(up.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        assertThat(down.statusCode()).isEqualTo(503);
        assertThat(down.body()).contains("\"database\":\"down\"");
    }

    @Test
    void anInternalFailureShowsAnApologyWithoutDetails() throws Exception {
        HttpResponse<String> response = get("/unsubscribe/" + TOKENS.issue(Purpose.UNSUBSCRIBE, BROKEN));

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).contains("try again").doesNotContain("database is locked");
        assertThat(response.headers().firstValue("Content-Security-Policy")).isPresent();
    }

    @Test
    void aPortInUseIsReportedWithAHint() {
        assertThatThrownBy(() -> WebServer.start("127.0.0.1", server.port(), TOKENS, new EmptyDirectory(),
                new PlainPages(), () -> true)).hasMessageContaining("port");
    }

    private static final class EmptyDirectory implements Directory {
        @Override
        public Optional<String> address(long id) {
            return Optional.empty();
        }

        @Override
        public boolean unsubscribe(long id) {
            return false;
        }

        @Override
        public Optional<String> preferencesSummary(long id) {
            return Optional.empty();
        }

        @Override
        public boolean resubscribe(long id) {
            return false;
        }

        @Override
        public Optional<String> feedback(long id, String paper, boolean more) {
            return Optional.empty();
        }

        @Override
        public Optional<String> paperTitle(String paper) {
            return Optional.empty();
        }
    }

    @Test
    void feedbackLinksAskFirstAndRecordOnlyOnPost() throws Exception {
        String base = "http://127.0.0.1:" + server.port() + "/feedback/" + TOKENS.issue(Tokens.Purpose.PREFERENCES, 3) + "/2606.00001/";
        HttpResponse<String> ask = HTTP.send(HttpRequest.newBuilder(URI.create(base + "more")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(ask.statusCode()).isEqualTo(200);
        assertThat(ask.body()).contains("Attention &lt;Is&gt; All").contains("method=post");
        assertThat(FEEDBACK).doesNotContainKey("3:2606.00001");
        HttpResponse<String> done = HTTP.send(HttpRequest.newBuilder(URI.create(base + "less"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(FEEDBACK).containsEntry("3:2606.00001", false);
        for (String bad : List.of(base + "sideways", base.replace("2606.00001", "2606.99999") + "more",
                base.replace(TOKENS.issue(Tokens.Purpose.PREFERENCES, 3), TOKENS.issue(Tokens.Purpose.UNSUBSCRIBE, 3)) + "more")) {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(bad)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(bad).isEqualTo(404);
        }
    }
}
