package org.paperboy.deliver;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The yardstick for the send benchmark: prebuilt messages pushed through one reused Angus Mail
 * connection with nothing else around them, no database, no outbox.
 */
public final class BareSmtpLoop {

    private BareSmtpLoop() {
    }

    /** How long sending all the messages took, not counting building them. */
    public static Duration send(SmtpSettings settings, List<OutgoingMail> mails) {
        String protocol = settings.security() == SmtpSettings.Security.SMTPS ? "smtps" : "smtp";
        Session session = Session.getInstance(SmtpMailer.properties(settings, protocol));
        try {
            List<MimeMessage> messages = new ArrayList<>(mails.size());
            for (OutgoingMail mail : mails) {
                MimeMessage m = MimeMail.build(session, mail);
                m.saveChanges();
                messages.add(m);
            }
            long start = System.nanoTime();
            try (Transport transport = session.getTransport(protocol)) {
                transport.connect(settings.host(), settings.port(), emptyToNull(settings.username()), emptyToNull(settings.password()));
                for (MimeMessage m : messages) {
                    transport.sendMessage(m, m.getAllRecipients());
                }
            }
            return Duration.ofNanos(System.nanoTime() - start);
        } catch (MessagingException e) {
            throw new IllegalStateException("the bare send loop failed: " + e.getMessage(), e);
        }
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
