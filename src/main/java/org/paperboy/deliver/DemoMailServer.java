package org.paperboy.deliver;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;

/**
 * An SMTP server inside the process (GreenMail) that accepts every mail, so the demo sends real mail
 * over a real SMTP connection without touching anyone's inbox.
 */
public final class DemoMailServer implements AutoCloseable {

    private final GreenMail greenMail;

    private DemoMailServer(GreenMail greenMail) {
        this.greenMail = greenMail;
    }

    /** Starts on a free loopback port. */
    public static DemoMailServer start() {
        GreenMail server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        server.start();
        return new DemoMailServer(server);
    }

    public int port() {
        return greenMail.getSmtp().getPort();
    }

    /** Settings for an SMTP mailer pointed at this server. */
    public SmtpSettings settings() {
        return SmtpSettings.plain("127.0.0.1", port());
    }

    /** How many messages have arrived so far. */
    public int received() {
        return greenMail.getReceivedMessages().length;
    }

    /** The recipients of every message received so far, one entry per message. */
    public List<String> recipients() {
        return Arrays.stream(greenMail.getReceivedMessages()).map(DemoMailServer::to).toList();
    }

    private static String to(MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            return "?";
        }
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
