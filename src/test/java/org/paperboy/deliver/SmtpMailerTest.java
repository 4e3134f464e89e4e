package org.paperboy.deliver;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.paperboy.deliver.SendResult.Failed;
import org.paperboy.deliver.SendResult.Sent;
import org.paperboy.deliver.SendResult.Unavailable;

class SmtpMailerTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("sender@paperboy.example.org", "sender", "s3cret"));

    private SmtpMailer mailer() {
        return new SmtpMailer(SmtpSettings.plain("127.0.0.1", SMTP.getSmtp().getPort()));
    }

    @Test
    void aDigestArrivesAsTextAndHtmlAlternativesWithItsOwnMessageId() throws Exception {
        OutgoingMail mail = Mails.to("ada@example.org");
        try (SmtpMailer mailer = mailer()) {
            assertThat(mailer.send(mail)).isEqualTo(new Sent(mail.messageId()));
        }

        MimeMessage received = SMTP.getReceivedMessages()[0];
        assertThat(received.getMessageID()).isEqualTo("<" + mail.messageId() + ">");
        assertThat(received.getFrom()[0].toString()).contains("Paperboy Digest").contains("<digest@paperboy.example.org>");
        assertThat(received.getAllRecipients()[0].toString()).isEqualTo("ada@example.org");
        assertThat(received.getSentDate()).isNotNull();
        MimeMultipart parts = (MimeMultipart) received.getContent();
        assertThat(parts.getContentType()).startsWith("multipart/alternative");
        assertThat(parts.getCount()).isEqualTo(2);
        assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain").containsIgnoringCase("charset=UTF-8");
        assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html").containsIgnoringCase("charset=UTF-8");
        assertThat(parts.getBodyPart(0).getHeader("Content-Transfer-Encoding")).containsExactly("quoted-printable");
        // text travels with CRLF line ends, as SMTP requires
        assertThat(((String) parts.getBodyPart(0).getContent()).replace("\r\n", "\n")).isEqualTo(mail.text());
        assertThat((String) parts.getBodyPart(1).getContent()).isEqualTo(mail.html());
    }

    @Test
    void listHeadersOfferOneClickAndMailtoUnsubscribe() throws Exception {
        try (SmtpMailer mailer = mailer()) {
            mailer.send(Mails.to("ada@example.org"));
        }

        MimeMessage received = SMTP.getReceivedMessages()[0];
        assertThat(received.getHeader("List-Unsubscribe", null)).isEqualTo(
                "<https://paperboy.example.org/unsubscribe/tok3n>, <mailto:unsubscribe@paperboy.example.org?subject=unsubscribe>");
        assertThat(received.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(received.getHeader("List-Id", null)).isEqualTo("<daily.paperboy.example.org>");
    }

    @Test
    void withoutAMailtoAddressOnlyTheHttpsLinkIsOffered() throws Exception {
        MailingList list = new MailingList("digest@paperboy.example.org", "Paperboy", "daily.paperboy.example.org", "");
        OutgoingMail base = Mails.to("ada@example.org");
        OutgoingMail mail = new OutgoingMail(list, base.to(), base.subject(), base.html(), base.text(),
                base.messageId(), base.unsubscribeUrl());
        try (SmtpMailer mailer = mailer()) {
            mailer.send(mail);
        }

        assertThat(SMTP.getReceivedMessages()[0].getHeader("List-Unsubscribe", null))
                .isEqualTo("<https://paperboy.example.org/unsubscribe/tok3n>");
    }

    @Test
    void aUnicodeSubjectArrivesIntactAndEncoded() throws Exception {
        String subject = "Neu: “Schrödinger’s” qubits — 5 papers ✓";
        try (SmtpMailer mailer = mailer()) {
            mailer.send(Mails.to("ada@example.org", subject));
        }

        MimeMessage received = SMTP.getReceivedMessages()[0];
        assertThat(received.getSubject()).isEqualTo(subject);
        assertThat(received.getHeader("Subject", null)).startsWith("=?UTF-8?");
    }

    @Test
    void aLineBreakInSubjectOrAddressIsRefusedAndNothingIsSent() {
        try (SmtpMailer mailer = mailer()) {
            SendResult subject = mailer.send(Mails.to("ada@example.org", "Digest\r\nBcc: victim@example.org"));
            SendResult to = mailer.send(Mails.to("ada@example.org\nBcc: victim@example.org"));

            assertThat(subject).isInstanceOfSatisfying(Failed.class, f -> {
                assertThat(f.permanent()).isTrue();
                assertThat(f.reason()).contains("Subject").contains("line break");
            });
            assertThat(to).isInstanceOfSatisfying(Failed.class, f -> assertThat(f.permanent()).isTrue());
        }
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void aUrlOrMessageIdThatWouldBreakOutOfItsHeaderIsRefused() {
        OutgoingMail base = Mails.to("ada@example.org");
        OutgoingMail url = new OutgoingMail(base.list(), base.to(), base.subject(), base.html(), base.text(),
                base.messageId(), "https://paperboy.example.org/u/x>, <https://evil.example.com/");
        OutgoingMail id = new OutgoingMail(base.list(), base.to(), base.subject(), base.html(), base.text(),
                "abc>\r\nBcc: victim@example.org", base.unsubscribeUrl());
        try (SmtpMailer mailer = mailer()) {
            assertThat(mailer.send(url)).isInstanceOfSatisfying(Failed.class, f -> {
                assertThat(f.permanent()).isTrue();
                assertThat(f.reason()).contains("unsubscribe URL");
            });
            assertThat(mailer.send(id)).isInstanceOfSatisfying(Failed.class, f -> assertThat(f.reason()).contains("Message-ID"));
        }
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void anInvalidAddressFailsPermanentlyAndTheNextMessageStillGoes() {
        try (SmtpMailer mailer = mailer()) {
            SendResult bad = mailer.send(Mails.to("not an address@@example"));
            SendResult good = mailer.send(Mails.to("grace@example.org"));

            assertThat(bad).isInstanceOfSatisfying(Failed.class, f -> {
                assertThat(f.permanent()).isTrue();
                assertThat(f.reason()).contains("not an address@@example");
            });
            assertThat(good).isInstanceOf(Sent.class);
        }
        assertThat(SMTP.getReceivedMessages()).hasSize(1);
    }

    @Test
    void twentyMessagesInARowAllArrive() {
        try (SmtpMailer mailer = mailer()) {
            for (int i = 0; i < 20; i++) {
                assertThat(mailer.send(Mails.to("reader" + i + "@example.org"))).isInstanceOf(Sent.class);
            }
        }
        assertThat(SMTP.getReceivedMessages()).hasSize(20);
    }

    @Test
    void logsInWhenAUsernameIsSet() {
        SmtpSettings settings = new SmtpSettings("127.0.0.1", SMTP.getSmtp().getPort(), SmtpSettings.Security.NONE,
                "sender", "s3cret", Duration.ofSeconds(2), Duration.ofSeconds(5));
        try (SmtpMailer mailer = new SmtpMailer(settings)) {
            assertThat(mailer.send(Mails.to("ada@example.org"))).isInstanceOf(Sent.class);
        }
        assertThat(SMTP.getReceivedMessages()).hasSize(1);
    }

    @Test
    void aWrongPasswordMakesTheServerUnavailableWithAHint() {
        SmtpSettings settings = new SmtpSettings("127.0.0.1", SMTP.getSmtp().getPort(), SmtpSettings.Security.NONE,
                "sender", "wrong", Duration.ofSeconds(2), Duration.ofSeconds(5));
        try (SmtpMailer mailer = new SmtpMailer(settings)) {
            assertThat(mailer.send(Mails.to("ada@example.org"))).isInstanceOfSatisfying(Unavailable.class,
                    u -> assertThat(u.reason()).contains("password"));
        }
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void aServerThatIsDownIsReportedUnavailable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (SmtpMailer mailer = new SmtpMailer(SmtpSettings.plain("127.0.0.1", closedPort))) {
            assertThat(mailer.send(Mails.to("ada@example.org"))).isInstanceOfSatisfying(Unavailable.class,
                    u -> assertThat(u.reason()).contains("127.0.0.1:" + closedPort));
        }
    }

    @Test
    void theEmlBytesAreTheMessageAsSent() {
        OutgoingMail mail = Mails.to("ada@example.org");
        String eml = new String(SmtpMailer.toBytes(mail), StandardCharsets.US_ASCII);

        assertThat(eml).contains("Message-ID: <" + mail.messageId() + ">\r\n")
                .contains("List-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n")
                .contains("Content-Type: multipart/alternative")
                .contains("Attention f=C3=BCr alle");
    }

    @Test
    void thePasswordStaysOutOfLogs() {
        SmtpSettings settings = new SmtpSettings("smtp.example.org", 587, SmtpSettings.Security.STARTTLS,
                "me", "hunter2", null, null);
        assertThat(settings.toString()).contains("smtp.example.org").doesNotContain("hunter2");
    }
}
