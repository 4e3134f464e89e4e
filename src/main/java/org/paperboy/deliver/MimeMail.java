package org.paperboy.deliver;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/** Turns an {@link OutgoingMail} into a MIME message: a newsletter with list headers. */
final class MimeMail {

    private MimeMail() {
    }

    static MimeMessage build(Session session, OutgoingMail mail) throws MessagingException {
        MailingList list = mail.list();
        requireOneLine("To", mail.to());
        requireOneLine("Subject", mail.subject());
        requireOneLine("From name", list.fromName());
        requireToken("Message-ID", mail.messageId());
        requireToken("List-Id", list.listId());
        requireToken("unsubscribe URL", mail.unsubscribeUrl());
        requireToken("unsubscribe mailto", list.unsubscribeMailto());

        MimeMessage message = new FixedIdMessage(session, mail.messageId());
        message.setFrom(sender(list));
        message.setRecipient(Message.RecipientType.TO, address("recipient", mail.to()));
        message.setSubject(mail.subject(), "UTF-8");
        message.setSentDate(new Date());
        setListUnsubscribe(message, mail);
        message.setHeader("List-Id", "<" + list.listId() + ">");
        // asks auto-responders (vacation replies) to stay quiet, as they should for a newsletter
        message.setHeader("Precedence", "bulk");

        MimeMultipart alternatives = new MimeMultipart("alternative");
        alternatives.addBodyPart(part(mail.text() == null ? "" : mail.text(), "plain"));
        alternatives.addBodyPart(part(mail.html() == null ? "" : mail.html(), "html"));
        message.setContent(alternatives);
        message.saveChanges();
        return message;
    }

    private static void setListUnsubscribe(MimeMessage message, OutgoingMail mail) throws MessagingException {
        List<String> targets = new ArrayList<>();
        boolean oneClick = !blank(mail.unsubscribeUrl());
        if (oneClick) {
            targets.add("<" + mail.unsubscribeUrl() + ">");
        }
        String mailto = mail.list().unsubscribeMailto();
        if (!mailto.isBlank()) {
            String address = mailto.startsWith("mailto:") ? mailto : "mailto:" + mailto;
            targets.add("<" + (address.contains("?") ? address : address + "?subject=unsubscribe") + ">");
        }
        if (!targets.isEmpty()) {
            message.setHeader("List-Unsubscribe", String.join(", ", targets));
        }
        if (oneClick) {
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
    }

    private static MimeBodyPart part(String body, String subtype) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setText(body, "UTF-8", subtype);
        // quoted-printable keeps the plain text readable in raw form and lines short for every relay
        part.setHeader("Content-Transfer-Encoding", "quoted-printable");
        return part;
    }

    private static InternetAddress sender(MailingList list) {
        InternetAddress from = address("sender", list.fromAddress());
        if (!list.fromName().isBlank()) {
            try {
                from.setPersonal(list.fromName(), "UTF-8");
            } catch (UnsupportedEncodingException e) {
                throw new IllegalStateException("UTF-8 is always supported", e);
            }
        }
        return from;
    }

    static InternetAddress address(String role, String text) {
        if (text == null || text.isBlank() || text.indexOf('@') < 1) {
            throw new InvalidMailException("invalid " + role + " address '" + text + "': it needs a name@domain form");
        }
        try {
            return new InternetAddress(text.strip(), true);
        } catch (AddressException e) {
            throw new InvalidMailException("invalid " + role + " address '" + text + "': " + e.getMessage(), e);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static void requireOneLine(String header, String value) {
        if (value != null && (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0)) {
            throw new InvalidMailException(header + " contains a line break; refusing to send a header that could inject others");
        }
    }

    /** Values that sit inside angle brackets: no line breaks, spaces or brackets. */
    private static void requireToken(String header, String value) {
        requireOneLine(header, value);
        // RFC 2369 wants literal commas in list URLs escaped, so none of these may hold one
        if (value != null && value.chars().anyMatch(c -> c == '<' || c == '>' || c == ',' || Character.isWhitespace(c))) {
            throw new InvalidMailException(header + " '" + value + "' contains a space, comma or angle bracket");
        }
    }

    /** Keeps the Message-ID fixed when the delivery row was created, so a resend is recognisable. */
    private static final class FixedIdMessage extends MimeMessage {
        private final String messageId;

        FixedIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            if (blank(messageId)) {
                super.updateMessageID();
            } else {
                setHeader("Message-ID", "<" + messageId + ">");
            }
        }
    }
}
