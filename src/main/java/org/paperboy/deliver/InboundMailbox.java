package org.paperboy.deliver;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;
import java.io.IOException;
import java.util.List;
import java.util.Properties;

/**
 * The list's inbound mailbox, read over IMAP. Each unread message is handed over once and then marked
 * read; a message the handler already saw (by Message-ID) is only marked, so a crash between the two
 * never processes it twice.
 */
public final class InboundMailbox {

    /** What to do with one inbound message; returns false when it was seen before. */
    public interface Handler {
        boolean handle(String messageId, List<Bounce> bounces);

        /**
         * A message that is not a report: perhaps a command ("subscribe", "unsubscribe", "help").
         *
         * @param automatic sent by a machine (auto-reply, bulk, mailer daemon): never a command
         * @param verified  the operator's own mail server vouches for the sender (inbound.trusted_authserv_id)
         */
        default void message(String from, String subject, String firstLine, boolean automatic, boolean verified) {
        }
    }

    /** Messages larger than this are marked read unread: no report or command is that long. */
    static final int MAX_MESSAGE_BYTES = 2 * 1024 * 1024;
    /** The most of a subject or first line a command is looked for in. */
    static final int MAX_LINE = 1000;

    public record Report(int read, int bounces, int ignored) {
    }

    private final SmtpSettings imap;
    private final String folder;
    private final String trustedServer;

    /** @param imap host, port, security (NONE/STARTTLS/SMTPS meaning imap/imap+starttls/imaps), user and password */
    public InboundMailbox(SmtpSettings imap, String folder) {
        this(imap, folder, "");
    }

    /** @param trustedServer the authserv-id of the operator's mail server, whose Authentication-Results are believed; "" for none */
    public InboundMailbox(SmtpSettings imap, String folder, String trustedServer) {
        this.imap = imap;
        this.folder = folder;
        this.trustedServer = trustedServer == null ? "" : trustedServer;
    }

    private static String from(MimeMessage m) throws MessagingException {
        var from = m.getFrom();
        return from == null || from.length == 0 ? "" : ((jakarta.mail.internet.InternetAddress) from[0]).getAddress();
    }

    /** RFC 3834 Auto-Submitted, bulk/list precedence, or a mailer daemon: no person wrote it. */
    private static boolean automatic(MimeMessage m) throws MessagingException {
        String auto = m.getHeader("Auto-Submitted", null);
        String precedence = String.valueOf(m.getHeader("Precedence", null)).toLowerCase(java.util.Locale.ROOT);
        String from = from(m).toLowerCase(java.util.Locale.ROOT);
        return (auto != null && !auto.strip().equalsIgnoreCase("no")) || precedence.matches("bulk|junk|list")
                || from.startsWith("mailer-daemon") || from.startsWith("postmaster") || m.isMimeType("multipart/report");
    }

    private static String firstLine(MimeMessage m) throws MessagingException, IOException {
        Object content = m.getContent();
        if (content instanceof jakarta.mail.Multipart parts && parts.getCount() > 0) {
            content = parts.getBodyPart(0).getContent();
        }
        if (!(content instanceof String text)) {
            return "";
        }
        return cut(text.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse(""));
    }

    private static String cut(String line) {
        return line.length() > MAX_LINE ? line.substring(0, MAX_LINE) : line;
    }

    public Report poll(Handler handler) {
        Properties props = new Properties();
        String protocol = imap.security() == SmtpSettings.Security.SMTPS ? "imaps" : "imap";
        props.setProperty("mail." + protocol + ".connectiontimeout", String.valueOf(imap.connectTimeout().toMillis()));
        props.setProperty("mail." + protocol + ".timeout", String.valueOf(imap.readTimeout().toMillis()));
        if (imap.security() == SmtpSettings.Security.STARTTLS) {
            props.setProperty("mail.imap.starttls.enable", "true");
            props.setProperty("mail.imap.starttls.required", "true");
        }
        int read = 0;
        int bounces = 0;
        int ignored = 0;
        try (Store store = Session.getInstance(props).getStore(protocol)) {
            store.connect(imap.host(), imap.port(), imap.username(), imap.password());
            Folder inbox = store.getFolder(folder);
            inbox.open(Folder.READ_WRITE);
            try {
                for (Message message : inbox.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false))) {
                    MimeMessage m = (MimeMessage) message;
                    if (m.getSize() > MAX_MESSAGE_BYTES) {
                        ignored++;
                        m.setFlag(Flags.Flag.SEEN, true);
                        continue;
                    }
                    List<Bounce> found = BounceParser.parse(m);
                    String id = m.getMessageID() == null ? "no-id-" + m.getMessageNumber() + "-" + m.getSentDate() : m.getMessageID();
                    boolean fresh = handler.handle(id, found);
                    if (fresh && found.isEmpty()) {
                        handler.message(from(m), cut(String.valueOf(m.getSubject())), firstLine(m), automatic(m),
                                AuthResults.verified(m.getHeader("Authentication-Results"), trustedServer, from(m)));
                    }
                    if (fresh) {
                        read++;
                        bounces += found.size();
                        ignored += found.isEmpty() ? 1 : 0;
                    }
                    m.setFlag(Flags.Flag.SEEN, true);
                }
            } finally {
                inbox.close(false);
            }
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("cannot read the inbound mailbox at " + imap.host() + ":" + imap.port() + " ("
                    + e.getMessage() + "); check inbound.* in config/paperboy.yaml and PAPERBOY_INBOUND_PASSWORD", e);
        }
        return new Report(read, bounces, ignored);
    }
}
