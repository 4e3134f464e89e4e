package org.paperboy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.paperboy.store.Database;
import org.paperboy.testkit.PaperboyProcess;
import org.paperboy.testkit.TestPostgres;

/**
 * Two `paperboy serve` nodes in their own JVMs on one PostgreSQL database, mailing a GreenMail server in
 * this JVM. The node sending an issue is killed with SIGKILL mid-delivery; the other node must take over
 * its run and finish the issue: every reader gets it once, except at most the one mail that was in flight
 * at the kill, which goes again with the same Message-ID.
 */
class ClusterFailoverTest {

    static final int READERS = 300;
    static final Path LOGS = Path.of("target", "cluster-test");

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    final List<Process> nodes = new ArrayList<>();
    final List<Process> killed = new ArrayList<>();
    String url;
    /** The test's own connection for watching the nodes: one, since each new one costs a password exchange. */
    Connection watching;

    @AfterEach
    void stopNodes() throws Exception {
        if (watching != null) {
            watching.close();
        }
        for (Process p : nodes) {
            p.destroy();
        }
        for (Process p : nodes) {
            if (!p.waitFor(15, java.util.concurrent.TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
    }

    @Test
    void theSurvivorFinishesTheRunOfTheNodeKilledMidDeliveryAndEachFiringRunsOnce() throws Exception {
        url = TestPostgres.freshSchema("paperboy_cluster");
        long began = System.nanoTime();
        // Migrated once here, so the nodes start on a schema that is ready.
        try (Database db = Database.open(url, TestPostgres.USER, TestPostgres.PASSWORD)) {
            Files.createDirectories(LOGS);
            nodes.add(start("a"));
            nodes.add(start("b"));
            await("both nodes to join the cluster", Duration.ofSeconds(60), () -> count("SELECT COUNT(*) FROM qrtz_scheduler_state") == 2);
            TestPostgres.queueIssue(db, READERS, "cluster.example.org");
        }
        System.out.printf("nodes up and %d mails queued after %.1f s%n", READERS, (System.nanoTime() - began) / 1e9);

        // Kill the node whose digest run is sending, once a fifth of the issue has gone out.
        await("a digest run to be sending", Duration.ofSeconds(30),
                () -> mail.getReceivedMessages().length >= READERS / 5 && !unfinishedRuns().isEmpty());
        Map.Entry<String, String> run = unfinishedRuns().entrySet().iterator().next();
        String killedNode = run.getKey();
        Process victim = nodeWithPid(pidOf(killedNode));
        killed.add(victim);
        victim.destroyForcibly();
        victim.waitFor();
        Instant killedAt = Instant.now();
        int receivedAtKill = mail.getReceivedMessages().length;
        assertThat(unfinishedRuns()).as("the run was killed before it finished").containsEntry(killedNode, run.getValue());
        assertThat(receivedAtKill).as("killed mid-delivery").isLessThan(READERS);
        System.out.printf("killed node %s mid-run (scheduled for %s) with %d of %d mails received%n",
                killedNode, run.getValue(), receivedAtKill, READERS);

        await("the other node to finish the issue", Duration.ofSeconds(45),
                () -> count("SELECT COUNT(*) FROM deliveries WHERE status = 'sent'") == READERS
                        && count("SELECT COUNT(*) FROM job_runs WHERE recovering AND finished_at IS NOT NULL") > 0);
        System.out.printf("issue finished %.1f s after the kill, %.1f s after the test began%n",
                Duration.between(killedAt, Instant.now()).toMillis() / 1e3, (System.nanoTime() - began) / 1e9);

        // Every reader got the issue; at most one twice (the one mail in flight at the kill), same Message-ID.
        Map<String, List<String>> idsByReader = new TreeMap<>();
        for (MimeMessage m : mail.getReceivedMessages()) {
            idsByReader.computeIfAbsent(m.getAllRecipients()[0].toString(), k -> new ArrayList<>()).add(m.getMessageID());
        }
        int duplicates = mail.getReceivedMessages().length - idsByReader.size();
        System.out.printf("%d readers got the issue, %d mails in all: %d duplicate(s), bound 1%n",
                idsByReader.size(), mail.getReceivedMessages().length, duplicates);
        assertThat(idsByReader).hasSize(READERS);
        assertThat(duplicates).isLessThanOrEqualTo(1);
        assertThat(idsByReader.values()).allSatisfy(ids -> assertThat(ids).containsOnly(ids.get(0)));

        // Each firing of the digest schedule ran on one node; the killed run was taken over once, by the other;
        // and the schedule goes on firing on the survivor (the next firing may come a moment after the takeover).
        await("a firing after the killed one", Duration.ofSeconds(20),
                () -> count("SELECT COUNT(*) FROM job_runs WHERE task = 'digest' AND NOT recovering") >= 2);
        List<String> firings = strings("SELECT scheduled_for FROM job_runs WHERE task = 'digest' AND NOT recovering");
        assertThat(firings).hasSizeGreaterThanOrEqualTo(2).doesNotHaveDuplicates();
        List<String> takeovers = strings("SELECT node || ' ' || scheduled_for || ' ' || outcome FROM job_runs WHERE recovering");
        assertThat(takeovers).singleElement().satisfies(t -> {
            assertThat(t).endsWith(" " + run.getValue() + " ok");
            assertThat(t).doesNotStartWith(killedNode);
        });
        assertThat(strings("SELECT instance_name FROM qrtz_scheduler_state")).as("the dead node left the cluster")
                .hasSize(1).doesNotContain(killedNode);
        System.out.println("digest runs by node: " + strings("SELECT node || ': ' || COUNT(*) FROM job_runs"
                + " WHERE task = 'digest' GROUP BY node ORDER BY node") + "; taken over: " + takeovers
                + ", started " + strings("SELECT started_at FROM job_runs WHERE recovering") + " after the kill at " + killedAt);
    }

    private Process start(String name) throws IOException {
        Map<String, String> env = new HashMap<>(Map.of(
                "PAPERBOY_STORE_URL", url,
                "PAPERBOY_STORE_USER", TestPostgres.USER,
                "PAPERBOY_STORE_PASSWORD", TestPostgres.PASSWORD,
                "PAPERBOY_MAIL_FROM_ADDRESS", "digest@cluster.example.org",
                "PAPERBOY_MAIL_SMTP_HOST", "127.0.0.1",
                "PAPERBOY_MAIL_SMTP_PORT", String.valueOf(mail.getSmtp().getPort()),
                "PAPERBOY_MAIL_SMTP_SECURITY", "none",
                // Paced, so the issue takes seconds to send and the kill lands mid-run.
                "PAPERBOY_MAIL_MAX_PER_SECOND", "50",
                "PAPERBOY_SCHEDULE_CLUSTERED", "true",
                "PAPERBOY_SCHEDULE_CLUSTER_CHECKIN_SECONDS", "1"));
        env.put("PAPERBOY_SCHEDULE_DIGEST_CRON", "0/2 * * * * ?");
        return PaperboyProcess.start(LOGS.resolve("node-" + name + ".log"), "256m", env, "serve");
    }

    /** Digest runs started and not finished: node → scheduled time. */
    private Map<String, String> unfinishedRuns() {
        Map<String, String> runs = new TreeMap<>();
        query("SELECT node, scheduled_for FROM job_runs WHERE task = 'digest' AND finished_at IS NULL",
                rs -> runs.put(rs.getString(1), rs.getString(2)));
        return runs;
    }

    private Process nodeWithPid(long pid) {
        return nodes.stream().filter(p -> p.pid() == pid).findFirst()
                .orElseThrow(() -> new AssertionError("no node of this test has pid " + pid));
    }

    /** The process id in a node name: host-pid-start. */
    private static long pidOf(String node) {
        String[] parts = node.split("-");
        return Long.parseLong(parts[parts.length - 2]);
    }

    private void await(String what, Duration timeout, BooleanSupplier done) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!done.getAsBoolean()) {
            for (Process p : nodes) {
                if (!p.isAlive() && !killed.contains(p)) {
                    throw new AssertionError("a node stopped (exit " + p.exitValue() + ") while waiting for " + what
                            + "; see " + LOGS.toAbsolutePath());
                }
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited " + timeout.toSeconds() + " s for " + what + "; received "
                        + mail.getReceivedMessages().length + " mails; deliveries " + strings("SELECT status || ' ' || COUNT(*)"
                        + " FROM deliveries GROUP BY status") + "; see the node logs in " + LOGS.toAbsolutePath());
            }
            Thread.sleep(50);
        }
    }

    interface Row {
        void read(ResultSet rs) throws SQLException;
    }

    private void query(String sql, Row row) {
        try {
            if (watching == null || watching.isClosed()) {
                watching = TestPostgres.connect(url);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot connect to " + url + ": " + e.getMessage(), e);
        }
        try (Statement s = watching.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                row.read(rs);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    private List<String> strings(String sql) {
        List<String> out = new ArrayList<>();
        query(sql, rs -> out.add(rs.getString(1)));
        return out;
    }

    private int count(String sql) {
        return Integer.parseInt(strings(sql).get(0));
    }
}
