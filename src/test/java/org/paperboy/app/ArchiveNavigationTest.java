package org.paperboy.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.config.ConfigLoader;
import org.paperboy.testkit.TestApps;
import org.paperboy.web.WebServer;

/** The public archive's weekly pages over HTTP: the site's frame, the issue, and the way to the weeks around it. */
class ArchiveNavigationTest {

    @TempDir
    Path dir;
    App app;
    WebServer web;
    String base;

    @BeforeEach
    void start() {
        app = new App(ConfigLoader.load(null, Map.of("PAPERBOY_STORE_URL", TestApps.sqlite(dir.resolve("p.db")))));
        web = TestApps.web(app, TestApps.tokens(), () -> base);
        base = "http://127.0.0.1:" + web.port();
        for (String week : new String[] {"2026-W23", "2026-W24", "2026-W25"}) {
            app.db().archive().savePublic("weekly-1", week, "LLM & Foundation Models: " + week, "Summary of " + week,
                    "<!DOCTYPE html>\n<html lang=\"en\"><head><title>" + week + "</title></head>\n<body style=\"margin:0\">"
                            + "<table role=\"presentation\"><tr><td><h1>Issue of " + week + "</h1><p>Breakthroughs &amp; trends</p>"
                            + "</td></tr></table></body></html>");
        }
    }

    @AfterEach
    void stop() {
        web.close();
        app.close();
    }

    Document page(String week) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(base + "/archive/weekly-1/" + week)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return Jsoup.parse(response.body(), base);
    }

    @Test
    void aWeekLinksToTheWeekBeforeTheArchiveAndTheWeekAfter() throws Exception {
        Document middle = page("2026-W24");
        assertThat(middle.select("nav a").eachText()).containsExactly("← Previous week", "All weekly issues", "Next week →");
        assertThat(middle.selectFirst("nav a[rel=prev]").attr("href")).isEqualTo(base + "/archive/weekly-1/2026-W23");
        assertThat(middle.selectFirst("nav a[rel=next]").attr("href")).isEqualTo(base + "/archive/weekly-1/2026-W25");
        assertThat(middle.select("nav a").get(1).attr("href")).isEqualTo(base + "/archive");
        assertThat(middle.selectFirst("a.action").attr("href")).as("a way to sign up").isEqualTo(base + "/subscribe");
        assertThat(middle.title()).isEqualTo("LLM & Foundation Models: 2026-W24 · Paperboy");
        assertThat(middle.select("h1").eachText()).as("the issue's own heading, once").containsExactly("Issue of 2026-W24");
        assertThat(middle.select("main .issue").text()).isEqualTo("Issue of 2026-W24 Breakthroughs & trends");
        assertThat(middle.select("main .brand").text()).as("the site's frame").isEqualTo("Paperboy");
        assertThat(middle.select("html")).hasSize(1);

        assertThat(page("2026-W23").select("nav a").eachText()).as("the oldest week").containsExactly("All weekly issues", "Next week →");
        assertThat(page("2026-W25").select("nav a").eachText()).as("the newest week")
                .containsExactly("← Previous week", "All weekly issues");
    }

    @Test
    void theIndexLinksEveryWeekAndEachLinkLeadsToItsPage() throws Exception {
        Document index = Jsoup.parse(HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/archive")).GET()
                .build(), HttpResponse.BodyHandlers.ofString()).body(), base);
        assertThat(index.select("main li a").eachAttr("href")).containsExactly(base + "/archive/weekly-1/2026-W25",
                base + "/archive/weekly-1/2026-W24", base + "/archive/weekly-1/2026-W23");
        for (String href : index.select("main li a").eachAttr("href")) {
            String week = href.substring(href.lastIndexOf('/') + 1);
            assertThat(page(week).select("h1").text()).isEqualTo("Issue of " + week);
        }
    }
}
