package org.paperboy.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.paperboy.store.Database;
import org.paperboy.testkit.TestPostgres;

/** One node of a cluster, in this JVM, on a real PostgreSQL server; ClusterFailoverTest runs two. */
class ClusteredSchedulesTest {

    String url;
    Database db;

    @BeforeEach
    void open() {
        url = TestPostgres.freshSchema("paperboy_schedules");
        db = Database.open(url, TestPostgres.USER, TestPostgres.PASSWORD);
    }

    @AfterEach
    void close() {
        if (db != null) {
            db.close();
        }
    }

    private Schedules.Cluster cluster() {
        return new Schedules.Cluster(db.dataSource(), Duration.ofSeconds(1));
    }

    @Test
    void aTaskRunsFromTheDatabaseAndEachRunIsRecordedWithItsNode() throws Exception {
        CountDownLatch twice = new CountDownLatch(2);
        String node;
        try (Schedules schedules = Schedules.clustered(List.of(new Schedules.Task("tick", "* * * * * ?", ZoneId.of("UTC"),
                twice::countDown)), cluster(), db.jobRuns()).start()) {
            node = schedules.node();
            assertThat(schedules.isClustered()).isTrue();
            assertThat(twice.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(strings("SELECT instance_name FROM qrtz_scheduler_state")).containsExactly(node);
        }
        assertThat(node).as("host, process id, start time").contains("-" + ProcessHandle.current().pid() + "-");
        List<String> runs = strings("SELECT node || ' ' || task || ' ' || recovering || ' ' || outcome FROM job_runs");
        assertThat(runs).hasSizeGreaterThanOrEqualTo(2).allSatisfy(r -> assertThat(r).isEqualTo(node + " tick false ok"));
        assertThat(strings("SELECT scheduled_for FROM job_runs")).doesNotHaveDuplicates();
    }

    @Test
    void aRestartedNodeKeepsAnUnchangedTriggerAndReplacesAChangedOne() throws Exception {
        Runnable nothing = () -> { };
        List<Schedules.Task> tasks = List.of(new Schedules.Task("digest", "0 5 * * * ?", ZoneId.of("UTC"), nothing),
                new Schedules.Task("bounces", "0 */10 * * * ?", ZoneId.of("UTC"), nothing));
        Schedules.clustered(tasks, cluster(), RunLog.NONE).start().close();
        List<String> first = strings("SELECT trigger_name || ' ' || start_time FROM qrtz_triggers ORDER BY trigger_name");
        assertThat(first).hasSize(2);
        Thread.sleep(20);
        Schedules.clustered(tasks, cluster(), RunLog.NONE).start().close();
        assertThat(strings("SELECT trigger_name || ' ' || start_time FROM qrtz_triggers ORDER BY trigger_name"))
                .as("the same schedule: the triggers another node may be about to fire stay as they are")
                .isEqualTo(first);
        try (Schedules changed = Schedules.clustered(List.of(new Schedules.Task("digest", "0 35 * * * ?", ZoneId.of("UTC"), nothing)),
                cluster(), RunLog.NONE).start()) {
            assertThat(changed.nextRun("digest").toInstant().atZone(ZoneId.of("UTC")).getMinute()).isEqualTo(35);
            assertThat(changed.nextRun("bounces")).as("no longer configured").isNull();
        }
        assertThat(strings("SELECT cron_expression FROM qrtz_cron_triggers")).containsExactly("0 35 * * * ?");
    }

    private List<String> strings(String sql) throws SQLException {
        try (Connection c = TestPostgres.connect(url); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<String> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        }
    }
}
