package org.paperboy.app;

import org.paperboy.testkit.TestApps;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.config.ConfigLoader;
import org.paperboy.schedule.Schedules;

class ServeHealthTest {

    @TempDir
    Path dir;

    @Test
    void healthNamesTheDatabaseTheSchedulerAndTheSmtpServer() throws Exception {
        try (ServerSocket smtp = new ServerSocket(0);
             App app = new App(ConfigLoader.load(null, Map.of("PAPERBOY_STORE_URL", TestApps.sqlite(dir.resolve("p.db")),
                     "PAPERBOY_MAIL_SMTP_HOST", "127.0.0.1", "PAPERBOY_MAIL_SMTP_PORT", String.valueOf(smtp.getLocalPort()))))) {
            AtomicReference<Schedules> running = new AtomicReference<>();
            var health = app.health(running::get);
            assertThat(health.checks()).containsEntry("database", true).containsEntry("scheduler", false).containsEntry("smtp", true);
            try (Schedules schedules = Schedules.start(List.of(new Schedules.Task("t", "0 0 0 * * ?", ZoneId.of("UTC"), () -> { })))) {
                running.set(schedules);
                assertThat(health.checks()).containsEntry("scheduler", true);
            }
        }
    }
}
