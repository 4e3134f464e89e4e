package org.paperboy.ingest;

import org.paperboy.testkit.TestApps;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.paper.AnnounceType;
import org.paperboy.paper.ArxivId;
import org.paperboy.paper.Paper;
import org.paperboy.store.Database;

class IngestorTest {

    static final Path FIXTURES = Path.of("src/test/resources/ingest");

    @TempDir
    Path dir;
    Database db;

    @BeforeEach
    void open() {
        db = Database.open(TestApps.sqlite(dir.resolve("p.db")), null, null);
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
    void recordsWithoutADayAreOfTheDayTheFileIsNamedAfter() throws Exception {
        String record = "{\"id\": \"2603.16751\", \"title\": \"T\", \"authors\": [], \"categories\": [\"cs.GT\"],"
                + " \"abstract\": \"A\", \"comment\": \"\"}\n";
        Path dated = dir.resolve("2026-03-18.jsonl");
        Files.writeString(dated, record);
        assertThat(new JsonlSource(dated).fetch().papers()).extracting(p -> p.announced()).containsExactly(LocalDate.of(2026, 3, 18));
        Path undated = dir.resolve("listing.jsonl");
        Files.writeString(undated, record);
        assertThatThrownBy(() -> new JsonlSource(undated).fetch()).isInstanceOf(FeedException.class)
                .hasMessageContaining("listing.jsonl line 1").hasMessageContaining("YYYY-MM-DD");
    }

    @Test
    void aLaterVersionOfAStoredPaperIsNotStoredAgain() {
        MemoryPaperStore store = new MemoryPaperStore();
        Ingestor ingestor = new Ingestor(store, Set.of(AnnounceType.NEW), line -> { });
        ingestor.ingest(listing(paper("2606.00001v1", "First take", LocalDate.of(2026, 6, 8))));
        // The API catch-up reports the same paper at its newest version, as a new submission.
        IngestReport again = ingestor.ingest(listing(paper("2606.00001v2", "Revised take", LocalDate.of(2026, 6, 10)),
                paper("2606.00002v1", "Another", LocalDate.of(2026, 6, 10))));
        assertThat(again.kept()).isEqualTo(2);
        assertThat(again.stored()).isEqualTo(1);
        Paper kept = store.byId("2606.00001").orElseThrow();
        assertThat(kept.title()).isEqualTo("First take");
        assertThat(kept.announced()).isEqualTo(LocalDate.of(2026, 6, 8));
    }

    @Test
    void aPaperListedTwiceInOneListingCountsOnceAndProgressNamesTheSource() {
        MemoryPaperStore store = new MemoryPaperStore();
        List<String> progress = new ArrayList<>();
        Ingestor ingestor = new Ingestor(store, EnumSet.of(AnnounceType.NEW, AnnounceType.CROSS), progress::add);
        Paper p = paper("2606.00001v1", "Twice", LocalDate.of(2026, 6, 8));
        IngestReport report = ingestor.ingest(listing(p, p));
        assertThat(report).isEqualTo(new IngestReport("test listing", 2, 1, 1, new java.util.TreeSet<>(List.of(LocalDate.of(2026, 6, 8)))));
        assertThat(progress).singleElement().asString().contains("2 papers").contains("test listing");
    }

    static Paper paper(String id, String title, LocalDate day) {
        return new Paper(ArxivId.parse(id), title, List.of("A. Author"), List.of("cs.CL"), "Abstract.", "", day,
                AnnounceType.NEW);
    }

    static PaperSource listing(Paper... papers) {
        return () -> new Listing("test listing", List.of(papers));
    }

    @Test
    void readsTheBundledSampleListing() {
        Ingestor ingestor = new Ingestor(db.papers(), Set.of(AnnounceType.NEW), line -> { });
        IngestReport report = ingestor.ingest(new JsonlSource(Path.of("samples/2026-06-08.jsonl.gz")));
        assertThat(report.stored()).isEqualTo(221);
    }
}
