package org.paperboy.publish;

import org.paperboy.testkit.TestEmbedder;
import org.paperboy.testkit.TestApps;
import org.paperboy.app.App;
import org.paperboy.bench.BenchReaders;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.paperboy.config.ConfigLoader;
import org.paperboy.ingest.JsonlSource;
import org.paperboy.paper.Paper;
import org.paperboy.subscriber.Frequency;
import org.paperboy.subscriber.Profile;
import org.paperboy.subscriber.Status;
import org.paperboy.subscriber.Subscriber;
import org.paperboy.testkit.TestPostgres;

/**
 * A digest run over several chunks of readers, on each database: every due reader gets one issue with
 * one queued delivery, a rerun adds nothing, and the next issue repeats no paper a reader was sent.
 */
class DigestChunksTest {

    static final LocalDate MON = LocalDate.of(2026, 6, 8);
    static final LocalDate WED = LocalDate.of(2026, 6, 10);

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void manyReadersAChunkAtATime(String database) throws SQLException {
        String url = database.equals("sqlite") ? TestApps.sqlite(dir.resolve("chunks.db")) : TestPostgres.freshSchema("digest_chunks");
        Map<String, String> settings = database.equals("sqlite") ? Map.of("PAPERBOY_STORE_URL", url)
                : Map.of("PAPERBOY_STORE_URL", url, "PAPERBOY_STORE_USER", TestPostgres.USER,
                        "PAPERBOY_STORE_PASSWORD", TestPostgres.PASSWORD);
        int n = 100;
        try (App app = new App(ConfigLoader.load(null, settings), TestEmbedder.SHARED)) {
            List<Paper> listing = new JsonlSource(Path.of("samples/2026-06-08.jsonl.gz")).fetch().papers();
            List<Subscriber> readers = new ArrayList<>(new BenchReaders(Path.of("subscribers"), Path.of("samples", "bench-topics"),
                    app.config().weekly(), listing).generate(n, 3));
            Profile weeklyOnly = readers.get(5).profile();
            readers.set(5, new Subscriber(0, readers.get(5).email(), "", Status.ACTIVE, new Profile(weeklyOnly.topics(),
                    weeklyOnly.authors(), weeklyOnly.keywords(), weeklyOnly.avoid(), weeklyOnly.categories(),
                    weeklyOnly.maxPapers(), weeklyOnly.deliveryHour(), weeklyOnly.zone(), Frequency.WEEKLY)));
            app.db().subscribers().upsertAll(readers);
            long paused = app.db().subscribers().byEmail(readers.get(61).email()).orElseThrow().id();
            app.db().subscribers().pauseUntil(paused, MON);
            app.db().subscribers().setStatus(app.db().subscribers().byEmail(readers.get(7).email()).orElseThrow().id(), Status.UNSUBSCRIBED);
            Ingestion ingestion = app.ingestion(line -> { });
            for (String day : List.of("2026-06-08", "2026-06-09", "2026-06-10")) {
                ingestion.file(Path.of("samples", day + ".jsonl.gz"));
            }
            DailyDigests digests = app.digests(TestApps.tokens(), "https://paperboy.example.org").inChunksOf(30);
            List<String> lines = new ArrayList<>();

            DailyDigests.Report monday = digests.make(MON, s -> true, null, lines::add);
            assertThat(monday.made()).isEqualTo(n - 3);
            assertThat(lines).hasSize(n - 3).first().asString().startsWith("[1/" + (n - 3) + "] ");
            assertThat(app.db().deliveryCounts()).containsExactlyEntriesOf(Map.of("queued", n - 3));
            DailyDigests.Report again = digests.make(MON, s -> true, null, line -> { });
            assertThat(again.made()).isZero();
            assertThat(again.alreadyMade()).isEqualTo(n - 3);

            DailyDigests.Report wednesday = digests.make(WED, s -> true, null, line -> { });
            assertThat(wednesday.made()).isEqualTo(n - 2);
            assertThat(wednesday.catchUps()).isEqualTo(n - 3);
            try (Connection c = database.equals("sqlite") ? DriverManager.getConnection(url) : TestPostgres.connect(url)) {
                assertThat(count(c, "SELECT COUNT(*) FROM deliveries")).isEqualTo(2L * n - 5);
                assertThat(count(c, "SELECT COUNT(*) FROM (SELECT issue_id FROM deliveries GROUP BY issue_id HAVING COUNT(*) > 1) x"))
                        .isZero();
                assertThat(papersSentTwice(c)).isEmpty();
                assertThat(count(c, "SELECT COUNT(*) FROM issues WHERE subscriber_id = " + paused)).isEqualTo(1);
            }
        }
    }

    /** "reader paper" for each paper a reader's issues carried more than once (a list line starts with the paper's id). */
    private static java.util.List<String> papersSentTwice(Connection c) throws SQLException {
        java.util.Set<String> sent = new java.util.HashSet<>();
        java.util.List<String> twice = new java.util.ArrayList<>();
        try (ResultSet rs = c.createStatement().executeQuery("SELECT subscriber_id, papers FROM issues WHERE papers <> ''")) {
            while (rs.next()) {
                for (String line : rs.getString(2).split("\n")) {
                    String key = rs.getLong(1) + " " + line.substring(0, line.indexOf(' '));
                    if (!sent.add(key)) {
                        twice.add(key);
                    }
                }
            }
        }
        return twice;
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
