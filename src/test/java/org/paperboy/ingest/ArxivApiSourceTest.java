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
    void pagesThroughTheRangeWithTheCategoryAndDateQuery() throws Exception {
        String page = fixture("api-query-new-format.xml");
        String empty = fixture("api-query-empty.xml");
        List<String> queries = new CopyOnWriteArrayList<>();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/query", exchange -> {
            String q = exchange.getRequestURI().getQuery();
            queries.add(q.replace('+', ' '));
            byte[] body = (q.contains("start=0") ? page : empty).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            PoliteHttp http = new PoliteHttp(new HttpSettings("test", Duration.ZERO, 0, Duration.ofSeconds(5)));
            URI endpoint = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api/query");
            Listing listing = new ArxivApiSource(http, endpoint, List.of("cs.CL", "cs.AI"), LocalDate.of(2026, 6, 8),
                    LocalDate.of(2026, 6, 9), CAL, 10).fetch();
            assertThat(listing.papers()).hasSize(10);
            assertThat(queries).hasSize(2);
            assertThat(queries.get(0)).contains("(cat:cs.CL OR cat:cs.AI) AND submittedDate:[202606080000 TO 202606092359]")
                    .contains("start=0").contains("max_results=10");
            assertThat(queries.get(1)).contains("start=10");
        } finally {
            server.stop(0);
        }
    }
}
