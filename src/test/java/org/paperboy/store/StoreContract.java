package org.paperboy.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.deliver.QueuedMail;
import org.paperboy.issue.NewIssue;
import org.paperboy.issue.Pick;
import org.paperboy.paper.AnnounceType;
import org.paperboy.paper.ArxivId;
import org.paperboy.paper.Paper;
import org.paperboy.score.Score;
import org.paperboy.subscriber.Frequency;
import org.paperboy.subscriber.Profile;
import org.paperboy.subscriber.Status;
import org.paperboy.subscriber.Subscriber;
import org.paperboy.subscriber.Topic;

/**
 * What every store must do, run against each database Paperboy supports: {@link SqliteStoreTest} and
 * {@link PostgresStoreTest}.
 */
abstract class StoreContract {

    static final LocalDate MONDAY = LocalDate.of(2026, 6, 8);

    @TempDir
    Path dir;
    Database db;

    /** Opens the database under test, empty. */
    abstract Database openEmpty();

    /** Opens the same database again, as a restarted service would. */
    abstract Database reopen();

    /** Empties the database (closed first) and gives its JDBC URL, user and password, for a schema made by hand. */
    abstract String[] emptied();

    /**
     * Paper lists were rows of their own until migration V70 moved each into its issue's row: a database
     * that had them keeps every list, in its order, with its scores and reasons, and what a reader was
     * sent is still known.
     */
    @Test
    void paperListsKeptAsRowsMoveIntoTheirIssuesInOrder() throws Exception {
        db.close();
        String[] at = emptied();
        boolean postgres = at[0].startsWith("jdbc:postgresql:");
        org.flywaydb.core.Flyway.configure().dataSource(at[0], at[1], at[2])
                .locations("classpath:db/migration/common", "classpath:db/migration/" + (postgres ? "postgresql" : "sqlite"))
                .javaMigrations(postgres ? new org.flywaydb.core.api.migration.JavaMigration[] {new QuartzTables()}
                        : new org.flywaydb.core.api.migration.JavaMigration[0])
                .target(postgres ? "68" : "67").load().migrate(); // the last migration of each before V70
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(at[0], at[1], at[2]);
                java.sql.Statement s = c.createStatement()) {
            s.execute("INSERT INTO subscribers (id, email, name, status, profile, created_at, updated_at)"
                    + " VALUES (7, 'ada@example.org', 'Ada', 'ACTIVE', '{}', 'x', 'x')");
            for (String id : List.of("2606.00001", "2606.00002", "2606.00003")) {
                s.execute("INSERT INTO papers (id, version, title, authors, categories, abstract, comment, announced,"
                        + " announce_type, ingested_at) VALUES ('" + id + "', 1, 'T', '[]', '[]', 'A', '', '2026-06-08', 'new', 'x')");
            }
            s.execute("INSERT INTO reasons (id, text) VALUES (1, 'Author match: Ada'), (2, 'Topic \"Parsing\": parser')");
            s.execute("INSERT INTO issues (id, kind, subscriber_id, issue_date, covered_from, subject, html, body_text, created_at)"
                    + " VALUES (5, 'daily', 7, '2026-06-08', '2026-06-08', 'S', '', '', 'x'),"
                    + " (6, 'daily', 7, '2026-06-09', '2026-06-09', 'S', '', '', 'x')");
            // written out of order: the list keeps the positions' order
            s.execute("INSERT INTO issue_papers (issue_id, paper_id, position, relevance, novelty, reason_id, author_match)"
                    + " VALUES (5, '2606.00003', 2, 7, 4, 2, " + (postgres ? "false" : "0") + "),"
                    + " (5, '2606.00001', 1, 10, 6, 1, " + (postgres ? "true" : "1") + ")");
        }
        db = Database.open(at[0], at[1], at[2]);
        try (java.sql.Connection c = db.dataSource().getConnection(); java.sql.Statement s = c.createStatement();
                java.sql.ResultSet rs = s.executeQuery("SELECT id, papers FROM issues ORDER BY id")) {
            assertThat(rs.next()).isTrue();
            assertThat(PaperList.entries(rs.getString("papers"))).containsExactly(
                    new PaperList.Entry("2606.00001", 10, 6, 1, true), new PaperList.Entry("2606.00003", 7, 4, 2, false));
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString("papers")).as("an issue without papers").isEmpty();
        }
        assertThat(db.issues().mailedPaperIds(7)).containsExactlyInAnyOrder("2606.00001", "2606.00003");
        assertThat(db.issues().mailedPaperIds(List.of(7L), MONDAY)).containsOnlyKeys(7L);
        assertThat(db.issues().mailedPaperIds(List.of(7L), MONDAY.plusDays(1))).isEmpty();
    }

    @BeforeEach
    void open() {
        db = openEmpty();
    }

    @AfterEach
    void close() {
        // Null when openEmpty() skipped the class (no PostgreSQL): a skip, not an error.
        if (db != null) {
            db.close();
        }
    }

    static Paper paper(String id, LocalDate day) {
        return new Paper(ArxivId.parse(id), "Title of " + id, List.of("Ada Lovelace", "Alan Turing"),
                List.of("cs.CL", "cs.AI"), "An abstract with <b>markup</b> & ünïcode.", "", day, AnnounceType.NEW);
    }

    static Subscriber subscriber(String email) {
        Profile profile = new Profile(List.of(new Topic("Parsing", "syntax trees", "surveys")), List.of("Ada Lovelace"),
                List.of("parser"), List.of(), List.of("cs.CL"), 20, 7, ZoneId.of("Europe/London"), Frequency.DAILY);
        return new Subscriber(0, email, "Ada", Status.ACTIVE, profile);
    }

    @Test
    void keepsPapersAcrossReopening() {
        assertThat(db.papers().saveAll(List.of(paper("2606.00001v1", MONDAY), paper("2606.00002v2", MONDAY)))).isEqualTo(2);
        db.close();
        db = reopen();
        List<Paper> back = db.papers().announcedOn(MONDAY);
        assertThat(back).extracting(p -> p.id().versioned()).containsExactly("2606.00001v1", "2606.00002v2");
        assertThat(back.get(0).abstractText()).isEqualTo("An abstract with <b>markup</b> & ünïcode.");
        assertThat(back.get(0).authors()).containsExactly("Ada Lovelace", "Alan Turing");
    }

    @Test
    void aNewVersionOfAStoredPaperIsNotStoredAgain() {
        db.papers().saveAll(List.of(paper("2606.00001v1", MONDAY)));
        assertThat(db.papers().saveAll(List.of(paper("2606.00001v2", MONDAY.plusDays(1))))).isZero();
        assertThat(db.papers().count()).isEqualTo(1);
        assertThat(db.papers().announcedOn(MONDAY.plusDays(1))).isEmpty();
    }

    @Test
    void subscribersAreUniqueByAddressIgnoringCaseAndKeepTheirStatusOnReimport() {
        Subscriber ada = db.subscribers().upsert(subscriber("Ada@Example.org"));
        db.subscribers().setStatus(ada.id(), Status.UNSUBSCRIBED);
        Subscriber again = db.subscribers().upsert(subscriber("ada@example.org"));
        assertThat(again.id()).isEqualTo(ada.id());
        assertThat(again.status()).isEqualTo(Status.UNSUBSCRIBED);
        assertThat(db.subscribers().all()).hasSize(1);
        Subscriber back = db.subscribers().byEmail("ADA@example.org").orElseThrow();
        assertThat(back.profile()).isEqualTo(ada.profile());
        assertThat(back.profile().zone()).isEqualTo(ZoneId.of("Europe/London"));
    }

    @Test
    void theDayAReaderLastChangedTheirInterestsMovesOnlyWhenTheInterestsChange() throws Exception {
        Subscriber ada = db.subscribers().upsert(subscriber("ada@example.org"));
        java.time.Instant first = db.subscribers().byId(ada.id()).orElseThrow().profileChanged();
        assertThat(first).isNotNull();
        Thread.sleep(5);
        // the same interests under another name, and a new status, are not a change of mind
        db.subscribers().upsert(new Subscriber(0, "ada@example.org", "Ada L.", Status.ACTIVE, ada.profile()));
        db.subscribers().setStatus(ada.id(), Status.ACTIVE);
        db.subscribers().upsertAll(List.of(new Subscriber(0, "ada@example.org", "Ada", Status.ACTIVE, ada.profile())));
        assertThat(db.subscribers().byId(ada.id()).orElseThrow().profileChanged()).isEqualTo(first);
        Profile p = ada.profile();
        Profile edited = new Profile(List.of(new Topic("Parsing", "syntax trees, dependency parsing", "surveys")), p.authors(),
                p.keywords(), p.avoid(), p.categories(), p.maxPapers(), p.deliveryHour(), p.zone(), p.frequency());
        Subscriber changed = db.subscribers().upsert(new Subscriber(0, "ada@example.org", "Ada", Status.ACTIVE, edited));
        java.time.Instant second = db.subscribers().byId(ada.id()).orElseThrow().profileChanged();
        assertThat(second).isAfter(first).isEqualTo(changed.profileChanged());
        Thread.sleep(5);
        db.subscribers().upsertAll(List.of(new Subscriber(0, "ada@example.org", "Ada", Status.ACTIVE, p)));
        assertThat(db.subscribers().byId(ada.id()).orElseThrow().profileChanged()).isAfter(second);
    }

    @Test
    void aReadersOwnEditIsRememberedUntilAProfileFileReplacesIt() {
        Subscriber ada = db.subscribers().upsert(subscriber("ada@example.org"));
        db.subscribers().saveWebEdit(ada.id(), ada.name(), ada.profile());
        assertThat(db.subscribers().webEdited(ada.id())).as("saved unchanged: no edit").isEmpty();
        Profile p = ada.profile();
        Profile edited = new Profile(p.topics(), p.authors(), p.keywords(), p.avoid(), p.categories(), p.maxPapers(), 9, p.zone(),
                p.frequency());
        db.subscribers().saveWebEdit(ada.id(), ada.name(), edited);
        java.time.Instant when = db.subscribers().webEdited(ada.id()).orElseThrow();
        assertThat(db.subscribers().byId(ada.id()).orElseThrow().profile()).isEqualTo(edited);
        db.subscribers().saveWebEdit(ada.id(), ada.name(), edited);
        assertThat(db.subscribers().webEdited(ada.id())).as("saved again unchanged").contains(when);
        db.subscribers().upsert(new Subscriber(0, "ada@example.org", ada.name(), Status.ACTIVE, edited));
        assertThat(db.subscribers().webEdited(ada.id())).as("a file that has the edit: it is the file's too").isEmpty();
        db.subscribers().saveWebEdit(ada.id(), "Ada L.", edited);
        assertThat(db.subscribers().webEdited(ada.id())).as("a new name is an edit too").isPresent();
        db.subscribers().upsert(ada);
        assertThat(db.subscribers().webEdited(ada.id())).isEmpty();
        db.subscribers().saveWebEdit(ada.id(), ada.name(), edited);
        db.subscribers().upsertAll(List.of(ada));
        assertThat(db.subscribers().webEdited(ada.id())).isEmpty();
    }

    @Test
    void anIssueIsSavedOnceWithItsPapersAndOneQueuedDelivery() {
        Paper p = paper("2606.00001v1", MONDAY);
        db.papers().saveAll(List.of(p));
        Subscriber ada = db.subscribers().upsert(subscriber("ada@example.org"));
        NewIssue issue = issue(ada, p, "m1@paperboy");
        assertThat(db.issues().save(issue)).isPresent();
        assertThat(db.issues().save(issue(ada, p, "m2@paperboy"))).isEmpty();
        assertThat(db.issues().exists(NewIssue.DAILY, ada.id(), MONDAY)).isTrue();
        assertThat(db.issues().lastIssueDate(NewIssue.DAILY, ada.id())).contains(MONDAY);
        assertThat(db.issues().mailedPaperIds(ada.id())).containsExactly("2606.00001");
        List<QueuedMail> due = db.deliveries().claim(3, 10, Instant.now());
        assertThat(due).singleElement().satisfies(m -> {
            assertThat(m.to()).isEqualTo("ada@example.org");
            assertThat(m.messageId()).isEqualTo("m1@paperboy");
            assertThat(m.subject()).isEqualTo("Subject");
        });
    }

    @Test
    void aReasonManyReadersShareIsStoredOnceAndEachPaperStillHasIts() throws Exception {
        Paper p = paper("2606.00001v1", MONDAY);
        db.papers().saveAll(List.of(p));
        List<NewIssue> issues = new java.util.ArrayList<>();
        for (String who : List.of("ada", "bob", "cy")) {
            issues.add(issue(db.subscribers().upsert(subscriber(who + "@example.org")), p, who + "@x"));
        }
        db.issues().saveAll(issues.subList(0, 2));
        db.issues().save(issues.get(2));
        String longReason = "Topic \"Parsing\": " + "parser ".repeat(200);
        Subscriber dee = db.subscribers().upsert(subscriber("dee@example.org"));
        db.issues().save(new NewIssue(NewIssue.DAILY, dee.id(), dee.email(), MONDAY, MONDAY, "Subject", "<p>html</p>", "text",
                List.of(new Pick(p, new Score(p.id(), 8, 6, longReason, false, 3.0))), "dee@x", "https://paperboy.example.org/u/t"));
        try (java.sql.Connection c = db.dataSource().getConnection(); java.sql.Statement s = c.createStatement()) {
            java.sql.ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM reasons");
            rs.next();
            assertThat(rs.getInt(1)).as("one row for the reason the three readers share, one for dee's").isEqualTo(2);
            java.util.Map<Long, String> stored = ManyReadersContract.reasons(c);
            rs = s.executeQuery("SELECT papers FROM issues ORDER BY id");
            List<String> reasons = new java.util.ArrayList<>();
            while (rs.next()) {
                PaperList.entries(rs.getString(1)).forEach(e -> reasons.add(stored.get(e.reasonId())));
            }
            assertThat(reasons.subList(0, 3)).containsOnly("Topic \"Parsing\": parser");
            assertThat(reasons.get(3)).hasSize(500).startsWith("Topic \"Parsing\": parser parser").endsWith("…");
        }
    }

    @Test
    void rowsMoveThroughTheOutboxStates() {
        Paper p = paper("2606.00001v1", MONDAY);
        db.papers().saveAll(List.of(p));
        Subscriber ada = db.subscribers().upsert(subscriber("ada@example.org"));
        Subscriber bob = db.subscribers().upsert(subscriber("bob@example.org"));
        db.issues().save(issue(ada, p, "a@x"));
        db.issues().save(issue(bob, p, "b@x"));
        Instant now = Instant.now();
        List<QueuedMail> claimed = db.deliveries().claim(3, 10, now);
        assertThat(claimed).hasSize(2);
        assertThat(db.deliveries().claim(3, 10, now)).as("a claimed row is not claimed twice").isEmpty();
        assertThat(db.deliveries().uncertain(now.plusSeconds(1))).hasSize(2);
        assertThat(db.deliveries().uncertain(now.minusSeconds(60))).as("claimed just now: maybe still in flight").isEmpty();
        long adaRow = claimed.get(0).deliveryId();
        long bobRow = claimed.get(1).deliveryId();
        db.deliveries().markRetry(adaRow, "451 try later", now.plusSeconds(60));
        assertThat(db.deliveries().markFailed(bobRow, "550 no such user")).isEqualTo(1);
        assertThat(db.deliveries().claim(3, 10, now)).as("not before its next attempt").isEmpty();
        assertThat(db.deliveries().claim(1, 10, now.plusSeconds(61))).as("out of attempts").isEmpty();
        List<QueuedMail> retried = db.deliveries().claim(3, 10, now.plusSeconds(61));
        assertThat(retried).extracting(QueuedMail::deliveryId).containsExactly(adaRow);
        assertThat(retried.get(0).attempts()).isEqualTo(1);
        db.deliveries().release(adaRow);
        assertThat(db.deliveries().claim(3, 10, now.plusSeconds(61))).extracting(QueuedMail::deliveryId).containsExactly(adaRow);
        db.deliveries().markSent(adaRow, now);
        assertThat(db.deliveryCounts()).containsEntry("sent", 1).containsEntry("failed", 1);
    }

    @Test
    void theHourlyCountHasWhatWentOutOrIsGoingOutInTheLastHour() {
        Paper p = paper("2606.00001v1", MONDAY);
        db.papers().saveAll(List.of(p));
        for (String who : List.of("ada", "bob", "cy")) {
            db.issues().save(issue(db.subscribers().upsert(subscriber(who + "@example.org")), p, who + "@x"));
        }
        Instant now = Instant.parse("2026-06-09T10:00:00Z");
        List<QueuedMail> rows = db.deliveries().claim(3, 10, now.minusSeconds(7200));
        // Sent 90 minutes ago; sent at a fractional second just inside the hour; one still claimed but claimed long ago.
        db.deliveries().markSent(rows.get(0).deliveryId(), now.minusSeconds(5400));
        db.deliveries().markSent(rows.get(1).deliveryId(), Instant.parse("2026-06-09T09:00:00.250Z"));
        assertThat(db.deliveries().sentSince(now.minusSeconds(3600))).isEqualTo(1);
        assertThat(db.deliveries().sentSince(now.minusSeconds(7200))).as("the claimed row counts as going out").isEqualTo(3);
    }

    @Test
    void anIssuesDeliveriesCanBePausedResumedAndCancelled() {
        Paper p = paper("2606.00001v1", MONDAY);
        db.papers().saveAll(List.of(p));
        Subscriber ada = db.subscribers().upsert(subscriber("ada@example.org"));
        Subscriber bob = db.subscribers().upsert(subscriber("bob@example.org"));
        db.issues().save(issue(ada, p, "a@x"));
        db.issues().save(issue(bob, p, "b@x"));
        db.deliveries().markSent(db.deliveries().claim(3, 1, Instant.now()).get(0).deliveryId(), Instant.now());
        assertThat(db.changeDeliveries("pause", NewIssue.DAILY, MONDAY)).isEqualTo(1);
        assertThat(db.deliveries().claim(3, 10, Instant.now())).isEmpty();
        assertThat(db.changeDeliveries("resume", NewIssue.DAILY, MONDAY)).isEqualTo(1);
        assertThat(db.changeDeliveries("cancel", NewIssue.DAILY, MONDAY)).isEqualTo(1);
        assertThat(db.deliveries().claim(3, 10, Instant.now())).isEmpty();
        assertThat(db.deliveriesByIssue()).containsEntry("daily 2026-06-08", java.util.Map.of("sent", 1, "cancelled", 1));
    }

    @Test
    void aSuppressedSubscriberGetsNothingMore() {
        Paper p = paper("2606.00001v1", MONDAY);
        db.papers().saveAll(List.of(p));
        Subscriber ada = db.subscribers().upsert(subscriber("ada@example.org"));
        db.issues().save(issue(ada, p, "a@x"));
        db.deliveries().suppress(ada.id());
        assertThat(db.subscribers().byId(ada.id()).orElseThrow().status()).isEqualTo(Status.SUPPRESSED);
        assertThat(db.deliveries().claim(3, 10, Instant.now())).isEmpty();
        assertThat(db.deliveryCounts()).containsEntry("suppressed", 1);
    }

    @Test
    void someoneWhoUnsubscribedAfterQueueingGetsNothing() {
        Paper p = paper("2606.00001v1", MONDAY);
        db.papers().saveAll(List.of(p));
        Subscriber ada = db.subscribers().upsert(subscriber("ada@example.org"));
        db.issues().save(issue(ada, p, "a@x"));
        db.subscribers().setStatus(ada.id(), Status.UNSUBSCRIBED);
        assertThat(db.deliveries().claim(3, 10, Instant.now())).isEmpty();
    }

    @Test
    void onlyTheNewestAttemptConfirmsAndOnlyOnce() {
        Subscriber ada = db.subscribers().upsert(subscriber("ada@example.org"));
        db.subscribers().setStatus(ada.id(), Status.UNSUBSCRIBED);
        Instant in = Instant.now().plusSeconds(3600);
        long first = db.subscribers().newAttempt(ada.id(), "Ada", ada.profile(), in);
        long second = db.subscribers().newAttempt(ada.id(), "Ada L.", ada.profile(), in);
        assertThat(db.subscribers().confirmAttempt(first, Instant.now())).as("superseded").isEmpty();
        assertThat(db.subscribers().confirmAttempt(second, Instant.now())).hasValueSatisfying(s -> {
            assertThat(s.status()).isEqualTo(Status.ACTIVE);
            assertThat(s.name()).isEqualTo("Ada L.");
        });
        db.subscribers().setStatus(ada.id(), Status.UNSUBSCRIBED);
        assertThat(db.subscribers().confirmAttempt(second, Instant.now())).as("used").isEmpty();
        assertThat(db.subscribers().attemptSubscriber(second)).hasValueSatisfying(s -> assertThat(s.id()).isEqualTo(ada.id()));
    }

    @Test
    void statusChangesOnlyFromTheStatesAllowedAndLeavingDropsWaitingMail() {
        Paper p = paper("2606.00001v1", MONDAY);
        db.papers().saveAll(List.of(p));
        Subscriber ada = db.subscribers().upsert(subscriber("ada@example.org"));
        db.issues().save(issue(ada, p, "a@x"));
        assertThat(db.subscribers().changeStatus(ada.id(), java.util.EnumSet.of(Status.PENDING), Status.SUPPRESSED)).isFalse();
        assertThat(db.subscribers().changeStatus(ada.id(), java.util.EnumSet.of(Status.ACTIVE), Status.UNSUBSCRIBED)).isTrue();
        assertThat(db.deliveryCounts()).containsEntry("suppressed", 1);
        db.deliveries().suppress(ada.id());
        assertThat(db.subscribers().byId(ada.id()).orElseThrow().status()).as("who left stays so").isEqualTo(Status.UNSUBSCRIBED);
    }

    @Test
    void noticesGoWhateverTheStatusUpToNineOfAKindADay() {
        Subscriber ada = db.subscribers().upsert(subscriber("ada@example.org"));
        db.subscribers().setStatus(ada.id(), Status.PENDING);
        List<Long> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ids.add(db.deliveries().queueNotice(new org.paperboy.deliver.NoticeMail("confirm", ada.id(), ada.email(), MONDAY,
                    "Confirm " + i, "<p>" + i + "</p>", "" + i, "confirm." + i + "@x", "https://x/unsubscribe/a")));
        }
        assertThat(ids.subList(0, 9)).doesNotHaveDuplicates().allSatisfy(id -> assertThat(id).isPositive());
        assertThat(ids.get(9)).as("the tenth of the day").isEqualTo(-1L);
        assertThat(db.deliveries().claimOne(ids.get(0), Instant.now())).singleElement()
                .satisfies(m -> assertThat(m.subject()).isEqualTo("Confirm 0"));
        assertThat(db.deliveries().wanted(ids.get(0))).as("a pending reader gets their confirmation").isTrue();
        assertThat(db.deliveries().claim(3, 20, Instant.now())).hasSize(8);
        assertThat(db.deliveries().claimOne(ids.get(0), Instant.now())).as("claimed already").isEmpty();
    }

    @Test
    void aBounceIsTiedToTheMailItQuotes() {
        Paper p = paper("2606.00001v1", MONDAY);
        db.papers().saveAll(List.of(p));
        Subscriber ada = db.subscribers().upsert(subscriber("ada@example.org"));
        db.issues().save(issue(ada, p, "a@x"));
        assertThat(db.bounces().recipientOf("a@x")).contains(ada.id());
        assertThat(db.bounces().recipientOf("made-up@x")).isEmpty();
    }

    @Test
    void feedbackKeepsTheLatestClickPerPaper() {
        Paper p = paper("2606.00001v1", MONDAY);
        db.papers().saveAll(List.of(p));
        Subscriber ada = db.subscribers().upsert(subscriber("ada@example.org"));
        assertThat(db.feedback().record(ada.id(), "2606.00001", true)).isTrue();
        assertThat(db.feedback().record(ada.id(), "2606.00001", false)).isTrue();
        assertThat(db.feedback().record(ada.id(), "2606.99999", true)).isFalse();
        assertThat(db.feedback().examples(ada.id())).singleElement().satisfies(e -> {
            assertThat(e.liked()).isFalse();
            assertThat(e.paper().title()).isEqualTo(p.title());
        });
        // A digest run reads a chunk of readers' feedback at once: each reader's own.
        Paper q = paper("2606.00002v1", MONDAY);
        db.papers().saveAll(List.of(q));
        Subscriber grace = db.subscribers().upsert(subscriber("grace@example.org"));
        Subscriber alan = db.subscribers().upsert(subscriber("alan@example.org"));
        db.feedback().record(grace.id(), "2606.00002", true);
        db.feedback().record(grace.id(), "2606.00001", true);
        var byReader = db.feedback().examples(List.of(ada.id(), grace.id(), alan.id()));
        assertThat(byReader).containsOnlyKeys(ada.id(), grace.id());
        assertThat(byReader.get(grace.id())).extracting(e -> e.paper().id().base()).containsExactlyInAnyOrder("2606.00002", "2606.00001");
        assertThat(byReader.get(ada.id())).extracting(e -> e.liked()).containsExactly(false);
    }

    @Test
    void weeklyFeaturesAndThePublicArchive() {
        Paper p = paper("2606.00001v1", MONDAY);
        db.papers().saveAll(List.of(p));
        db.issues().recordFeatured("weekly-1", "2026-W24", List.of("2606.00001"));
        db.issues().recordFeatured("weekly-1", "2026-W25", List.of("2606.00001"));
        assertThat(db.issues().featuredBefore("weekly-1", "2026-W24")).isEmpty();
        assertThat(db.issues().featuredBefore("weekly-1", "2026-W25")).containsExactly("2606.00001");
        db.archive().savePublic("weekly-1", "2026-W24", "Subject", "Summary", "<p>issue</p>");
        db.archive().savePublic("weekly-1", "2026-W24", "Other", "Other", "<p>other</p>");
        assertThat(db.archive().publicIssues()).singleElement().satisfies(e -> assertThat(e.subject()).isEqualTo("Subject"));
        assertThat(db.archive().publicHtml("weekly-1", "2026-W24")).contains("<p>issue</p>");
        Subscriber ada = db.subscribers().upsert(subscriber("ada@example.org"));
        db.issues().save(issue(ada, p, "m@x"));
        assertThat(db.archive().readerHtml(ada.id(), NewIssue.DAILY, MONDAY)).contains("<p>html</p>");
        assertThat(db.papers().byId("2606.00001")).map(Paper::title).contains(p.title());
    }

    @Test
    void theJudgesAnswersStayPerCriteriaAndModelAndItsSpendingAddsUpPerDay() {
        var answers = new java.util.LinkedHashMap<String, java.util.Optional<org.paperboy.score.Verdict>>();
        answers.put("2606.00001", java.util.Optional.of(new org.paperboy.score.Verdict(8, 6, "Criterion 1: parsing")));
        answers.put("2606.00002", java.util.Optional.empty());
        db.judgements().save("hash-a", "gpt-test", answers);
        db.judgements().save("hash-a", "gpt-test", java.util.Map.of("2606.00001",
                java.util.Optional.of(new org.paperboy.score.Verdict(1, 1, "a later, different answer"))));
        db.close();
        db = reopen();
        assertThat(db.judgements().find(List.of("2606.00001", "2606.00002", "2606.00003"), "hash-a", "gpt-test"))
                .containsOnly(java.util.Map.entry("2606.00001", java.util.Optional.of(new org.paperboy.score.Verdict(8, 6, "Criterion 1: parsing"))),
                        java.util.Map.entry("2606.00002", java.util.Optional.empty()));
        assertThat(db.judgements().find(List.of("2606.00001"), "hash-b", "gpt-test")).isEmpty();
        assertThat(db.judgements().find(List.of("2606.00001"), "hash-a", "other-model")).isEmpty();
        assertThat(db.judgements().find(List.of(), "hash-a", "gpt-test")).isEmpty();

        assertThat(db.llmSpending().spentOn(MONDAY)).isZero();
        db.llmSpending().add(MONDAY, "gpt-test", 1000, 100, 0.25);
        db.llmSpending().add(MONDAY, "gpt-test", 2000, 200, 0.5);
        db.llmSpending().add(MONDAY, "other-model", 10, 1, 0.125);
        db.llmSpending().add(MONDAY.plusDays(1), "gpt-test", 10, 1, 4);
        assertThat(db.llmSpending().spentOn(MONDAY)).isEqualTo(0.875);
        assertThat(db.llmSpending().spentOn(MONDAY.plusDays(1))).isEqualTo(4);
    }

    @Test
    void aMailComesBackCharacterForCharacterFromItsPackedFormInAnotherProcess() {
        List<Paper> papers = java.util.stream.IntStream.range(0, 12)
                .mapToObj(i -> paper("2606." + (30000 + i) + "v1", MONDAY)).toList();
        db.papers().saveAll(papers);
        List<NewIssue> issues = new java.util.ArrayList<>();
        for (int i = 0; i < 41; i++) {
            Subscriber reader = db.subscribers().upsert(subscriber("reader" + i + "@example.org"));
            issues.add(richIssue(reader, i));
        }
        assertThat(db.issues().saveAll(issues.subList(0, 20))).containsOnly(true);
        assertThat(db.issues().saveAll(issues.subList(20, 40))).as("refers to the first batch's shared lines").containsOnly(true);
        assertThat(db.issues().save(issues.get(40))).isPresent();
        long raw = issues.stream().mapToLong(i -> i.html().getBytes(java.nio.charset.StandardCharsets.UTF_8).length
                + i.text().getBytes(java.nio.charset.StandardCharsets.UTF_8).length).sum();
        assertThat(db.mailBytes()).as("shared lines once, each reader's own few").isLessThan(raw / 8);

        List<QueuedMail> back = claimedAfterReopening(issues);
        for (NewIssue sent : issues) {
            assertThat(db.archive().readerHtml(sent.subscriberId(), NewIssue.DAILY, MONDAY)).contains(sent.html());
        }
        assertThat(db.deliveries().uncertain(Instant.now().plusSeconds(1)))
                .as("a crash's re-send reads the same mail").hasSize(41)
                .allSatisfy(m -> assertThat(m.html()).isEqualTo(back.stream()
                        .filter(b -> b.deliveryId() == m.deliveryId()).findFirst().orElseThrow().html()));
    }

    @Test
    void aMailPutTogetherFromPiecesComesBackCharacterForCharacterAndStoresEachSharedPieceOnce() {
        db.papers().saveAll(java.util.stream.IntStream.range(0, 12).mapToObj(i -> paper("2606." + (31000 + i) + "v1", MONDAY)).toList());
        Object run = new Object();
        List<NewIssue> issues = new java.util.ArrayList<>();
        for (int i = 0; i < 41; i++) {
            Subscriber reader = db.subscribers().upsert(subscriber("pieces" + i + "@example.org"));
            issues.add(pieceIssue(reader, i, run));
        }
        // a mail of one piece (as a run that renders straight from the templates makes) in the same batch
        issues.set(7, new NewIssue(NewIssue.DAILY, issues.get(7).subscriberId(), issues.get(7).address(), MONDAY, MONDAY,
                "Subject 7", issues.get(7).html(), issues.get(7).text(), List.of(), "pieces7@paperboy", "https://paperboy.example.org/u/7"));
        assertThat(db.issues().saveAll(issues.subList(0, 20))).containsOnly(true);
        long afterFirst = db.mailBytes();
        assertThat(db.issues().saveAll(issues.subList(20, 40))).as("refers to the first batch's pieces").containsOnly(true);
        long afterSecond = db.mailBytes();
        assertThat(afterSecond - afterFirst).as("the second batch stores no shared piece again").isLessThan(afterFirst / 2);
        // the next hour's run of the same day numbers its pieces anew: the same texts are still stored once
        Subscriber late = db.subscribers().byId(issues.get(40).subscriberId()).orElseThrow();
        issues.set(40, pieceIssue(late, 40, new Object()));
        assertThat(db.issues().save(issues.get(40))).isPresent();
        assertThat(db.mailBytes() - afterSecond).as("a later run refers to an earlier run's pieces").isLessThan(afterFirst / 10);
        long raw = issues.stream().mapToLong(i -> i.html().length() + i.text().length()).sum();
        assertThat(db.mailBytes()).as("shared pieces once, each reader's own few").isLessThan(raw / 8);

        claimedAfterReopening(issues);
    }

    /** The queued mails of {@code issues}, claimed in a new process, each checked to be the very characters stored. */
    private List<QueuedMail> claimedAfterReopening(List<NewIssue> issues) {
        db.close();
        db = reopen();
        List<QueuedMail> back = db.deliveries().claim(3, 100, Instant.now());
        assertThat(back).hasSize(issues.size());
        for (QueuedMail mail : back) {
            NewIssue sent = issues.stream().filter(i -> i.messageId().equals(mail.messageId())).findFirst().orElseThrow();
            assertThat(mail.html()).isEqualTo(sent.html());
            assertThat(mail.text()).isEqualTo(sent.text());
        }
        return back;
    }

    /** Letters that compress about as little as an abstract does, the same for a paper each time. */
    private static String abstractOf(int paper) {
        java.util.Random random = new java.util.Random(paper);
        StringBuilder text = new StringBuilder();
        while (text.length() < 1500) {
            text.append((char) ('a' + random.nextInt(26))).append(random.nextInt(6) == 0 ? " " : "");
        }
        return text.toString();
    }

    /** A reader's mail as a run puts it together: each paper's block a numbered piece, the reader's values between. */
    private static NewIssue pieceIssue(Subscriber s, int n, Object run) {
        org.paperboy.issue.MailText.Builder html = new org.paperboy.issue.MailText.Builder(run);
        org.paperboy.issue.MailText.Builder text = new org.paperboy.issue.MailText.Builder(run);
        html.add("<html><body>\n<p>Hello reader " + n + ", ünïcode ✓ 🙂</p>\n");
        text.add("PAPERBOY DAILY\n\nHello reader " + n + "\n");
        for (int k = 0; k < 6; k++) {
            int paper = (n + k * 5) % 12;
            html.add("<h3 style=\"margin:0 0 4px 0;font-size:18px\">" + (k + 1) + ". ");
            html.add("Paper number " + paper + ": a long sentence about models & <data> — «ü»</h3>\n<p>" + abstractOf(paper) + "</p>\n",
                    3 * paper);
            html.add("<a href=\"https://paperboy.example.org/feedback/" + n + "/" + paper + "/more\">More</a>\n");
            html.add("</td></tr>\n", 3 * paper + 1); // too short to be worth referring to
            text.add("Abstract of paper " + paper + ", shared by every reader it is sent to, line one\nand line two\n", 3 * paper + 2);
            text.add("More: https://paperboy.example.org/feedback/" + n + "/" + paper + "/more\n\n");
        }
        html.add("</body></html>");
        return new NewIssue(NewIssue.DAILY, s.id(), s.email(), MONDAY, MONDAY, "Subject " + n, html.build(), text.build(), List.of(),
                "pieces" + n + "@paperboy", "https://paperboy.example.org/unsubscribe/" + n);
    }

    @Test
    void theCleanUpRemovesOldMailAndDeliveriesButKeepsPaperListsAndTheArchive() {
        java.time.Instant now = java.time.Instant.parse("2027-06-10T04:00:00Z");
        LocalDate old = LocalDate.of(2026, 6, 8);
        LocalDate recent = LocalDate.of(2027, 6, 1);
        Paper oldPaper = paper("2606.00001v1", old);
        Paper newPaper = paper("2706.00001v1", recent);
        db.papers().saveAll(List.of(oldPaper, newPaper));
        Subscriber ada = db.subscribers().upsert(subscriber("ada@example.org"));
        Subscriber bob = db.subscribers().upsert(subscriber("bob@example.org"));
        NewIssue adaOld = dated(richIssue(ada, 1), old, oldPaper, "ada-old");
        NewIssue bobOld = dated(richIssue(bob, 2), old, oldPaper, "bob-old");
        NewIssue adaNew = dated(richIssue(ada, 3), recent, newPaper, "ada-new");
        assertThat(db.issues().saveAll(List.of(adaOld, bobOld))).containsOnly(true);
        assertThat(db.issues().save(adaNew)).isPresent();
        QueuedMail sentOld = db.deliveries().claim(3, 10, now).stream()
                .filter(m -> m.messageId().equals("ada-old")).findFirst().orElseThrow();
        db.deliveries().markSent(sentOld.deliveryId(), now);
        db.archive().savePublic("weekly-1", "2026-W24", "Breakthroughs", "Three papers", "<p>the week</p>");
        db.issues().recordFeatured("llm", "2026-W24", List.of("2606.00001"));
        long before = db.mailBytes();

        org.paperboy.publish.MailRetention.Removed removed = new org.paperboy.publish.CleanUp(db.retention(), 365).run(now);

        assertThat(removed.mails()).isEqualTo(2);
        assertThat(removed.deliveries()).as("the sent one and the one never sent").isEqualTo(2);
        assertThat(removed.pages()).as("the old day's shared lines").isPositive();
        assertThat(db.mailBytes()).isLessThan(before);
        assertThat(db.archive().readerHtml(ada.id(), NewIssue.DAILY, old)).as("no longer kept").contains("");
        assertThat(db.archive().readerHtml(ada.id(), NewIssue.DAILY, recent)).contains(adaNew.html());
        assertThat(db.issues().exists(NewIssue.DAILY, bob.id(), old)).as("the issue itself stays").isTrue();
        assertThat(db.issues().mailedPaperIds(bob.id())).as("its paper list stays").containsExactly("2606.00001");
        assertThat(db.issues().featuredBefore("llm", "2026-W25")).containsExactly("2606.00001");
        assertThat(db.archive().publicHtml("weekly-1", "2026-W24")).contains("<p>the week</p>");
        List<QueuedMail> left = db.deliveries().uncertain(now.plusSeconds(1));
        assertThat(left).extracting(QueuedMail::messageId).as("the recent mail is still there to send").containsExactly("ada-new");
        assertThat(left.get(0).text()).isEqualTo(adaNew.text());
        assertThat(db.deliveryCounts()).doesNotContainKey("sent");
        assertThat(new org.paperboy.publish.CleanUp(db.retention(), 365).run(now)).isEqualTo(new org.paperboy.publish.MailRetention.Removed(0, 0, 0));
        assertThat(new org.paperboy.publish.CleanUp(db.retention(), 365).cutoff(now)).isEqualTo(LocalDate.of(2026, 6, 10));
    }

    private static NewIssue dated(NewIssue i, LocalDate day, Paper p, String messageId) {
        return new NewIssue(i.kind(), i.subscriberId(), i.address(), day, day, i.subject(), i.html(), i.text(),
                List.of(new Pick(p, new Score(p.id(), 8, 6, "Keyword: parser", false, 3.0))), messageId, i.unsubscribeUrl());
    }

    /** A mail like a digest: each reader's own lines around paper blocks many readers share, and odd edges. */
    private static NewIssue richIssue(Subscriber s, int n) {
        StringBuilder html = new StringBuilder("<html><body style=\"margin:0;padding:0;background:#f4f4f4;font-family:Georgia\">\n");
        StringBuilder text = new StringBuilder("PAPERBOY DAILY\r\n\r\nHello reader " + n + ", ünïcode ✓ 🙂\n");
        html.append("<p>Hello reader ").append(n).append(" — token ").append(Integer.toHexString(n * 7919)).append("</p>\n");
        for (int k = 0; k < 6; k++) {
            int paper = (n + k * 5) % 12;
            html.append("<h3 style=\"margin:0 0 4px 0;font-size:18px\">").append(k + 1).append(". Paper number ").append(paper).append("</h3>\n");
            for (int line = 0; line < 8; line++) {
                String shared = "Abstract line " + line + " of paper " + paper + ": a long sentence about models & <data> — «ü»";
                html.append("<p style=\"margin:0\">").append(shared).append("</p>\n");
                text.append(shared).append('\n');
            }
            html.append("<a href=\"https://paperboy.example.org/feedback/").append(n).append('/').append(paper).append("/more\">More</a>\n");
            text.append("exactly thirty-one characters..\n").append("exactly thirty-two characters...\n\n");
        }
        html.append("</body></html>");
        text.append(n % 2 == 0 ? "\n" : "");
        return new NewIssue(NewIssue.DAILY, s.id(), s.email(), MONDAY, MONDAY, "Subject " + n, html.toString(),
                n == 3 ? "" : text.toString(), List.of(), "rich" + n + "@paperboy", "https://paperboy.example.org/unsubscribe/" + n);
    }

    static NewIssue issue(Subscriber s, Paper p, String messageId) {
        Pick pick = new Pick(p, new Score(p.id(), 8, 6, "Topic \"Parsing\": parser", false, 3.0));
        return new NewIssue(NewIssue.DAILY, s.id(), s.email(), MONDAY, MONDAY, "Subject", "<p>html</p>", "text",
                List.of(pick), messageId, "https://paperboy.example.org/unsubscribe/t");
    }
}
