package org.paperboy.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.paperboy.deliver.DkimSettings;
import org.paperboy.deliver.MailingList;
import org.paperboy.deliver.Outbox;
import org.paperboy.deliver.OutboxPolicy;
import org.paperboy.deliver.OutboxReport;
import org.paperboy.deliver.QueuedMail;
import org.paperboy.deliver.SmtpMailer;
import org.paperboy.deliver.SmtpSettings;
import org.paperboy.testkit.TestPostgres;

/** Claims on PostgreSQL by several nodes at once (each node its own pool, as in a cluster). */
class PostgresClaimTest {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    String url;
    Database one;
    Database two;

    @BeforeEach
    void open() {
        url = TestPostgres.freshSchema("paperboy_claims");
        one = Database.open(url, TestPostgres.USER, TestPostgres.PASSWORD);
        two = Database.open(url, TestPostgres.USER, TestPostgres.PASSWORD);
    }

    @AfterEach
    void close() {
        // Null when open() skipped the test (no PostgreSQL).
        for (Database db : new Database[] {one, two}) {
            if (db != null) {
                db.close();
            }
        }
    }

    @Test
    void aClaimSkipsTheRowsAnotherClaimHoldsInsteadOfWaitingForThem() throws Exception {
        TestPostgres.queueIssue(one, 30, "claims.example.org");
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (Connection other = TestPostgres.connect(url); Statement s = other.createStatement()) {
            other.setAutoCommit(false);
            Set<Long> held = new TreeSet<>();
            // Another node is in the middle of its claim: it has locked the first ten due rows.
            try (ResultSet rs = s.executeQuery("SELECT id FROM deliveries ORDER BY id LIMIT 10 FOR UPDATE")) {
                while (rs.next()) {
                    held.add(rs.getLong(1));
                }
            }
            Future<List<QueuedMail>> claim = pool.submit(() -> two.deliveries().claim(3, 10, Instant.now()));
            List<QueuedMail> got = claim.get(5, TimeUnit.SECONDS);
            assertThat(got).hasSize(10).extracting(QueuedMail::deliveryId).doesNotContainAnyElementsOf(held);
            other.rollback();
        } finally {
            pool.shutdownNow();
        }
        assertThat(one.deliveries().claim(3, 100, Instant.now())).as("the rows the other claim let go").hasSize(20);
    }

    @Test
    void twoNodesClaimingAtOnceNeverGetTheSameRow() throws Exception {
        TestPostgres.queueIssue(one, 400, "claims.example.org");
        CyclicBarrier start = new CyclicBarrier(4);
        List<Callable<List<Long>>> claimers = new ArrayList<>();
        for (Database db : List.of(one, two, one, two)) {
            claimers.add(() -> {
                List<Long> mine = new ArrayList<>();
                start.await();
                for (List<QueuedMail> batch; !(batch = db.deliveries().claim(3, 7, Instant.now())).isEmpty(); ) {
                    batch.forEach(m -> mine.add(m.deliveryId()));
                }
                return mine;
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Long> all = new ArrayList<>();
        try {
            for (Future<List<Long>> f : pool.invokeAll(claimers, 60, TimeUnit.SECONDS)) {
                all.addAll(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(all).hasSize(400).doesNotHaveDuplicates();
        assertThat(one.deliveryCounts()).containsExactly(java.util.Map.entry("sending", 400));
    }

    @Test
    void twoOutboxesSendingAtOnceSendEachMailOnce() throws Exception {
        TestPostgres.queueIssue(one, 300, "claims.example.org");
        CyclicBarrier start = new CyclicBarrier(2);
        List<Callable<OutboxReport>> outboxes = new ArrayList<>();
        for (Database db : List.of(one, two)) {
            outboxes.add(() -> {
                try (SmtpMailer mailer = new SmtpMailer(SmtpSettings.plain("127.0.0.1", mail.getSmtp().getPort()),
                        new DkimSettings("", "", ""))) {
                    // Paced so that each outbox is still claiming while the other is: they share the queue.
                    Outbox outbox = new Outbox(db.deliveries(), mailer, new MailingList("news@claims.example.org", "News",
                            "news.claims.example.org", "")).withPolicy(new OutboxPolicy(true, 1, 150, 0, 0,
                            Duration.ofMinutes(1), Duration.ofMinutes(10)));
                    start.await();
                    return outbox.run(3, 10_000, line -> { });
                }
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<OutboxReport> reports = new ArrayList<>();
        try {
            for (Future<OutboxReport> f : pool.invokeAll(outboxes, 60, TimeUnit.SECONDS)) {
                reports.add(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(reports).allSatisfy(r -> assertThat(r.sent()).as("each outbox sent part of the queue").isPositive());
        assertThat(reports.get(0).sent() + reports.get(1).sent()).isEqualTo(300);
        List<String> recipients = Arrays.stream(mail.getReceivedMessages()).map(m -> {
            try {
                return m.getAllRecipients()[0].toString();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
        assertThat(recipients).hasSize(300).doesNotHaveDuplicates();
        assertThat(one.deliveryCounts()).containsExactly(java.util.Map.entry("sent", 300));
    }

    @Test
    void theRowsOfANodeTheClusterDeclaredDeadAreUncertainAtOnce() throws Exception {
        TestPostgres.queueIssue(one, 8, "claims.example.org");
        Instant now = Instant.now();
        try (Connection c = TestPostgres.connect(url); Statement s = c.createStatement()) {
            s.execute("INSERT INTO qrtz_scheduler_state VALUES ('paperboy', 'node-a', " + now.toEpochMilli() + ", 10000)");
            one.claimAs("node-a");
            assertThat(one.deliveries().claim(3, 5, now)).hasSize(5);
            one.claimAs(null);
            assertThat(one.deliveries().claim(3, 3, now)).as("claimed outside a cluster").hasSize(3);
            Instant tenMinutesAgo = now.minus(Duration.ofMinutes(10));
            assertThat(two.deliveries().uncertain(tenMinutesAgo)).as("node-a is alive: its rows may be in flight").isEmpty();
            // What Quartz does when another node takes over a node that stopped checking in.
            s.execute("DELETE FROM qrtz_scheduler_state WHERE instance_name = 'node-a'");
            assertThat(two.deliveries().uncertain(tenMinutesAgo)).hasSize(5);
            assertThat(two.deliveries().uncertain(now.plusSeconds(1))).as("and, once their time is up, every row").hasSize(8);
        }
    }
}
