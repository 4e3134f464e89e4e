package org.paperboy.inbound;

import org.paperboy.testkit.TestApps;
import org.paperboy.app.WebSignUps;
import org.paperboy.app.App;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.deliver.InboundMailbox;
import org.paperboy.subscriber.Frequency;
import org.paperboy.subscriber.Profile;
import org.paperboy.subscriber.Status;
import org.paperboy.subscriber.Subscriber;

/** Bounces and complaints read back over real IMAP (GreenMail) from the list's mailbox. */
class BouncesTest {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(com.icegreen.greenmail.util.ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    @TempDir
    Path dir;
    App app;
    GreenMailUser mailbox;
    final List<String> log = new ArrayList<>();

    @BeforeEach
    void start() {
        mailbox = mail.setUser("digest@paperboy.example.org", "digest", "s3cret");
        app = readingInbound(dir, mail, "PAPERBOY_INBOUND_SOFT_BOUNCE_LIMIT", "2");
        for (String email : List.of("gone@example.org", "angry@example.org", "full@example.org", "fine@example.org")) {
            sentADigest(app, email);
        }
    }

    /** An app that mails through {@code mail} and reads the list's mailbox there over IMAP. */
    static App readingInbound(Path dir, GreenMailExtension mail, String... extra) {
        List<String> settings = new ArrayList<>(List.of("PAPERBOY_INBOUND_HOST", "127.0.0.1",
                "PAPERBOY_INBOUND_PORT", String.valueOf(mail.getImap().getPort()),
                "PAPERBOY_INBOUND_SECURITY", "none",
                "PAPERBOY_INBOUND_USERNAME", "digest",
                "PAPERBOY_INBOUND_PASSWORD", "s3cret"));
        settings.addAll(List.of(extra));
        return TestApps.withMail(dir, mail.getSmtp().getPort(), settings.toArray(String[]::new));
    }

    /** An active subscriber, and the digest Paperboy sent them with Message-ID {@link #sent}. */
    static Subscriber sentADigest(App app, String email) {
        Subscriber s = app.db().subscribers().upsert(new Subscriber(0, email, "", Status.ACTIVE, new Profile(List.of(), List.of(),
                List.of("x"), List.of(), List.of(), 10, 7, ZoneId.of("UTC"), Frequency.DAILY)));
        app.db().issues().save(new org.paperboy.issue.NewIssue("daily", s.id(), email, java.time.LocalDate.of(2026, 6, 9),
                java.time.LocalDate.of(2026, 6, 9), "Paperboy daily", "<p>papers</p>", "papers", List.of(), sent(email),
                "https://paperboy.example.org/unsubscribe/x"));
        return s;
    }

    @AfterEach
    void stop() {
        app.close();
    }

    static MimeMessage message(String raw) throws Exception {
        return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)));
    }

    /** The Message-ID of the digest each subscriber of the setup was sent. */
    static String sent(String recipient) {
        return "daily." + recipient.substring(0, recipient.indexOf('@')) + "@paperboy.example.org";
    }

    static String dsn(String id, String recipient, String action, String status) {
        return dsn(id, recipient, action, status, sent(recipient));
    }

    /** @param original the Message-ID of the mail the bounce is about */
    static String dsn(String id, String recipient, String action, String status, String original) {
        return "From: MAILER-DAEMON@mx.example.org\r\nTo: digest@paperboy.example.org\r\nSubject: Undelivered Mail Returned to Sender\r\n"
                + "Message-ID: <" + id + "@mx.example.org>\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/report; report-type=delivery-status; boundary=\"b1\"\r\n\r\n"
                + "--b1\r\nContent-Type: text/plain\r\n\r\nYour message could not be delivered.\r\n"
                + "--b1\r\nContent-Type: message/delivery-status\r\n\r\n"
                + "Reporting-MTA: dns; mx.example.org\r\nArrival-Date: Mon, 8 Jun 2026 07:00:00 +0000\r\n\r\n"
                + "Final-Recipient: rfc822; " + recipient + "\r\nOriginal-Recipient: rfc822;" + recipient + "\r\n"
                + "Action: " + action + "\r\nStatus: " + status + "\r\nDiagnostic-Code: smtp; 550 5.1.1 no such user\r\n\r\n"
                + "--b1\r\nContent-Type: text/rfc822-headers\r\n\r\nMessage-ID: <" + original + ">\r\nTo: " + recipient + "\r\n\r\n"
                + "--b1--\r\n";
    }

    static String complaint(String id, String recipient) {
        return complaint(id, recipient, sent(recipient));
    }

    static String complaint(String id, String recipient, String original) {
        return "From: fbl@isp.example.net\r\nTo: digest@paperboy.example.org\r\nSubject: Abuse report\r\n"
                + "Message-ID: <" + id + "@isp.example.net>\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/report; report-type=feedback-report; boundary=\"b2\"\r\n\r\n"
                + "--b2\r\nContent-Type: text/plain\r\n\r\nThis is an email abuse report.\r\n"
                + "--b2\r\nContent-Type: message/feedback-report\r\n\r\nFeedback-Type: abuse\r\nUser-Agent: ISP-FBL/1.0\r\nVersion: 1\r\n\r\n"
                + "--b2\r\nContent-Type: text/rfc822-headers\r\n\r\nFrom: digest@paperboy.example.org\r\nMessage-ID: <" + original + ">\r\nTo: " + recipient
                + "\r\nSubject: Paperboy daily\r\n\r\n--b2--\r\n";
    }

    Status status(String email) {
        return app.db().subscribers().byEmail(email).orElseThrow().status();
    }

    @Test
    void mailCommandsSubscribeWithConfirmationAskBeforeUnsubscribingAndAnswerHelp() throws Exception {
        WebSignUps signUps = app.signUps(TestApps.tokens(), () -> "https://paperboy.example.org");
        mailbox.deliver(message("From: New Reader <new@example.org>\r\nTo: digest@paperboy.example.org\r\nSubject: subscribe\r\n"
                + "Message-ID: <m1@example.org>\r\n\r\nplease\r\n"));
        mailbox.deliver(message("From: fine@example.org\r\nTo: digest@paperboy.example.org\r\nSubject: Re: your digest\r\n"
                + "Message-ID: <m2@example.org>\r\n\r\nunsubscribe\r\nthanks\r\n"));
        mailbox.deliver(message("From: gone@example.org\r\nTo: digest@paperboy.example.org\r\nSubject: unsubscribe\r\n"
                + "Auto-Submitted: auto-replied\r\nMessage-ID: <m3@example.org>\r\n\r\nI am away.\r\n"));
        mailbox.deliver(message("From: full@example.org\r\nTo: digest@paperboy.example.org\r\nSubject: help\r\n"
                + "Message-ID: <m4@example.org>\r\n\r\n?\r\n"));
        mailbox.deliver(message("From: curious@example.org\r\nTo: digest@paperboy.example.org\r\nSubject: help\r\n"
                + "Message-ID: <m6@example.org>\r\n\r\n?\r\n"));

        app.readInbound(signUps.mailCommands(), log::add);

        assertThat(app.db().subscribers().byEmail("new@example.org").orElseThrow().status()).as("confirmation still needed")
                .isEqualTo(Status.PENDING);
        assertThat(status("fine@example.org")).as("a From line proves nothing: the reader is asked").isEqualTo(Status.ACTIVE);
        assertThat(status("gone@example.org")).as("an auto-reply is no command").isEqualTo(Status.ACTIVE);
        var sent = org.paperboy.testkit.Forms.awaitMailNotTo(mail, "digest@paperboy.example.org", 3);
        assertThat(sent.stream().map(m -> {
            try {
                return m.getAllRecipients()[0] + " " + m.getSubject();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        })).as("strangers get no help: their From line may be forged").containsExactlyInAnyOrder(
                "new@example.org Confirm your Paperboy subscription", "fine@example.org Do you want to leave Paperboy?",
                "full@example.org Paperboy help");
        assertThat(app.readInbound(signUps.mailCommands(), log::add).read()).as("each command is read once").isZero();
        for (int i = 0; i < 3; i++) {
            mailbox.deliver(message("From: full@example.org\r\nTo: digest@paperboy.example.org\r\nSubject: help\r\n"
                    + "Message-ID: <m5." + i + "@example.org>\r\n\r\n?\r\n"));
        }
        app.readInbound(signUps.mailCommands(), log::add);
        org.paperboy.testkit.Forms.awaitMailNotTo(mail, "digest@paperboy.example.org", 4);
        Thread.sleep(500);
        assertThat(org.paperboy.testkit.Forms.awaitMailNotTo(mail, "digest@paperboy.example.org", 4))
                .as("two answers per inbox per ten minutes").hasSize(4);
    }

    @Test
    void hardBouncesSuppressComplaintsUnsubscribeAndSoftOnesCountUpToTheLimit() throws Exception {
        mailbox.deliver(message(dsn("b1", "gone@example.org", "failed", "5.1.1")));
        mailbox.deliver(message(complaint("c1", "angry@example.org")));
        mailbox.deliver(message(dsn("s1", "full@example.org", "delayed", "4.2.2")));
        mailbox.deliver(message("From: fine@example.org\r\nTo: digest@paperboy.example.org\r\nSubject: Out of office\r\n"
                + "Auto-Submitted: auto-replied\r\nMessage-ID: <ooo@example.org>\r\n\r\nI am away until Monday.\r\n"));

        InboundMailbox.Report first = app.readInbound(null, log::add);
        assertThat(first.read()).isEqualTo(4);
        assertThat(first.bounces()).isEqualTo(3);
        assertThat(first.ignored()).isEqualTo(1);
        assertThat(status("gone@example.org")).isEqualTo(Status.SUPPRESSED);
        assertThat(status("angry@example.org")).isEqualTo(Status.UNSUBSCRIBED);
        assertThat(status("full@example.org")).as("one soft bounce of two allowed").isEqualTo(Status.ACTIVE);
        assertThat(status("fine@example.org")).isEqualTo(Status.ACTIVE);

        assertThat(app.readInbound(null, log::add).read()).as("nothing is read twice").isZero();
        mailbox.deliver(message(dsn("s2", "full@example.org", "failed", "4.2.2")));
        app.readInbound(null, log::add);
        assertThat(status("full@example.org")).isEqualTo(Status.SUPPRESSED);
        assertThat(log).anyMatch(l -> l.contains("gone@example.org bounced (5.1.1)"));
    }
}
