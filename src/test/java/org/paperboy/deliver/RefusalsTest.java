package org.paperboy.deliver;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.app.App;
import org.paperboy.bench.BenchSend;
import org.paperboy.subscriber.Status;
import org.paperboy.testkit.TestApps;

/**
 * The outbox over a real SMTP conversation and a real SQLite file: only a refusal of the mailbox itself
 * suppresses a reader. A server that finds the mail too large, or blocks it by policy, says nothing
 * about the address, and must not cost a list all its readers after one oversized issue.
 */
class RefusalsTest {

    @TempDir
    Path dir;

    @Test
    void aSizeOrPolicyRefusalSuppressesNobodyAndANoSuchUserDoes() throws Exception {
        Map<String, String> replies = new LinkedHashMap<>();
        for (int i = 0; i < 7; i++) {
            replies.put("reader" + i, ScriptedSmtpServer.AT_DATA + "552 5.3.4 Message size exceeds fixed maximum message size");
        }
        replies.put("reader7", ScriptedSmtpServer.AT_DATA + "554 5.7.1 Message rejected as spam by policy");
        replies.put("reader8", "452 4.2.2 Mailbox full, try again later");
        replies.put("reader9", "550 5.1.1 <reader9@bench.example.org>: No such user here");
        try (ScriptedSmtpServer server = new ScriptedSmtpServer(replies); App app = TestApps.withMail(dir, server.port())) {
            BenchSend.seed(app, 10);
            OutboxReport report = app.send(100, null, line -> { });

            assertThat(report.sent()).isZero();
            for (int i = 0; i < 9; i++) {
                assertThat(status(app, i)).as("reader" + i).isEqualTo(Status.ACTIVE);
            }
            assertThat(status(app, 9)).isEqualTo(Status.SUPPRESSED);
            assertThat(report.suppressed()).isEqualTo(1);
            assertThat(report.retryLater()).as("the full mailbox").isEqualTo(1);
        }
    }

    static Status status(App app, int reader) {
        return app.db().subscribers().byEmail("reader" + reader + "@bench.example.org").orElseThrow().status();
    }
}
