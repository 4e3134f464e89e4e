package org.paperboy.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paperboy.inbound.BouncesTest.message;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.app.App;
import org.paperboy.app.WebSignUps;
import org.paperboy.subscriber.Status;
import org.paperboy.testkit.Forms;
import org.paperboy.testkit.TestApps;

/**
 * Forged mail in the list's mailbox, read over real IMAP (GreenMail): a From line, a bounce or a
 * complaint proves nothing by itself. Commands need a round trip or a sender the operator's own mail
 * server vouches for; bounces and complaints count only for a mail Paperboy sent.
 */
class ForgedMailTest {

    static final String OUR_SERVER = "mx.paperboy.example.org";

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(com.icegreen.greenmail.util.ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    @TempDir
    Path dir;
    App app;
    WebSignUps signUps;
    GreenMailUser mailbox;
    final List<String> log = new ArrayList<>();

    @BeforeEach
    void start() {
        mailbox = mail.setUser("digest@paperboy.example.org", "digest", "s3cret");
        app = BouncesTest.readingInbound(dir, mail, "PAPERBOY_INBOUND_TRUSTED_AUTHSERV_ID", OUR_SERVER);
        for (String email : List.of("ada@example.org", "grace@example.org")) {
            BouncesTest.sentADigest(app, email);
        }
        signUps = app.signUps(TestApps.tokens(), () -> "https://paperboy.example.org");
    }

    @AfterEach
    void stop() {
        app.close();
    }

    Status status(String email) {
        return app.db().subscribers().byEmail(email).orElseThrow().status();
    }

    void read() {
        app.readInbound(signUps.mailCommands(), log::add);
    }

    /** The mails Paperboy sent (GreenMail counts the inbound ones delivered by the test as received too). */
    List<String> sent() throws Exception {
        return Forms.awaitMailNotTo(mail, "digest@paperboy.example.org", 0).stream().map(m -> {
            try {
                return m.getAllRecipients()[0] + " " + m.getSubject();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    static String command(String from, String id, String authResults, String subject, String body) {
        return (authResults.isEmpty() ? "" : "Authentication-Results: " + authResults + "\r\n")
                + "From: " + from + "\r\nTo: digest@paperboy.example.org\r\nSubject: " + subject + "\r\nMessage-ID: <" + id + ">\r\n\r\n"
                + body + "\r\n";
    }

    @Test
    void aForgedUnsubscribeOrStopOnlyMailsTheReaderTheirOwnLink() throws Exception {
        mailbox.deliver(message(command("ada@example.org", "f1@evil.example", OUR_SERVER
                + "; spf=fail smtp.mailfrom=evil.example; dkim=none; dmarc=fail header.from=example.org", "unsubscribe", "bye")));
        mailbox.deliver(message(command("Grace <grace@example.org>", "f2@evil.example", "", "Re: your digest", "STOP\r\nnow")));
        read();

        assertThat(status("ada@example.org")).isEqualTo(Status.ACTIVE);
        assertThat(status("grace@example.org")).isEqualTo(Status.ACTIVE);
        MimeMessage asked = Forms.awaitMailNotTo(mail, "digest@paperboy.example.org", 2).get(0);
        assertThat(sent()).containsExactlyInAnyOrder("ada@example.org Do you want to leave Paperboy?",
                "grace@example.org Do you want to leave Paperboy?");
        assertThat(Forms.text(asked)).contains("/unsubscribe/").contains("in anyone's name");
    }

    @Test
    void aSenderTheOperatorsServerVouchesForIsUnsubscribedAtOnce() throws Exception {
        mailbox.deliver(message(command("ada@example.org", "v1@example.org", OUR_SERVER
                + "; spf=pass smtp.mailfrom=ada@example.org; dkim=pass header.d=example.org; dmarc=pass header.from=example.org",
                "unsubscribe", "")));
        // the sender wrote a passing header with our server's name themselves; ours, on top, says fail
        mailbox.deliver(message("Authentication-Results: " + OUR_SERVER + "; dkim=fail header.d=example.org; dmarc=fail header.from=example.org\r\n"
                + command("grace@example.org", "v2@evil.example", OUR_SERVER + "; dkim=pass header.d=example.org; dmarc=pass header.from=example.org",
                "unsubscribe", "")));
        read();

        assertThat(status("ada@example.org")).isEqualTo(Status.UNSUBSCRIBED);
        assertThat(status("grace@example.org")).as("only the topmost header of our server counts").isEqualTo(Status.ACTIVE);
        Forms.awaitMailNotTo(mail, "digest@paperboy.example.org", 2);
        assertThat(sent()).contains("ada@example.org You are unsubscribed", "grace@example.org Do you want to leave Paperboy?");
    }

    @Test
    void aBounceOrComplaintThatNamesNoMailPaperboySentChangesNothing() throws Exception {
        mailbox.deliver(message(BouncesTest.dsn("x1", "ada@example.org", "failed", "5.1.1", "made-up@paperboy.example.org")));
        mailbox.deliver(message(BouncesTest.complaint("x2", "grace@example.org", "made-up-too@paperboy.example.org")));
        read();

        assertThat(status("ada@example.org")).isEqualTo(Status.ACTIVE);
        assertThat(status("grace@example.org")).isEqualTo(Status.ACTIVE);
    }

    @Test
    void aBounceOrComplaintForAMailPaperboySentCounts() throws Exception {
        mailbox.deliver(message(BouncesTest.dsn("r1", "ada@example.org", "failed", "5.1.1",
                BouncesTest.sent("ada@example.org"))));
        mailbox.deliver(message(BouncesTest.complaint("r2", "grace@example.org",
                BouncesTest.sent("grace@example.org"))));
        read();

        assertThat(status("ada@example.org")).isEqualTo(Status.SUPPRESSED);
        assertThat(status("grace@example.org")).isEqualTo(Status.UNSUBSCRIBED);
    }

    @Test
    void aSizeOrPolicyBounceIsNoUnknownMailbox() throws Exception {
        String original = BouncesTest.sent("ada@example.org");
        mailbox.deliver(message(BouncesTest.dsn("s1", "ada@example.org", "failed", "5.3.4", original)
                .replace("550 5.1.1 no such user", "552 5.3.4 message too big")));
        mailbox.deliver(message(BouncesTest.dsn("s2", "ada@example.org", "failed", "5.7.1", original)
                .replace("550 5.1.1 no such user", "550 5.7.1 rejected by policy")));
        read();

        assertThat(status("ada@example.org")).isEqualTo(Status.ACTIVE);
    }
}
