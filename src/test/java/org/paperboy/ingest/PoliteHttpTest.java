package org.paperboy.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PoliteHttpTest {

    HttpServer server;
    final AtomicInteger calls = new AtomicInteger();
    final List<String> agents = new CopyOnWriteArrayList<>();
    final List<Duration> waits = new ArrayList<>();
    int failFirst;
    int failStatus;
    String retryAfter;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/feed", exchange -> {
            agents.add(exchange.getRequestHeaders().getFirst("User-Agent"));
            if (calls.incrementAndGet() <= failFirst) {
                if (retryAfter != null) {
                    exchange.getResponseHeaders().add("Retry-After", retryAfter);
                }
                exchange.sendResponseHeaders(failStatus, -1);
            } else {
                byte[] body = "<rss/>".getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
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
        assertThat(waits).contains(PoliteHttp.MAX_RETRY_AFTER);
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
}
