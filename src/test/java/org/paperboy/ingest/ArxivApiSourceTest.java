package org.paperboy.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.paperboy.paper.Paper;

class ArxivApiSourceTest {

    static final Path FIXTURES = Path.of("src/test/resources/ingest");
    static final AnnouncementCalendar CAL = AnnouncementCalendar.weekdays();

    static String fixture(String name) throws Exception {
        return Files.readString(FIXTURES.resolve(name));
    }

    @Test
    void readsTheCurrentAtomFormat() throws Exception {
        List<Paper> papers = ArxivApiSource.parse(fixture("api-query-new-format.xml"), "query.xml", CAL);
        assertThat(papers).hasSize(10);
        Paper first = papers.get(0);
        assertThat(first.id().versioned()).isEqualTo("nucl-ex/0408020v1");
        assertThat(first.title()).startsWith("Two-photon exchange and elastic scattering");
        assertThat(first.authors()).isNotEmpty();
        assertThat(first.categories()).isNotEmpty();
        assertThat(first.abstractText()).startsWith("It has been suggested");
    }

    @Test
    void readsTheLegacyFormatsAndAnEmptyResult() throws Exception {
        assertThat(ArxivApiSource.parse(fixture("api-query-old-format.xml"), "old.xml", CAL)).hasSize(10);
        List<Paper> robotics = ArxivApiSource.parse(fixture("api-legacy-format.xml"), "xiv.xml", CAL);
        assertThat(robotics).hasSize(2);
        assertThat(robotics.get(0).primaryCategory()).isEqualTo("cs.RO");
        assertThat(ArxivApiSource.parse(fixture("api-query-empty.xml"), "empty.xml", CAL)).isEmpty();
    }

    @Test
    void anApiErrorEntryIsReportedNotStored() {
        String error = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><id>http://arxiv.org/api/errors#incorrect_id_format_for_1234</id>"
                + "<title>Error</title><summary>incorrect id format for 1234</summary></entry></feed>";
        assertThatThrownBy(() -> ArxivApiSource.parse(error, "api", CAL))
                .isInstanceOf(FeedException.class).hasMessageContaining("incorrect id format");
    }

    @Test
    void datesEachPaperWithTheListingItsSubmissionTimeFallsInto() throws Exception {
        // Submitted Monday 31 Jan 2022 at 13:59:34 New York time, just before the 14:00 deadline.
        Paper p = ArxivApiSource.parse(fixture("api-query-missing-ids.xml"), "ids.xml", CAL).get(0);
        assertThat(p.id().versioned()).isEqualTo("2201.13452v1");
        assertThat(p.announced()).isEqualTo(LocalDate.of(2022, 2, 1));
        assertThat(p.comment()).isEqualTo("34 pages");
        assertThat(p.authors()).containsExactly("Hong-Ming Yin", "Jun Zou");
        assertThat(p.categories()).containsExactly("math.AP");
    }

    @Test
    void aDoctypeInAnApiResponseIsRefusedUnread() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE feed [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><id>http://arxiv.org/abs/2606.00001v1</id>"
                + "<title>&x;</title><published>2026-06-08T10:00:00Z</published></entry></feed>";
        assertThatThrownBy(() -> ArxivApiSource.parse(xxe, "api", CAL))
                .isInstanceOf(FeedException.class).hasMessageContaining("DOCTYPE").hasMessageNotContaining("root:");
    }

    @Test
    void pagesThroughTheRangeWithTheCategoryAndDateQuery() throws Exception {
        String first = withTotal(fixture("api-query-new-format.xml"), 12);
        String second = withTotal(fixture("api-legacy-format.xml"), 12);
        serve(start -> start == 0 ? first : second);
        Listing listing = source(10).fetch();
        assertThat(listing.papers()).hasSize(12);
        assertThat(queries).hasSize(2);
        assertThat(queries.get(0)).contains("(cat:cs.CL OR cat:cs.AI) AND submittedDate:[202606080000 TO 202606092359]")
                .contains("start=0").contains("max_results=10").contains("sortBy=submittedDate");
        assertThat(queries.get(1)).contains("start=10");
    }

    @Test
    void anEmptyPageInsideTheResultsIsAskedForAgainThenRejectsTheRange() throws Exception {
        String empty = withTotal(fixture("api-query-empty.xml"), 20);
        String first = withTotal(fixture("api-query-new-format.xml"), 20);
        serve(start -> start == 0 ? first : empty);
        assertThatThrownBy(() -> source(10).fetch())
                .isInstanceOf(FeedException.class)
                .hasMessageContaining("empty page at 10 of 20")
                .hasMessageContaining("nothing was stored");
        assertThat(queries).hasSize(1 + 1 + ArxivApiSource.EMPTY_PAGE_RETRIES);
    }

    @Test
    void aRangeLargerThanTheApiServesAsksForFewerDays() throws Exception {
        String huge = withTotal(fixture("api-query-new-format.xml"), 12_000);
        serve(start -> huge);
        assertThatThrownBy(() -> source(200).fetch())
                .isInstanceOf(FeedException.class)
                .hasMessageContaining("12000 papers")
                .hasMessageContaining("fewer days");
        assertThat(queries).hasSize(1);
    }

    final List<String> queries = new CopyOnWriteArrayList<>();
    HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    void serve(IntFunction<String> pages) throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/query", exchange -> {
            String q = exchange.getRequestURI().getQuery();
            queries.add(q.replace('+', ' '));
            Matcher start = Pattern.compile("start=(\\d+)").matcher(q);
            byte[] body = pages.apply(start.find() ? Integer.parseInt(start.group(1)) : 0).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    ArxivApiSource source(int pageSize) {
        PoliteHttp http = new PoliteHttp(new HttpSettings("test", Duration.ZERO, 0, Duration.ofSeconds(5)));
        URI endpoint = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api/query");
        return new ArxivApiSource(http, endpoint, List.of("cs.CL", "cs.AI"), LocalDate.of(2026, 6, 8),
                LocalDate.of(2026, 6, 9), CAL, pageSize);
    }

    /** A captured page as if its result set had {@code total} papers. */
    static String withTotal(String page, int total) {
        return page.replaceFirst("(<opensearch:totalResults[^>]*>)\\d+<", "$1" + total + "<");
    }
}
