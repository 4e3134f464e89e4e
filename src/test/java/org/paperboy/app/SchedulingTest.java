package org.paperboy.app;

import org.paperboy.testkit.TestApps;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.config.Config;
import org.paperboy.config.ConfigLoader;
import org.paperboy.schedule.Schedules;

class SchedulingTest {

    @TempDir
    Path dir;

    private static Config.Schedule schedule(String clustered) {
        return ConfigLoader.load(null, Map.of("PAPERBOY_SCHEDULE_CLUSTERED", clustered)).schedule();
    }

    @Test
    void byDefaultTheScheduleIsClusteredExactlyWhenTheStoreIsPostgreSQL() {
        Config.Schedule defaults = ConfigLoader.load(null, Map.of()).schedule();
        assertThat(defaults.clustered()).isEqualTo(Config.Clustered.AUTO);
        assertThat(defaults.clusterCheckinSeconds()).isEqualTo(10);
        assertThat(Scheduling.clustered(defaults, true)).isTrue();
        assertThat(Scheduling.clustered(defaults, false)).isFalse();
        assertThat(Scheduling.clustered(schedule("false"), true)).isFalse();
    }

    @Test
    void aClusterOnSqliteIsRefusedWithWhatToDoInstead() throws Exception {
        assertThatThrownBy(() -> Scheduling.clustered(schedule("true"), false))
                .hasMessageContaining("schedule.clustered").hasMessageContaining("SQLite").hasMessageContaining("jdbc:postgresql://");
        assertThatThrownBy(() -> schedule("yes please"))
                .hasMessageContaining("auto, true, false").hasMessageContaining("yes please");
        Path file = dir.resolve("paperboy.yaml");
        java.nio.file.Files.writeString(file, "schedule:\n  clustered: true\n");
        assertThatThrownBy(() -> Scheduling.clustered(ConfigLoader.load(file, Map.of()).schedule(), false))
                .as("a YAML boolean in the file").hasMessageContaining("SQLite");
        try (App app = TestApps.withMail(dir, 2525, "PAPERBOY_SCHEDULE_CLUSTERED", "true")) {
            assertThatThrownBy(() -> app.schedule(List.of())).hasMessageContaining("store.url");
        }
    }

    @Test
    void onSqliteTheScheduleIsInMemoryAndRunsAreRecorded() throws Exception {
        java.util.concurrent.CountDownLatch ran = new java.util.concurrent.CountDownLatch(1);
        String node;
        try (App app = TestApps.withMail(dir, 2525);
             Schedules schedules = app.schedule(List.of(new Schedules.Task("tick", "* * * * * ?",
                     java.time.ZoneId.of("UTC"), ran::countDown)))) {
            assertThat(schedules.isClustered()).isFalse();
            assertThat(ran.await(5, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            node = schedules.node();
        }
        assertThat(node).as("host, process id, start time").contains("-" + ProcessHandle.current().pid() + "-");
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("paperboy.db"));
             java.sql.ResultSet rs = c.createStatement().executeQuery("SELECT node, task, outcome FROM job_runs")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString("node") + " " + rs.getString("task") + " " + rs.getString("outcome")).isEqualTo(node + " tick ok");
        }
    }
}
