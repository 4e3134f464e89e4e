package org.paperboy.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.subscriber.Frequency;
import org.paperboy.subscriber.Profile;
import org.paperboy.subscriber.Status;
import org.paperboy.subscriber.Subscriber;
import org.paperboy.subscriber.Topic;

class BackupTest {

    @TempDir
    Path dir;

    @Test
    void theCopyHoldsWhatWasCommittedWhileAnotherWriterIsBusyAndIsNeverWrittenOverAnExistingFile() throws Exception {
        String url = "jdbc:sqlite:" + dir.resolve("paperboy.db");
        Path copy = dir.resolve("backup.db");
        try (Database db = Database.open(url, "", "")) {
            db.subscribers().upsert(reader("ada@example.org"));
            try (Connection writer = DriverManager.getConnection(url); Statement sql = writer.createStatement()) {
                writer.setAutoCommit(false);
                sql.executeUpdate("INSERT INTO subscribers (email, name, status, profile, created_at, updated_at)"
                        + " SELECT 'half@example.org', name, status, profile, created_at, updated_at FROM subscribers");
                // the service keeps a write transaction open while the backup runs
                assertThat(db.backupTo(copy)).contains("1 subscribers").contains("integrity check found no problem");
                writer.commit();
            }
            assertThat(db.subscribers().all()).hasSize(2);
            assertThatThrownBy(() -> db.backupTo(copy)).hasMessageContaining("exists already");
        }
        try (Database restored = Database.open("jdbc:sqlite:" + copy, "", "")) {
            assertThat(restored.subscribers().all()).extracting(Subscriber::email).containsExactly("ada@example.org");
        }
        assertThat(Files.size(copy)).isPositive();
    }

    private static Subscriber reader(String email) {
        Profile profile = new Profile(List.of(new Topic("agents", "LLM agents", "")), List.of(), List.of(), List.of(), List.of(),
                10, 7, ZoneId.of("UTC"), Frequency.DAILY);
        return new Subscriber(0, email, "", Status.ACTIVE, profile);
    }
}
