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
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
        KeyPair pair = generator.generateKeyPair();
        DkimSettings dkim = new DkimSettings("paperboy.example.org", "pb2026", pem(pair));
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
        assertThat(signatureVerifies(received, tags.get("h"), pair.getPublic()))
                .as("b= verifies against the public key over the headers as received").isTrue();
    }

    /** RFC 6376 3.7 with relaxed header canonicalization: the signed headers, bottom-up, then the signature with b= empty. */
    static boolean signatureVerifies(MimeMessage received, String signedHeaders, PublicKey key) throws Exception {
        List<String> lines = Collections.list(received.getAllHeaderLines());
        StringBuilder data = new StringBuilder();
        Set<Integer> used = new HashSet<>();
        for (String name : signedHeaders.split(":")) {
            for (int i = lines.size() - 1; i >= 0; i--) {
                if (!used.contains(i) && lines.get(i).regionMatches(true, 0, name + ":", 0, name.length() + 1)) {
                    used.add(i);
                    data.append(relaxed(lines.get(i))).append("\r\n");
                    break;
                }
            }
        }
        String signature = lines.stream().filter(l -> l.regionMatches(true, 0, "DKIM-Signature:", 0, 15)).findFirst().orElseThrow();
        String b = signature.replaceAll("(?s).*[;\\s]b=([^;]*).*", "$1").replaceAll("\\s", "");
        data.append(relaxed(signature.replaceAll("(?s)([;\\s]b=)[^;]*", "$1")));
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initVerify(key);
        rsa.update(data.toString().getBytes(StandardCharsets.UTF_8));
        return rsa.verify(Base64.getDecoder().decode(b));
    }

    private static String relaxed(String header) {
        int colon = header.indexOf(':');
        String value = header.substring(colon + 1).replaceAll("\r?\n", "").replaceAll("[ \t]+", " ").strip();
        return header.substring(0, colon).strip().toLowerCase(Locale.ROOT) + ":" + value;
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
