package org.paperboy.deliver;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class OutboxTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private final MemoryDeliveryStore store = new MemoryDeliveryStore();
    private final List<String> progress = new ArrayList<>();

    private SmtpMailer mailer() {
        return new SmtpMailer(SmtpSettings.plain("127.0.0.1", SMTP.getSmtp().getPort()));
    }

    @Test
    void sendsEveryDueMailAndMarksEachSent() {
        store.add(Mails.queued(1, "ada@example.org")).add(Mails.queued(2, "grace@example.org"));

        OutboxReport report;
        try (SmtpMailer mailer = mailer()) {
            report = new Outbox(store, mailer, Mails.LIST).run(3, 100, progress::add);
        }

        assertThat(report).isEqualTo(new OutboxReport(2, 0, 0, null));
        assertThat(report.completed()).isTrue();
        assertThat(SMTP.getReceivedMessages()).hasSize(2);
        assertThat(store.row(1).state()).isEqualTo("sent");
        assertThat(store.row(2).sentAt()).isNotNull();
        assertThat(progress).hasSize(2).allMatch(line -> line.startsWith("sent "));
    }

    @Test
    void aBadAddressFailsOnlyItsOwnRow() {
        store.add(Mails.queued(1, "ada@example.org"))
                .add(Mails.queued(2, "no-at-sign"))
                .add(Mails.queued(3, "grace@example.org"));

        OutboxReport report;
        try (SmtpMailer mailer = mailer()) {
            report = new Outbox(store, mailer, Mails.LIST).run(3, 100, progress::add);
        }

        assertThat(report).isEqualTo(new OutboxReport(2, 1, 0, null));
        assertThat(store.row(2).state()).isEqualTo("failed");
        assertThat(store.row(2).error()).contains("no-at-sign");
        assertThat(store.row(3).state()).isEqualTo("sent");
    }

    @Test
    void aSecondRunNeverResendsWhatTheFirstSent() {
        store.add(Mails.queued(1, "ada@example.org")).add(Mails.queued(2, "grace@example.org"));
        try (SmtpMailer mailer = mailer()) {
            Outbox outbox = new Outbox(store, mailer, Mails.LIST);
            outbox.run(3, 100, progress::add);
            store.add(Mails.queued(3, "edsger@example.org"));

            assertThat(outbox.run(3, 100, progress::add)).isEqualTo(new OutboxReport(1, 0, 0, null));
        }

        assertThat(SMTP.getReceivedMessages()).hasSize(3);
        assertThat(store.sentCalls).containsExactly(1L, 2L, 3L);
    }

    @Test
    void theLimitCapsOneRunAndTheRestStaysDue() {
        for (long id = 1; id <= 5; id++) {
            store.add(Mails.queued(id, "reader" + id + "@example.org"));
        }
        try (SmtpMailer mailer = mailer()) {
            assertThat(new Outbox(store, mailer, Mails.LIST).run(3, 3, progress::add).sent()).isEqualTo(3);
        }
        assertThat(store.due(3, 10)).extracting(QueuedMail::deliveryId).containsExactly(4L, 5L);
    }

    @Test
    void anUnreachableServerStopsTheRunAndLeavesEveryRowDue() throws IOException {
        store.add(Mails.queued(1, "ada@example.org")).add(Mails.queued(2, "grace@example.org"));
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        OutboxReport report;
        try (SmtpMailer mailer = new SmtpMailer(SmtpSettings.plain("127.0.0.1", closedPort))) {
            report = new Outbox(store, mailer, Mails.LIST).run(3, 100, progress::add);
        }

        assertThat(report.completed()).isFalse();
        assertThat(report.stoppedBy()).contains("cannot reach SMTP server");
        assertThat(report.sent()).isZero();
        assertThat(store.due(3, 10)).extracting(QueuedMail::attempts).containsExactly(0, 0);
    }

    @Test
    void temporaryRefusalsAreTriedOnceARunAndStayDue() throws Exception {
        store.add(Mails.queued(1, "full@example.org")).add(Mails.queued(2, "ada@example.org"));
        OutboxReport report;
        try (ScriptedSmtpServer server = new ScriptedSmtpServer(Map.of("full", "452 4.2.2 mailbox full"));
                SmtpMailer mailer = new SmtpMailer(SmtpSettings.plain("127.0.0.1", server.port()))) {
            report = new Outbox(store, mailer, Mails.LIST).run(3, 100, progress::add);
        }

        assertThat(report).isEqualTo(new OutboxReport(1, 0, 1, null));
        assertThat(store.row(1).attempts()).isEqualTo(1);
        assertThat(store.due(3, 10)).extracting(QueuedMail::deliveryId).containsExactly(1L);
    }

    @Test
    void keepsACopyOfEachSentMail(@TempDir Path dir) throws IOException {
        store.add(Mails.queued(1, "Ada.Lovelace+news@example.org"));
        try (SmtpMailer mailer = mailer()) {
            new Outbox(store, mailer, Mails.LIST).keepingCopiesIn(dir.resolve("out")).run(3, 100, progress::add);
        }

        Path eml = dir.resolve("out/ada.lovelace_news_example.org-42.eml");
        assertThat(Files.readString(eml, StandardCharsets.US_ASCII)).contains("Message-ID: <d1@paperboy.example.org>");
        assertThat(dir.resolve("out/ada.lovelace_news_example.org-42.html"))
                .hasContent("<p>Hello Ada.Lovelace+news@example.org</p>");
        assertThat(dir.resolve("out/ada.lovelace_news_example.org-42.txt")).hasContent("Hello Ada.Lovelace+news@example.org");
    }
}
