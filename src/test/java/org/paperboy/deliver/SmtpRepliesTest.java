package org.paperboy.deliver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.paperboy.deliver.SendResult.Failed;
import org.paperboy.deliver.SendResult.Sent;
import org.paperboy.deliver.SendResult.Unavailable;

class SmtpRepliesTest {

    private ScriptedSmtpServer server;
    private SmtpMailer mailer;

    @BeforeEach
    void start() throws Exception {
        server = new ScriptedSmtpServer(Map.of(
                "gone", "550 5.1.1 mailbox unavailable",
                "full", "452 4.2.2 mailbox full, try later",
                "closing", "421 4.3.2 shutting down"));
        mailer = new SmtpMailer(SmtpSettings.plain("127.0.0.1", server.port()));
    }

    @AfterEach
    void stop() throws Exception {
        mailer.close();
        server.close();
    }

    @Test
    void aRejectedMailboxIsAPermanentFailureAndTheNextMailStillGoes() {
        SendResult gone = mailer.send(Mails.to("gone@example.org"));
        SendResult next = mailer.send(Mails.to("ada@example.org"));

        assertThat(gone).isInstanceOfSatisfying(Failed.class, f -> {
            assertThat(f.permanent()).isTrue();
            assertThat(f.reason()).contains("550");
        });
        assertThat(next).isInstanceOf(Sent.class);
        assertThat(server.accepted()).isEqualTo(1);
    }

    @Test
    void aTemporaryRefusalIsWorthRetrying() {
        assertThat(mailer.send(Mails.to("full@example.org"))).isInstanceOfSatisfying(Failed.class, f -> {
            assertThat(f.permanent()).isFalse();
            assertThat(f.reason()).contains("452");
        });
    }

    @Test
    void aServerThatKeepsSayingItIsClosingStopsTheRun() {
        assertThat(mailer.send(Mails.to("closing@example.org"))).isInstanceOfSatisfying(Unavailable.class,
                u -> assertThat(u.reason()).contains("421"));
    }

    @Test
    void aServerLimitingMailsPerConnectionGetsAFreshConnection() throws Exception {
        try (ScriptedSmtpServer strict = new ScriptedSmtpServer(Map.of(), 2);
                SmtpMailer mailer = new SmtpMailer(SmtpSettings.plain("127.0.0.1", strict.port()))) {
            for (int i = 0; i < 5; i++) {
                assertThat(mailer.send(Mails.to("reader" + i + "@example.org"))).isInstanceOf(Sent.class);
            }
            assertThat(strict.accepted()).isEqualTo(5);
            assertThat(strict.connections()).isEqualTo(3);
        }
    }

    @Test
    void starttlsIsRequiredWhenAskedForEvenIfTheServerDoesNotOfferIt() {
        SmtpSettings settings = new SmtpSettings("127.0.0.1", server.port(), SmtpSettings.Security.STARTTLS,
                "", "", Duration.ofSeconds(2), Duration.ofSeconds(2));
        try (SmtpMailer tls = new SmtpMailer(settings)) {
            assertThat(tls.send(Mails.to("ada@example.org"))).isInstanceOfSatisfying(Unavailable.class,
                    u -> assertThat(u.reason()).contains("STARTTLS"));
        }
        assertThat(server.accepted()).isZero();
    }
}
