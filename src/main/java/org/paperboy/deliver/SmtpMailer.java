package org.paperboy.deliver;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import org.simplejavamail.utils.mail.dkim.DkimMessage;
import org.simplejavamail.utils.mail.dkim.DkimSigner;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Properties;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.paperboy.deliver.SendResult.Failed;
import org.paperboy.deliver.SendResult.Sent;
import org.paperboy.deliver.SendResult.Unavailable;

/**
 * Sends over one SMTP connection kept open across messages (a new connection per message is
 * about twenty times slower), reconnecting when the server has dropped it. Safe to share between
 * threads, though sends go one at a time.
 */
public final class SmtpMailer implements Mailer {

    /** After this long unused, the connection is checked with a NOOP before the next send. */
    private static final long IDLE_CHECK_NANOS = 10_000_000_000L;
    private static final int SERVICE_CLOSING = 421;

    private final SmtpSettings settings;
    private final Session session;
    private final String protocol;
    private Transport transport;
    private final DkimSigner signer;
    private long lastUsed;

    public SmtpMailer(SmtpSettings settings) {
        this(settings, null);
    }

    /** @param dkim signs every message when enabled; null or disabled sends unsigned */
    public SmtpMailer(SmtpSettings settings, DkimSettings dkim) {
        this.signer = dkim != null && dkim.enabled() ? dkim.signer() : null;
        this.settings = settings;
        this.protocol = settings.security() == SmtpSettings.Security.SMTPS ? "smtps" : "smtp";
        this.session = Session.getInstance(properties(settings, protocol));
    }

    /** The exact bytes of the message as it would be sent (an .eml file), apart from its Date. */
    public static byte[] toBytes(OutgoingMail mail) {
        try {
            MimeMessage message = MimeMail.build(Session.getInstance(new Properties()), mail);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            message.writeTo(out);
            return out.toByteArray();
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("could not write the message to " + mail.to() + " as bytes: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized SendResult send(OutgoingMail mail) {
        MimeMessage message;
        try {
            message = MimeMail.build(session, mail);
            if (signer != null) {
                message = new DkimMessage(message, signer);
            }
            // The envelope sender (MAIL FROM / Return-Path): where bounces go. Sends are serialized,
            // so setting it on the session for this message is safe.
            session.getProperties().setProperty("mail." + protocol + ".from", mail.list().envelopeSender());
        } catch (InvalidMailException e) {
            return new Failed(e.getMessage(), true, Refusal.MAILBOX);
        } catch (MessagingException e) {
            return new Failed("could not build the message to " + mail.to() + ": " + e.getMessage(), true, Refusal.OTHER);
        }
        return attempt(message, true);
    }

    private SendResult attempt(MimeMessage message, boolean mayReconnect) {
        String down = connect();
        if (down != null) {
            return new Unavailable(down);
        }
        try {
            transport.sendMessage(message, message.getAllRecipients());
            lastUsed = System.nanoTime();
            return new Sent(stripBrackets(message.getMessageID()));
        } catch (SendFailedException e) {
            int code = replyCode(e);
            if (code == SERVICE_CLOSING) {
                // 421 means the message was not taken; servers also say it when one connection has
                // carried its quota of mails, so one fresh connection is worth a try
                disconnect();
                return mayReconnect ? attempt(message, false) : new Unavailable(reason(e, code));
            }
            boolean invalid = code < 0 && e.getInvalidAddresses() != null && e.getInvalidAddresses().length > 0;
            boolean permanent = code >= 500 || invalid;
            if (code < 0 && !permanent) {
                // no SMTP reply at all (the server hung up): the next message needs a fresh connection
                disconnect();
            }
            // 552 (too large) or 5.7.x (policy) is a permanent refusal of this message, not of the address
            Refusal refusal = invalid ? Refusal.MAILBOX : permanent ? Refusal.of(code, replies(e)) : Refusal.TEMPORARY;
            return new Failed(reason(e, code), permanent, refusal);
        } catch (MessagingException e) {
            // the connection broke mid-message; whether the server kept it is unknown, so no resend now
            disconnect();
            down = connect();
            return down != null ? new Unavailable(down) : new Failed("connection lost while sending: " + e.getMessage(), false);
        }
    }

    @Override
    public synchronized void close() {
        disconnect();
    }

    private String reason(SendFailedException e, int code) {
        return "refused by " + settings.host() + (code > 0 ? " (" + code + ")" : "") + ": " + replies(e);
    }

    /** The server's words: Angus puts the reply to RCPT in a nested exception, under a generic "Invalid Addresses". */
    private static String replies(MessagingException e) {
        StringBuilder text = new StringBuilder(String.valueOf(e.getMessage()).strip());
        for (Exception next = e.getNextException(); next != null;
                next = next instanceof MessagingException m ? m.getNextException() : null) {
            text.append("; ").append(String.valueOf(next.getMessage()).strip());
        }
        return text.toString();
    }

    private static int replyCode(MessagingException e) {
        Exception current = e;
        while (current != null) {
            if (current instanceof SMTPSendFailedException s) {
                return s.getReturnCode();
            }
            if (current instanceof SMTPAddressFailedException a) {
                return a.getReturnCode();
            }
            if (current instanceof SMTPSenderFailedException s) {
                return s.getReturnCode();
            }
            current = current instanceof MessagingException m ? m.getNextException() : null;
        }
        return -1;
    }

    /** Opens the connection if needed; returns why the server cannot be used, or null. */
    private String connect() {
        // SMTPTransport answers isConnected() with a NOOP round trip, worth paying only after a pause
        if (transport != null && (System.nanoTime() - lastUsed < IDLE_CHECK_NANOS || transport.isConnected())) {
            return null;
        }
        disconnect();
        try {
            Transport opened = session.getTransport(protocol);
            if (settings.authenticates()) {
                opened.connect(settings.host(), settings.port(), settings.username(), settings.password());
            } else {
                opened.connect(settings.host(), settings.port(), null, null);
            }
            transport = opened;
            lastUsed = System.nanoTime();
            return null;
        } catch (AuthenticationFailedException e) {
            return "SMTP server " + where() + " refused the login as " + settings.username()
                    + ": check the SMTP username and password (" + e.getMessage() + ")";
        } catch (MessagingException e) {
            return "cannot reach SMTP server " + where() + " (" + settings.security() + "): " + rootMessage(e)
                    + "; check the SMTP host, port and security settings, or try again later";
        }
    }

    private void disconnect() {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException ignored) {
                // the connection is being dropped anyway
            }
            transport = null;
        }
    }

    private String where() {
        return settings.host() + ":" + settings.port();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e ? String.valueOf(e.getMessage()) : e.getMessage() + " / " + root;
    }

    private static String stripBrackets(String id) {
        return id == null ? "" : id.replaceAll("^<|>$", "");
    }

    static Properties properties(SmtpSettings settings, String protocol) {
        String prefix = "mail." + protocol + ".";
        Properties props = new Properties();
        props.setProperty(prefix + "host", settings.host());
        props.setProperty(prefix + "port", Integer.toString(settings.port()));
        props.setProperty(prefix + "connectiontimeout", Long.toString(settings.connectTimeout().toMillis()));
        props.setProperty(prefix + "timeout", Long.toString(settings.readTimeout().toMillis()));
        props.setProperty(prefix + "writetimeout", Long.toString(settings.readTimeout().toMillis()));
        props.setProperty(prefix + "quitwait", "false");
        if (settings.security() == SmtpSettings.Security.STARTTLS) {
            props.setProperty(prefix + "starttls.enable", "true");
            props.setProperty(prefix + "starttls.required", "true");
        }
        if (settings.security() != SmtpSettings.Security.NONE) {
            props.setProperty(prefix + "ssl.checkserveridentity", "true");
        }
        props.setProperty(prefix + "auth", Boolean.toString(settings.authenticates()));
        return props;
    }
}
