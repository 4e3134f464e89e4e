package org.paperboy.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.bench.BenchReaders;
import org.paperboy.ingest.JsonlSource;
import org.paperboy.issue.NewIssue;
import org.paperboy.testkit.TestApps;

/**
 * Issues are stored packed; a mail a crash left unconfirmed is sent again by a new process, which has
 * none of the first one's pages in memory, and goes out as it went the first time: the same Message-ID
 * and both parts byte for byte. "View in browser" shows the same HTML (SQLite, GreenMail).
 */
class PackedResendTest {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    static final LocalDate MON = LocalDate.of(2026, 6, 8);

    @TempDir
    Path dir;

    @Test
    void aMailSentAgainAfterACrashIsTheMailSentFirstByteForByte() throws Exception {
        int readers = 12;
        try (App app = TestApps.withMail(dir, mail.getSmtp().getPort())) {
            app.db().subscribers().upsertAll(new BenchReaders(Path.of("subscribers"), Path.of("samples", "bench-topics"),
                    app.config().weekly(), new JsonlSource(Path.of("samples/2026-06-08.jsonl.gz")).fetch().papers()).generate(readers, 5));
            app.ingestion(line -> { }).file(Path.of("samples/2026-06-08.jsonl.gz"));
            assertThat(app.digests(TestApps.tokens(), "https://paperboy.example.org").make(MON, s -> true, null, l -> { }).made())
                    .isEqualTo(readers);
            assertThat(app.send(100, null, line -> { }).sent()).isEqualTo(readers);
        }
        Map<String, MimeMessage> first = new HashMap<>();
        Arrays.stream(mail.getReceivedMessages()).forEach(m -> first.put(messageId(m), m));
        assertThat(first).hasSize(readers);

        // the sender had handed four mails to the SMTP server and died before it could mark them sent
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("paperboy.db"));
                PreparedStatement crash = c.prepareStatement("UPDATE deliveries SET status = 'sending', claimed_at = ?"
                        + " WHERE id IN (SELECT id FROM deliveries ORDER BY id LIMIT 4)")) {
            crash.setString(1, Instant.now().minus(Duration.ofMinutes(20)).toString());
            assertThat(crash.executeUpdate()).isEqualTo(4);
        }
        try (App restarted = TestApps.withMail(dir, mail.getSmtp().getPort())) {
            assertThat(restarted.send(100, null, line -> { }).sent()).isEqualTo(4);
            List<MimeMessage> again = Arrays.asList(mail.getReceivedMessages()).subList(readers, readers + 4);
            for (MimeMessage resent : again) {
                MimeMessage sent = first.get(messageId(resent));
                assertThat(sent).as("sent again with its first Message-ID").isNotNull();
                assertThat(resent.getSubject()).isEqualTo(sent.getSubject());
                assertThat(part(resent, 0)).isEqualTo(part(sent, 0));
                assertThat(part(resent, 1)).isEqualTo(part(sent, 1));
                long reader = restarted.db().subscribers().byEmail(resent.getAllRecipients()[0].toString()).orElseThrow().id();
                String html = (String) ((MimeMultipart) sent.getContent()).getBodyPart(1).getContent();
                // SMTP carries lines ending in CRLF
                assertThat(restarted.db().archive().readerHtml(reader, NewIssue.DAILY, MON)).contains(html.replace("\r\n", "\n"));
            }
        }
    }

    private static String messageId(MimeMessage m) {
        try {
            return m.getMessageID();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A part's bytes as they went over the wire (encoded for transfer). */
    private static byte[] part(MimeMessage m, int index) throws Exception {
        MimeBodyPart part = (MimeBodyPart) ((MimeMultipart) m.getContent()).getBodyPart(index);
        return part.getRawInputStream().readAllBytes();
    }
}
