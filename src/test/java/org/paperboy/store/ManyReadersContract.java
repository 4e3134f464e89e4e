package org.paperboy.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.deliver.QueuedMail;
import org.paperboy.issue.NewIssue;
import org.paperboy.issue.Pick;
import org.paperboy.paper.Paper;
import org.paperboy.score.Score;
import org.paperboy.subscriber.Status;
import org.paperboy.subscriber.Subscriber;

/**
 * What a digest run over many readers asks of the store, a chunk of readers at a time, on each database:
 * {@link SqliteManyReadersTest} and {@link PostgresManyReadersTest}.
 */
abstract class ManyReadersContract {

    static final LocalDate MONDAY = StoreContract.MONDAY;
    static final LocalDate TUESDAY = MONDAY.plusDays(1);

    @TempDir
    Path dir;
    Database db;

    abstract Database openEmpty();

    @BeforeEach
    void open() {
        db = openEmpty();
    }

    @AfterEach
    void close() {
        if (db != null) {
            db.close();
        }
    }

    @Test
    void aChunkOfIssuesIsStoredInOneGoEachWithItsPapersAndOneQueuedDelivery() {
        List<Paper> papers = papers(MONDAY, 4);
        List<Subscriber> readers = readers(30);
        List<NewIssue> issues = new ArrayList<>();
        for (int i = 0; i < readers.size(); i++) {
            issues.add(issue(readers.get(i), MONDAY, papers.subList(0, i % 4), "m" + i));
        }
        assertThat(db.issues().saveAll(issues)).hasSize(30).containsOnly(true);
        List<QueuedMail> queued = db.deliveries().claim(3, 100, Instant.now());
        assertThat(queued).extracting(QueuedMail::messageId)
                .containsExactlyInAnyOrderElementsOf(IntStream.range(0, 30).mapToObj(i -> "m" + i + "@paperboy").toList());
        assertThat(queued).allSatisfy(m -> assertThat(m.subject()).isEqualTo("Issue for " + m.to()));
        Map<Long, Set<String>> mailed = db.issues().mailedPaperIds(ids(readers), MONDAY);
        assertThat(mailed.get(readers.get(3).id())).containsExactlyInAnyOrder("2606.10000", "2606.10001", "2606.10002");
        assertThat(mailed).doesNotContainKey(readers.get(0).id());
    }

    @Test
    void aChunkWhosePaperListsRunToThousandsOfRowsKeepsEveryReadersPapersInOrderWithTheirScores() {
        // 60 readers of 30 papers each: 1,800 rows, written several hundred to a statement
        List<Paper> papers = papers(MONDAY, 30);
        List<Subscriber> readers = readers(60);
        List<NewIssue> issues = new ArrayList<>();
        for (int r = 0; r < readers.size(); r++) {
            List<Pick> picks = new ArrayList<>();
            for (int k = 0; k < papers.size(); k++) {
                Paper p = papers.get((r + k) % papers.size());
                picks.add(new Pick(p, new Score(p.id(), 1 + k % 10, 1 + r % 10, "Keyword: parser " + k % 3, k == 0, 1.0)));
            }
            issues.add(new NewIssue(NewIssue.DAILY, readers.get(r).id(), readers.get(r).email(), MONDAY, MONDAY, "Issue",
                    "<p>html</p>", "text", picks, "many" + r + "@paperboy", "https://paperboy.example.org/u/" + r));
        }
        assertThat(db.issues().saveAll(issues)).hasSize(60).containsOnly(true);
        try (java.sql.Connection c = db.dataSource().getConnection(); java.sql.Statement s = c.createStatement();
                java.sql.ResultSet rs = s.executeQuery("SELECT subscriber_id, papers FROM issues ORDER BY subscriber_id")) {
            Map<Long, String> reasons = reasons(c);
            List<String> rows = new ArrayList<>();
            while (rs.next()) {
                int position = 1;
                for (PaperList.Entry e : PaperList.entries(rs.getString(2))) {
                    rows.add(rs.getLong(1) + " " + e.paperId() + " " + position++ + " " + e.relevance() + "/" + e.novelty()
                            + " " + e.authorMatch() + " " + reasons.get(e.reasonId()));
                }
            }
            List<String> expected = new ArrayList<>();
            for (int r = 0; r < readers.size(); r++) {
                for (int k = 0; k < papers.size(); k++) {
                    expected.add(readers.get(r).id() + " " + base(papers.get((r + k) % papers.size())) + " " + (k + 1) + " "
                            + (1 + k % 10) + "/" + (1 + r % 10) + " " + (k == 0) + " Keyword: parser " + k % 3);
                }
            }
            assertThat(rows).containsExactlyElementsOf(expected);
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }

    /** The stored reasons by id. */
    static Map<Long, String> reasons(java.sql.Connection c) throws java.sql.SQLException {
        Map<Long, String> reasons = new java.util.HashMap<>();
        try (java.sql.ResultSet rs = c.createStatement().executeQuery("SELECT id, text FROM reasons")) {
            while (rs.next()) {
                reasons.put(rs.getLong(1), rs.getString(2));
            }
        }
        return reasons;
    }

    @Test
    void aRerunStoresNoIssueTwiceAndQueuesNobodyTwice() {
        List<Paper> papers = papers(MONDAY, 2);
        List<Subscriber> readers = readers(15);
        List<NewIssue> first = readers.subList(0, 10).stream().map(r -> issue(r, MONDAY, papers, "first" + r.id())).toList();
        assertThat(db.issues().saveAll(first)).containsOnly(true);
        List<NewIssue> again = readers.stream().map(r -> issue(r, MONDAY, papers, "again" + r.id())).toList();
        assertThat(db.issues().saveAll(again)).containsExactlyElementsOf(
                IntStream.range(0, 15).mapToObj(i -> i >= 10).toList());
        List<QueuedMail> queued = db.deliveries().claim(3, 100, Instant.now());
        assertThat(queued).hasSize(15);
        assertThat(queued).filteredOn(m -> m.messageId().startsWith("first")).hasSize(10);
        assertThat(db.issues().saveAll(List.of())).isEmpty();
    }

    @Test
    void aReadersIssueTwiceInOneChunkIsStoredAndQueuedOnce() {
        List<Paper> papers = papers(MONDAY, 2);
        List<Subscriber> readers = readers(3);
        List<NewIssue> chunk = List.of(issue(readers.get(0), MONDAY, papers, "a1"), issue(readers.get(1), MONDAY, papers, "b1"),
                issue(readers.get(0), MONDAY, papers, "a2"), issue(readers.get(2), MONDAY, papers, "c1"));
        assertThat(db.issues().saveAll(chunk)).containsExactly(true, true, false, true);
        assertThat(db.deliveries().claim(3, 100, Instant.now())).extracting(QueuedMail::messageId)
                .containsExactlyInAnyOrder("a1@paperboy", "b1@paperboy", "c1@paperboy");
    }

    @Test
    void whatARunLooksUpForAChunkOfReaders() {
        List<Paper> monday = papers(MONDAY, 2);
        List<Paper> tuesday = papers(TUESDAY, 2);
        List<Subscriber> readers = readers(6);
        db.issues().saveAll(List.of(issue(readers.get(0), MONDAY, monday, "a"), issue(readers.get(1), MONDAY, monday, "b"),
                issue(readers.get(1), TUESDAY, tuesday, "c")));
        List<Long> ids = ids(readers);
        assertThat(db.issues().madeOn(NewIssue.DAILY, TUESDAY, ids)).containsExactly(readers.get(1).id());
        assertThat(db.issues().lastIssueDates(NewIssue.DAILY, ids))
                .containsExactlyInAnyOrderEntriesOf(Map.of(readers.get(0).id(), MONDAY, readers.get(1).id(), TUESDAY));
        Map<Long, Set<String>> sinceTuesday = db.issues().mailedPaperIds(ids, TUESDAY);
        assertThat(sinceTuesday).containsOnlyKeys(readers.get(1).id());
        assertThat(sinceTuesday.get(readers.get(1).id())).containsExactlyInAnyOrder(base(tuesday.get(0)), base(tuesday.get(1)));
        assertThat(db.issues().mailedPaperIds(ids, MONDAY).get(readers.get(1).id())).hasSize(4);

        db.subscribers().pauseUntil(readers.get(2).id(), TUESDAY);
        assertThat(db.subscribers().pausedUntil(ids)).containsExactlyEntriesOf(Map.of(readers.get(2).id(), TUESDAY));
        assertThat(db.subscribers().byIds(List.of(readers.get(4).id(), readers.get(3).id())))
                .extracting(Subscriber::email).containsExactly(readers.get(3).email(), readers.get(4).email());
    }

    @Test
    void readersComeAPageAtATimeAndAReimportKeepsTheirStatus() {
        List<Subscriber> readers = readers(7);
        db.subscribers().setStatus(readers.get(2).id(), Status.UNSUBSCRIBED);
        List<Subscriber> firstPage = db.subscribers().withStatus(Status.ACTIVE, 0, 4);
        assertThat(firstPage).hasSize(4).doesNotContain(readers.get(2));
        List<Subscriber> rest = db.subscribers().withStatus(Status.ACTIVE, firstPage.get(3).id(), 4);
        assertThat(rest).extracting(Subscriber::email).containsExactly(readers.get(5).email(), readers.get(6).email());
        db.subscribers().upsertAll(List.of(StoreContract.subscriber("reader2@example.org"),
                StoreContract.subscriber("someone.new@example.org")));
        assertThat(db.subscribers().byEmail("reader2@example.org")).get().extracting(Subscriber::status)
                .isEqualTo(Status.UNSUBSCRIBED);
        assertThat(db.subscribers().byEmail("someone.new@example.org")).get().extracting(Subscriber::status)
                .isEqualTo(Status.ACTIVE);
    }

    @Test
    void manyThousandReadersAreAddedInOneTransactionOfSeveralBatches() {
        assertThat(readers(2_345)).hasSize(2_345).extracting(Subscriber::email).doesNotHaveDuplicates();
        db.subscribers().upsertAll(List.of(StoreContract.subscriber("reader2344@example.org")));
        assertThat(db.subscribers().withStatus(Status.ACTIVE, 0, 5_000)).hasSize(2_345);
    }

    private List<Subscriber> readers(int n) {
        db.subscribers().upsertAll(IntStream.range(0, n).mapToObj(i -> StoreContract.subscriber("reader" + i + "@example.org")).toList());
        return db.subscribers().withStatus(Status.ACTIVE, 0, n);
    }

    private List<Paper> papers(LocalDate day, int n) {
        int first = day.equals(MONDAY) ? 10000 : 20000;
        List<Paper> papers = IntStream.range(0, n).mapToObj(i -> StoreContract.paper("2606." + (first + i) + "v1", day)).toList();
        db.papers().saveAll(papers);
        return papers;
    }

    private static NewIssue issue(Subscriber s, LocalDate day, List<Paper> papers, String messageId) {
        List<Pick> picks = papers.stream().map(p -> new Pick(p, new Score(p.id(), 7, 5, "Keyword: parser", false, 1.0))).toList();
        return new NewIssue(NewIssue.DAILY, s.id(), s.email(), day, day, "Issue for " + s.email(), "<p>html</p>", "text",
                picks, messageId + "@paperboy", "https://paperboy.example.org/unsubscribe/" + s.id());
    }

    private static List<Long> ids(List<Subscriber> readers) {
        return readers.stream().map(Subscriber::id).toList();
    }

    private static String base(Paper p) {
        return p.id().base();
    }
}
