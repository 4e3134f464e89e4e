package org.paperboy.deliver;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads delivery status notifications (RFC 3464: multipart/report; report-type=delivery-status) and
 * complaint feedback reports (RFC 5965: report-type=feedback-report). Anything else, including
 * out-of-office replies, is not a bounce.
 */
public final class BounceParser {

    private static final Pattern FIELD = Pattern.compile("(?im)^([A-Za-z-]+):\\s*(.*)$");

    private BounceParser() {
    }

    public static List<Bounce> parse(MimeMessage message) throws MessagingException, IOException {
        ContentType type = new ContentType(message.getContentType());
        if (!type.match("multipart/report")) {
            return List.of();
        }
        String report = String.valueOf(type.getParameter("report-type")).toLowerCase(Locale.ROOT);
        Multipart parts = (Multipart) message.getContent();
        List<Bounce> bounces = new ArrayList<>();
        String original = quoted(parts, "Message-ID");
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (report.equals("delivery-status") && part.isMimeType("message/delivery-status")) {
                bounces.addAll(deliveryStatus(text(part), original));
            } else if (report.equals("feedback-report") && part.isMimeType("message/feedback-report")) {
                String recipient = field(text(part), "Original-Rcpt-To");
                if (recipient.isEmpty()) {
                    recipient = originalRecipient(parts);
                }
                if (!recipient.isEmpty() || !original.isEmpty()) {
                    bounces.add(new Bounce(Bounce.Kind.COMPLAINT, recipient, "", original));
                }
            }
        }
        return bounces;
    }

    /**
     * Per-recipient blocks after the per-message block, separated by blank lines. Only a failure for the
     * mailbox itself is hard; a size or policy refusal is recorded as refused, which suppresses nobody.
     */
    private static List<Bounce> deliveryStatus(String text, String original) {
        List<Bounce> bounces = new ArrayList<>();
        for (String block : text.replace("\r\n", "\n").split("\n\\s*\n")) {
            String recipient = field(block, "Final-Recipient");
            String action = field(block, "Action").toLowerCase(Locale.ROOT);
            String status = field(block, "Status");
            if (recipient.isEmpty() || action.isEmpty()) {
                continue;
            }
            String address = recipient.contains(";") ? recipient.substring(recipient.indexOf(';') + 1).strip() : recipient;
            Refusal refusal = Refusal.of(-1, status + " " + field(block, "Diagnostic-Code"));
            if (action.equals("failed") && status.startsWith("5")) {
                Bounce.Kind kind = refusal == Refusal.MAILBOX ? Bounce.Kind.HARD
                        : refusal == Refusal.TEMPORARY ? Bounce.Kind.SOFT : Bounce.Kind.REFUSED;
                bounces.add(new Bounce(kind, address, status, original));
            } else if (action.equals("failed") || action.equals("delayed")) {
                bounces.add(new Bounce(Bounce.Kind.SOFT, address, status, original));
            }
        }
        return bounces;
    }

    private static String originalRecipient(Multipart parts) throws MessagingException, IOException {
        Matcher m = Pattern.compile("[^\\s<>\"]+@[^\\s<>\"]+").matcher(quoted(parts, "To"));
        return m.find() ? m.group() : "";
    }

    /** A header of the original message the report quotes (as message/rfc822 or text/rfc822-headers), or "". */
    private static String quoted(Multipart parts, String header) throws MessagingException, IOException {
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.isMimeType("message/rfc822") || part.isMimeType("text/rfc822-headers")) {
                String value = field(text(part), header);
                if (!value.isEmpty()) {
                    return value;
                }
            }
        }
        return "";
    }

    private static String field(String block, String name) {
        Matcher m = FIELD.matcher(block);
        while (m.find()) {
            if (m.group(1).equalsIgnoreCase(name)) {
                return m.group(2).strip();
            }
        }
        return "";
    }

    private static String text(BodyPart part) throws MessagingException, IOException {
        Object content = part.getContent();
        if (content instanceof String s) {
            return s;
        }
        if (content instanceof MimeMessage m) {
            StringBuilder headers = new StringBuilder();
            var all = m.getAllHeaderLines();
            while (all.hasMoreElements()) {
                headers.append(all.nextElement()).append('\n');
            }
            return headers.toString();
        }
        try (InputStream in = content instanceof InputStream s ? s : new ByteArrayInputStream(new byte[0])) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
