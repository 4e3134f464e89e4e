package org.paperboy.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.paper.AnnounceType;
import org.paperboy.store.Database;

class IngestorTest {

    static final Path FIXTURES = Path.of("src/test/resources/ingest");

    @TempDir
    Path dir;
    Database db;

    @BeforeEach
    void open() {
        db = Database.open("jdbc:sqlite:" + dir.resolve("p.db"), null, null);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void keepsNewAndCrossListedPapersByDefaultAndStoresEachOnce() {
        Ingestor ingestor = new Ingestor(db.papers(), EnumSet.of(AnnounceType.NEW, AnnounceType.CROSS), line -> { });
        IngestReport first = ingestor.ingest(ArxivRssSource.fromFile(FIXTURES.resolve("rss-2026-06-08.xml")));
        assertThat(first.fetched()).isEqualTo(24);
        assertThat(first.kept()).isEqualTo(18);
        assertThat(first.stored()).isEqualTo(18);
        IngestReport again = ingestor.ingest(ArxivRssSource.fromFile(FIXTURES.resolve("rss-2026-06-08.xml")));
        assertThat(again.stored()).isZero();
        assertThat(db.papers().count()).isEqualTo(18);
    }

    @Test
    void aBadFeedStoresNothing() {
        Ingestor ingestor = new Ingestor(db.papers(), Set.of(AnnounceType.NEW), line -> { });
        assertThatThrownBy(() -> ingestor.ingest(ArxivRssSource.fromFile(FIXTURES.resolve("rss-truncated.xml"))))
                .isInstanceOf(FeedException.class);
        assertThat(db.papers().count()).isZero();
    }

    @Test
    void aBrokenJsonLineNamesFileAndLineAndStoresNothing() throws Exception {
        Path file = dir.resolve("day.jsonl");
        Files.writeString(file, "{\"id\": \"2606.00001\", \"title\": \"T\", \"authors\": [], \"categories\": [\"cs.CL\"],"
                + " \"abstract\": \"A\", \"comment\": \"\", \"day\": \"2026-06-08\"}\n{\"id\": \"2606.0\n");
        Ingestor ingestor = new Ingestor(db.papers(), Set.of(AnnounceType.NEW), line -> { });
        assertThatThrownBy(() -> ingestor.ingest(new JsonlSource(file)))
                .isInstanceOf(FeedException.class)
                .hasMessageContaining("day.jsonl line 2");
        assertThat(db.papers().count()).isZero();
    }

    @Test
    void readsTheBundledSampleListing() {
        Ingestor ingestor = new Ingestor(db.papers(), Set.of(AnnounceType.NEW), line -> { });
        IngestReport report = ingestor.ingest(new JsonlSource(Path.of("samples/2026-06-08.jsonl.gz")));
        assertThat(report.stored()).isEqualTo(221);
    }
}
