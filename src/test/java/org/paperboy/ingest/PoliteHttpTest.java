package org.paperboy.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.paperboy.http.HttpRetries;

class PoliteHttpTest {

    HttpServer server;
    final AtomicInteger calls = new AtomicInteger();
    final List<String> agents = new CopyOnWriteArrayList<>();
    final List<Duration> waits = new CopyOnWriteArrayList<>();
    boolean slowFirst;
    final ExecutorService handlers = Executors.newCachedThreadPool();
    int failFirst;
    int failStatus;
    String retryAfter;
    String failBody;
    final AtomicInteger inFlight = new AtomicInteger();
    final AtomicInteger maxInFlight = new AtomicInteger();

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/feed", exchange -> {
            agents.add(exchange.getRequestHeaders().getFirst("User-Agent"));
            maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            if (calls.incrementAndGet() <= failFirst) {
                if (retryAfter != null) {
                    exchange.getResponseHeaders().add("Retry-After", retryAfter);
                }
                byte[] body = failBody == null ? new byte[0] : failBody.getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(failStatus, body.length == 0 ? -1 : body.length);
                if (body.length > 0) {
                    exchange.getResponseBody().write(body);
                }
            } else {
                pause(slowFirst && calls.get() == 1 ? 200 : 0);
                byte[] body = "<rss/>".getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            }
            inFlight.decrementAndGet();
            exchange.close();
        });
        // Several handler threads, so that overlapping requests would be seen overlapping.
        server.setExecutor(handlers);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
        handlers.shutdownNow();
    }

    PoliteHttp http(Duration interval) {
        return new PoliteHttp(new HttpSettings("Paperboy/0.1 (+mailto:ops@example.org)", interval, 3, Duration.ofSeconds(5)),
                waits::add);
    }

    URI feed() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/feed");
    }

    @Test
    void identifiesItselfAndSpacesRequests() {
        PoliteHttp http = http(Duration.ofSeconds(3));
        http.get(feed());
        http.get(feed());
        assertThat(agents).containsOnly("Paperboy/0.1 (+mailto:ops@example.org)");
        assertThat(waits).singleElement().satisfies(w -> assertThat(w).isGreaterThan(Duration.ofMillis(2500)));
    }

    @Test
    void retriesOn503HonouringRetryAfter() {
        failFirst = 2;
        failStatus = 503;
        retryAfter = "7";
        assertThat(http(Duration.ZERO).get(feed())).isEqualTo("<rss/>");
        assertThat(calls.get()).isEqualTo(3);
        assertThat(waits).contains(Duration.ofSeconds(7));
    }

    @Test
    void aHostileRetryAfterIsCapped() {
        failFirst = 1;
        failStatus = 429;
        retryAfter = "86400";
        http(Duration.ZERO).get(feed());
        assertThat(waits).contains(HttpRetries.MAX_RETRY_AFTER);
    }

    @Test
    void gives404AtOnceWithAHint() {
        failFirst = 10;
        failStatus = 404;
        assertThatThrownBy(() -> http(Duration.ZERO).get(feed()))
                .isInstanceOf(FeedException.class)
                .hasMessageContaining("HTTP 404")
                .hasMessageContaining("ingest.categories");
        assertThat(calls.get()).isEqualTo(1);
    }

    @Test
    void givesUpAfterTheRetriesSayingTheNextRunTriesAgain() {
        failFirst = 10;
        failStatus = 503;
        assertThatThrownBy(() -> http(Duration.ZERO).get(feed()))
                .isInstanceOf(FeedException.class)
                .hasMessageContaining("4 attempts")
                .hasMessageContaining("next run");
    }

    @Test
    void retryAfterAsAnHttpDateIsHonoured() {
        failFirst = 1;
        failStatus = 503;
        retryAfter = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(30));
        http(Duration.ZERO).get(feed());
        assertThat(waits).singleElement().satisfies(w -> assertThat(w).isBetween(Duration.ofSeconds(25), Duration.ofSeconds(30)));
    }

    @Test
    void aNetworkErrorIsRetriedWithGrowingPauses() throws Exception {
        URI closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/feed");
        }
        assertThatThrownBy(() -> http(Duration.ZERO).get(closed))
                .isInstanceOf(FeedException.class)
                .hasMessageContaining(closed.toString())
                .hasMessageContaining("ConnectException");
        assertThat(waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4));
    }

    @Test
    void threadsSharingTheClientNeverOverlapAndAreSpaced() throws Exception {
        slowFirst = true;
        PoliteHttp http = http(Duration.ofSeconds(3));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> bodies = pool.invokeAll(List.of(() -> http.get(feed()), () -> http.get(feed())));
            for (Future<String> body : bodies) {
                assertThat(body.get()).isEqualTo("<rss/>");
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(maxInFlight.get()).isEqualTo(1);
        assertThat(waits).singleElement().satisfies(w -> assertThat(w).isGreaterThan(Duration.ofMillis(2500)));
    }

    @Test
    void arxivsReasonForABadRequestIsPassedOn() {
        failFirst = 1;
        failStatus = 400;
        failBody = "<?xml version='1.0' encoding='UTF-8'?>\n<rss version=\"2.0\"><channel>"
                + "<title>Feed error for query: https://rss.arxiv.org/rss/cs.XX</title>"
                + "<description>Bad subject class 'XX'. Valid subject classes for the archive 'cs' are: cs.AI, cs.CL.</description>"
                + "</channel></rss>";
        assertThatThrownBy(() -> http(Duration.ZERO).get(feed()))
                .isInstanceOf(FeedException.class)
                .hasMessageContaining("HTTP 400 (Bad subject class 'XX'.")
                .hasMessageContaining("check ingest.categories");
        assertThat(calls.get()).isEqualTo(1);
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
