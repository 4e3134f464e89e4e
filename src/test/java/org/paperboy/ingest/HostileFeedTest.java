package org.paperboy.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.paperboy.ingest.ArxivRssSourceTest.PUB_DATE;
import static org.paperboy.ingest.ArxivRssSourceTest.feed;
import static org.paperboy.ingest.ArxivRssSourceTest.item;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.paper.Paper;

/**
 * Feeds built to hurt: a creator field that made author parsing quadratic, an abstract of megabytes, a
 * feed larger than any listing, another charset, a JSON record of the wrong shape. Each is read in
 * linear time or refused with a reason, and the good papers next to a bad one are kept.
 */
class HostileFeedTest {

    @TempDir
    Path dir;

    @Test
    void authorsAreReadInLinearTimeHoweverMuchWhitespaceTheyHold() {
        String creator = "Ada Lovelace," + " ".repeat(90_000) + "x, (MIT)" + " ".repeat(90_000) + "Grace Hopper";
        List<Paper> papers = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> ArxivRssSource.parse(feed(item("2606.00001v1", "new", creator, PUB_DATE)), "feed.xml"));
        assertThat(papers.get(0).authors()).contains("Ada Lovelace", "Grace Hopper");
    }

    @Test
    void anItemWithAMegabyteAbstractIsLeftOutAndTheRestIsKept() {
        String huge = item("2606.00002v1", "new", "A. One", PUB_DATE).replace("An abstract.", "word ".repeat(2_000_000));
        Listing listing = ArxivRssSource.fromFile(write("big.xml", feed(item("2606.00001v1", "new", "A. One", PUB_DATE), huge))).fetch();
        assertThat(listing.papers()).extracting(p -> p.id().base()).containsExactly("2606.00001");
        assertThat(listing.skipped()).singleElement().satisfies(s -> assertThat(s).contains("2606.00002").contains("abstract"));
    }

    @Test
    void aFeedLargerThanTheLimitIsRefusedBeforeItIsRead() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] body = feed(item("2606.00001v1", "new", "A. One", PUB_DATE).repeat(20_000)).getBytes(StandardCharsets.UTF_8);
        server.createContext("/rss", exchange -> {
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            PoliteHttp http = new PoliteHttp(new HttpSettings("test", Duration.ZERO, 0, Duration.ofSeconds(10), 1024 * 1024));
            URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/rss");
            assertThatThrownBy(() -> ArxivRssSource.fromUrl(http, url).fetch()).isInstanceOf(FeedException.class)
                    .hasMessageContaining("ingest.max_feed_mb").hasMessageContaining("nothing was stored");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void anIsoLatinFeedIsReadInItsOwnCharset() throws Exception {
        String xml = feed(item("2606.00001v1", "new", "J\u00fcrgen M\u00fcller", PUB_DATE))
                .replace("encoding='UTF-8'", "encoding='ISO-8859-1'");
        Path file = dir.resolve("latin.xml");
        Files.write(file, xml.getBytes(StandardCharsets.ISO_8859_1));
        assertThat(ArxivRssSource.fromFile(file).fetch().papers().get(0).authors()).containsExactly("J\u00fcrgen M\u00fcller");
    }

    @Test
    void aJsonRecordOfTheWrongShapeIsRefusedNamingTheField() throws Exception {
        Path file = write("bad.jsonl", "{\"id\":\"2606.00001\",\"title\":\"Fine\",\"authors\":[\"A\"],\"categories\":[\"cs.CL\"],"
                + "\"abstract\":\"x\",\"day\":\"2026-06-08\"}\n"
                + "{\"id\":\"2606.00002\",\"title\":{\"text\":\"Nested\"},\"authors\":\"Ada Lovelace\",\"categories\":[\"cs.CL\"],"
                + "\"abstract\":\"x\",\"day\":\"2026-06-08\"}\n");
        assertThatThrownBy(() -> new JsonlSource(file).fetch()).isInstanceOf(FeedException.class)
                .hasMessageContaining("line 2").hasMessageContaining("title").hasMessageContaining("nothing of the file was stored");
    }

    @Test
    void aCollaborationsColonIsNoAuthor() throws Exception {
        // arXiv 2603.16606's listing (18 March 2026) names its authors "Aleph Alpha", ":", "Adnen Abdessaied", ...
        Path file = write("collaboration.jsonl", "{\"id\":\"2603.16606\",\"title\":\"A Family of LLMs Liberated from Static"
                + " Vocabularies\",\"authors\":[\"Aleph Alpha\",\":\",\"Adnen Abdessaied\",\" - \"],\"categories\":[\"cs.CL\"],"
                + "\"abstract\":\"x\",\"day\":\"2026-03-18\"}\n");
        assertThat(new JsonlSource(file).fetch().papers().get(0).authors()).containsExactly("Aleph Alpha", "Adnen Abdessaied");
    }

    Path write(String name, String text) {
        try {
            return Files.writeString(dir.resolve(name), text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
