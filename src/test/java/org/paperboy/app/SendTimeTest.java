package org.paperboy.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.bench.BenchSend;
import org.paperboy.subscriber.Status;
import org.paperboy.testkit.TestApps;

/** Every send checks the reader's state at send time, a re-send after a crash included (SQLite, GreenMail). */
class SendTimeTest {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path dir;

    @Test
    void aMailLeftMidSendByACrashIsNotSentAgainToAReaderWhoLeftSince() throws Exception {
        try (App app = TestApps.withMail(dir, mail.getSmtp().getPort())) {
            BenchSend.seed(app, 10);
            // a sender claimed every row twenty minutes ago and died before sending
            assertThat(app.db().deliveries().claim(5, 100, Instant.now().minus(Duration.ofMinutes(20)))).hasSize(10);
            for (int i = 0; i < 5; i++) {
                long id = app.db().subscribers().byEmail("reader" + i + "@bench.example.org").orElseThrow().id();
                app.db().subscribers().setStatus(id, Status.UNSUBSCRIBED);
            }

            assertThat(app.send(100, null, line -> { }).sent()).isEqualTo(5);

            List<String> got = new ArrayList<>();
            for (MimeMessage m : mail.getReceivedMessages()) {
                got.add(m.getAllRecipients()[0].toString());
            }
            assertThat(got).containsExactlyInAnyOrder("reader5@bench.example.org", "reader6@bench.example.org",
                    "reader7@bench.example.org", "reader8@bench.example.org", "reader9@bench.example.org");
            assertThat(app.db().deliveryCounts()).containsEntry("sent", 5).doesNotContainKey("sending");
        }
    }
}
