package org.paperboy.deliver;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
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
    void theWeeklyIssuesGoOutOnTheirOwnList() throws Exception {
        MailingList lists = new MailingList("digest@paperboy.example.org", "Paperboy", "daily.paperboy.example.org", "", "",
                "weekly.paperboy.example.org");
        QueuedMail daily = Mails.queued(1, "ada@example.org");
        QueuedMail weekly = Mails.queued(2, "grace@example.org");
        weekly = new QueuedMail(weekly.deliveryId(), weekly.issueId(), weekly.subscriberId(), weekly.to(), weekly.subject(),
                weekly.html(), weekly.text(), weekly.messageId(), weekly.unsubscribeUrl(), 0, "weekly-1");
        store.add(daily).add(weekly);

        try (SmtpMailer mailer = mailer()) {
            new Outbox(store, mailer, lists).run(3, 100, progress::add);
        }

        Map<String, String> listIds = new java.util.HashMap<>();
        for (jakarta.mail.internet.MimeMessage m : SMTP.getReceivedMessages()) {
            listIds.put(m.getAllRecipients()[0].toString(), m.getHeader("List-Id", null));
        }
        assertThat(listIds).containsExactlyInAnyOrderEntriesOf(Map.of(
                "ada@example.org", "<daily.paperboy.example.org>", "grace@example.org", "<weekly.paperboy.example.org>"));
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

        assertThat(report).isEqualTo(new OutboxReport(2, 1, 0, null, 0, 1));
        assertThat(store.row(2).state()).isEqualTo("failed");
        assertThat(store.suppressed).as("a hard failure suppresses the address").containsExactly(20L);
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
        assertThat(store.waiting()).containsExactly(4L, 5L);
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
        assertThat(store.waiting()).containsExactly(1L, 2L);
        assertThat(store.row(1).attempts()).isZero();
        assertThat(store.row(2).state()).isEqualTo("queued");
    }

    @Test
    void temporaryRefusalsAreRetriedLaterWithBackOff() throws Exception {
        store.add(Mails.queued(1, "full@example.org")).add(Mails.queued(2, "ada@example.org"));
        OutboxReport report;
        try (ScriptedSmtpServer server = new ScriptedSmtpServer(Map.of("full", "452 4.2.2 mailbox full"));
                SmtpMailer mailer = new SmtpMailer(SmtpSettings.plain("127.0.0.1", server.port()))) {
            report = new Outbox(store, mailer, Mails.LIST).run(3, 100, progress::add);
        }

        assertThat(report).isEqualTo(new OutboxReport(1, 0, 1, null));
        assertThat(store.row(1).attempts()).isEqualTo(1);
        assertThat(store.row(1).state()).isEqualTo("retry");
        // First back-off: one minute, give or take a quarter.
        assertThat(store.row(1).next()).isBetween(Instant.now().plusSeconds(40), Instant.now().plusSeconds(80));
        assertThat(store.waiting()).containsExactly(1L);
    }

    @Test
    void aMailLeftMidSendByACrashIsSentAgainOnceWithItsMessageId() throws Exception {
        store.addSending(Mails.queued(1, "ada@example.org"), Instant.now().minusSeconds(3600))
                .add(Mails.queued(2, "grace@example.org"));
        OutboxReport report;
        try (SmtpMailer mailer = mailer()) {
            report = new Outbox(store, mailer, Mails.LIST).run(3, 100, progress::add);
        }
        assertThat(report.uncertain()).isEqualTo(1);
        assertThat(report.sent()).isEqualTo(2);
        assertThat(SMTP.getReceivedMessages()[0].getMessageID()).isEqualTo("<d1@paperboy.example.org>");
        assertThat(progress.get(0)).contains("same Message-ID");
    }

    @Test
    void anOperatorCanKeepUncertainMailsForThemselvesAndRecentOnesAreNotTouched() {
        store.addSending(Mails.queued(1, "ada@example.org"), Instant.now().minusSeconds(3600))
                .addSending(Mails.queued(2, "grace@example.org"), Instant.now());
        OutboxPolicy keep = new OutboxPolicy(false, 1, 0, 0, 0, Duration.ofMinutes(1), Duration.ofMinutes(10));
        OutboxReport report;
        try (SmtpMailer mailer = mailer()) {
            report = new Outbox(store, mailer, Mails.LIST).withPolicy(keep).run(3, 100, progress::add);
        }
        assertThat(report.uncertain()).isEqualTo(1);
        assertThat(report.sent()).isZero();
        assertThat(store.row(1).state()).isEqualTo("sending");
        assertThat(store.row(2).state()).as("claimed a moment ago: another node may be sending it").isEqualTo("sending");
    }

    @Test
    void stoppingFinishesTheMailInFlightAndPutsTheRestBack() {
        for (long id = 1; id <= 4; id++) {
            store.add(Mails.queued(id, "reader" + id + "@example.org"));
        }
        OutboxReport report;
        try (SmtpMailer mailer = mailer()) {
            Outbox[] outbox = new Outbox[1];
            outbox[0] = new Outbox(store, mailer, Mails.LIST);
            report = outbox[0].run(3, 100, line -> {
                progress.add(line);
                outbox[0].stop();
            });
        }
        assertThat(report.sent()).isEqualTo(1);
        assertThat(report.stoppedBy()).contains("stopping");
        assertThat(store.waiting()).containsExactly(2L, 3L, 4L);
        assertThat(SMTP.getReceivedMessages()).hasSize(1);
    }

    @Test
    void pacingSpacesTheMessages() {
        for (long id = 1; id <= 3; id++) {
            store.add(Mails.queued(id, "reader" + id + "@example.org"));
        }
        List<Duration> waits = new ArrayList<>();
        OutboxPolicy paced = new OutboxPolicy(true, 1, 2, 0, 0, Duration.ofMinutes(1), Duration.ofMinutes(10));
        try (SmtpMailer mailer = mailer()) {
            new Outbox(store, mailer, Mails.LIST, null, java.time.Clock.systemUTC(), paced, waits::add).run(3, 100, progress::add);
        }
        assertThat(waits).hasSize(2).allSatisfy(w -> assertThat(w).isLessThanOrEqualTo(Duration.ofMillis(500)).isPositive());
    }

    @Test
    void aRunCapStopsAtTheCapAndLeavesTheRest() {
        for (long id = 1; id <= 4; id++) {
            store.add(Mails.queued(id, "reader" + id + "@example.org"));
        }
        OutboxPolicy capped = new OutboxPolicy(true, 1, 0, 2, 0, Duration.ofMinutes(1), Duration.ofMinutes(10));
        try (SmtpMailer mailer = mailer()) {
            assertThat(new Outbox(store, mailer, Mails.LIST).withPolicy(capped).run(3, 100, progress::add).sent()).isEqualTo(2);
        }
        assertThat(store.waiting()).containsExactly(3L, 4L);
        assertThat(progress).anyMatch(l -> l.contains("max_per_run"));
    }

    @Test
    void anHourlyCapCountsWhatEarlierRunsSentAndStopsSayingSo() {
        Instant now = Instant.parse("2026-06-09T10:00:00Z");
        store.addSent(Mails.queued(90, "early@example.org"), now.minus(Duration.ofMinutes(90)));
        store.addSent(Mails.queued(91, "recent1@example.org"), now.minus(Duration.ofMinutes(50)));
        store.addSent(Mails.queued(92, "recent2@example.org"), now.minus(Duration.ofMinutes(5)));
        for (long id = 1; id <= 4; id++) {
            store.add(Mails.queued(id, "reader" + id + "@example.org"));
        }
        OutboxPolicy hourly = new OutboxPolicy(true, 1, 0, 0, 3, Duration.ofMinutes(1), Duration.ofMinutes(10));
        OutboxReport report;
        try (SmtpMailer mailer = mailer()) {
            report = new Outbox(store, mailer, Mails.LIST, null, Clock.fixed(now, ZoneOffset.UTC), hourly, d -> { })
                    .run(3, 100, progress::add);
        }
        assertThat(report.sent()).as("3 an hour, 2 already sent in the last hour").isEqualTo(1);
        assertThat(report.stoppedBy()).contains("max_per_hour");
        assertThat(store.waiting()).containsExactly(2L, 3L, 4L);
        assertThat(SMTP.getReceivedMessages()).hasSize(1);
    }

    @Test
    void aFullHourSendsNothingAndParallelOutboxesShareWhatIsLeft() {
        Instant now = Instant.parse("2026-06-09T10:00:00Z");
        for (long id = 1; id <= 10; id++) {
            store.add(Mails.queued(id, "reader" + id + "@example.org"));
        }
        OutboxPolicy hourly = new OutboxPolicy(true, 1, 0, 0, 4, Duration.ofMinutes(1), Duration.ofMinutes(10));
        int sent = 0;
        try (SmtpMailer a = mailer(); SmtpMailer b = mailer()) {
            Clock clock = Clock.fixed(now, ZoneOffset.UTC);
            Outbox first = new Outbox(store, a, Mails.LIST, null, clock, hourly, d -> { }).oneOf(2);
            Outbox second = new Outbox(store, b, Mails.LIST, null, clock, hourly, d -> { }).oneOf(2).skippingUncertain();
            sent += first.run(3, 100, progress::add).sent();
            sent += second.run(3, 100, progress::add).sent();
            assertThat(sent).as("each of two takes half of what is left").isBetween(2, 4);
            Outbox alone = new Outbox(store, a, Mails.LIST, null, clock, hourly, d -> { });
            sent += alone.run(3, 100, progress::add).sent();
            OutboxReport full = alone.run(3, 100, progress::add);
            assertThat(full.sent()).isZero();
            assertThat(full.stoppedBy()).contains("max_per_hour");
        }
        assertThat(sent).isEqualTo(4);
        assertThat(SMTP.getReceivedMessages()).hasSize(4);
        assertThat(store.waiting()).hasSize(6);
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
