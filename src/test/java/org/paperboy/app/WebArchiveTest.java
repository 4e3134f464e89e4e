package org.paperboy.app;

import org.paperboy.testkit.TestEmbedder;
import org.paperboy.testkit.TestApps;
import org.paperboy.publish.Ingestion;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.config.ConfigLoader;
import org.paperboy.subscriber.Frequency;
import org.paperboy.subscriber.Profile;
import org.paperboy.subscriber.Status;
import org.paperboy.subscriber.Subscriber;
import org.paperboy.subscriber.Tokens;
import org.paperboy.web.WebServer;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

class WebArchiveTest {

    @TempDir
    Path dir;
    App app;
    WebServer web;
    String base;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() {
        app = new App(ConfigLoader.load(null, Map.of("PAPERBOY_STORE_URL", TestApps.sqlite(dir.resolve("p.db")))), TestEmbedder.SHARED);
        Tokens tokens = TestApps.tokens();
        web = TestApps.web(app, tokens, () -> base);
        base = "http://127.0.0.1:" + web.port();
        app.ingestion(line -> { }).file(Path.of("samples/2026-06-08.jsonl.gz"));
        app.ingestion(line -> { }).file(Path.of("samples/2026-06-09.jsonl.gz"));
        app.db().subscribers().upsert(new Subscriber(0, "w@example.org", "", Status.ACTIVE, new Profile(List.of(), List.of(),
                List.of("reasoning"), List.of(), List.of(), 10, 7, ZoneId.of("UTC"), Frequency.WEEKLY)));
        app.weekly(tokens, base).make("2026-W24", s -> true, null, line -> { });
    }

    @AfterEach
    void stop() {
        web.close();
        app.close();
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void weeklyIssuesArePublicWithoutAnyonesPersonalLinks() throws Exception {
        HttpResponse<String> index = get("/archive");
        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.body()).contains("June 2026").contains("/archive/weekly-1/2026-W24").contains("2026 Week 24");
        HttpResponse<String> issue = get("/archive/weekly-1/2026-W24");
        assertThat(issue.statusCode()).isEqualTo(200);
        assertThat(issue.body()).contains("Breakthroughs")
                .contains("All weekly issues").doesNotContain("/unsubscribe/").doesNotContain("/preferences/")
                .doesNotContain("w@example.org");
        assertThat(get("/archive/weekly-1/2026-W30").statusCode()).isEqualTo(404);
    }

    @Test
    void theAtomFeedListsTheIssues() throws Exception {
        HttpResponse<String> feed = get("/archive/feed.atom");
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type").orElse("")).startsWith("application/atom+xml");
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(new InputSource(new StringReader(feed.body())));
        assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
        assertThat(doc.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").getLength()).isEqualTo(1);
        assertThat(feed.body()).contains(base + "/archive/weekly-1/2026-W24").contains("LLM &amp; Foundation Models");
    }
}
