package org.paperboy.deliver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DkimTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    static String pem(KeyPair pair) {
        return "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder().encodeToString(pair.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
    }

    @Test
    void signsFromSubjectAndTheListHeadersWithoutChangingTheMessageId() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        DkimSettings dkim = new DkimSettings("paperboy.example.org", "pb2026", pem(generator.generateKeyPair()));
        OutgoingMail mail = Mails.to("ada@example.org");
        try (SmtpMailer mailer = new SmtpMailer(SmtpSettings.plain("127.0.0.1", SMTP.getSmtp().getPort()), dkim)) {
            assertThat(mailer.send(mail)).isInstanceOf(SendResult.Sent.class);
        }
        MimeMessage received = SMTP.getReceivedMessages()[0];
        assertThat(received.getMessageID()).isEqualTo("<" + mail.messageId() + ">");
        String signature = received.getHeader("DKIM-Signature", null).replaceAll("\\s+", "");
        Map<String, String> tags = new LinkedHashMap<>();
        for (String tag : signature.split(";")) {
            int eq = tag.indexOf('=');
            if (eq > 0) {
                tags.put(tag.substring(0, eq), tag.substring(eq + 1));
            }
        }
        assertThat(tags).containsEntry("d", "paperboy.example.org").containsEntry("s", "pb2026").containsEntry("a", "rsa-sha256")
                .containsEntry("c", "relaxed/relaxed");
        assertThat(tags.get("h").toLowerCase().split(":"))
                .contains("from", "subject", "list-unsubscribe", "list-unsubscribe-post", "list-id", "message-id");
        // The body hash: SHA-256 of the body in relaxed canonical form (RFC 6376 3.4.4).
        String body = GreenMailUtil.getBody(received).replace("\r\n", "\n");
        StringBuilder canonical = new StringBuilder();
        for (String line : body.split("\n", -1)) {
            canonical.append(line.replaceAll("[ \t]+", " ").replaceAll(" +$", "")).append("\r\n");
        }
        String relaxed = canonical.toString().replaceAll("(\r\n)+$", "") + "\r\n";
        String bh = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(relaxed.getBytes(StandardCharsets.UTF_8)));
        assertThat(tags.get("bh")).isEqualTo(bh);
    }

    @Test
    void aMissingOrBrokenKeySaysWhatToSet() {
        assertThatThrownBy(() -> new SmtpMailer(SmtpSettings.plain("127.0.0.1", 25), new DkimSettings("d.example.org", "s", "")))
                .hasMessageContaining("PAPERBOY_MAIL_DKIM_PRIVATE_KEY");
        assertThatThrownBy(() -> new SmtpMailer(SmtpSettings.plain("127.0.0.1", 25), new DkimSettings("d.example.org", "s", "not a key")))
                .hasMessageContaining("PKCS#8");
        assertThat(new DkimSettings("", "", "").enabled()).isFalse();
    }
}
