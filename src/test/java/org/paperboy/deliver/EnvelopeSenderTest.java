package org.paperboy.deliver;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class EnvelopeSenderTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Test
    void bouncesGoToTheBounceAddressWhileReadersSeeTheFromAddress() throws Exception {
        MailingList list = new MailingList("digest@paperboy.example.org", "Paperboy", "daily.paperboy.example.org", "",
                "bounces@paperboy.example.org");
        OutgoingMail mail = new OutgoingMail(list, "ada@example.org", "Digest", "<p>hi</p>", "hi", "m1@paperboy.example.org",
                "https://paperboy.example.org/unsubscribe/t");
        try (SmtpMailer mailer = new SmtpMailer(SmtpSettings.plain("127.0.0.1", SMTP.getSmtp().getPort()))) {
            assertThat(mailer.send(mail)).isInstanceOf(SendResult.Sent.class);
        }
        var received = SMTP.getReceivedMessages()[0];
        assertThat(received.getHeader("Return-Path", null)).contains("bounces@paperboy.example.org");
        assertThat(received.getFrom()[0].toString()).contains("digest@paperboy.example.org");
    }
}
