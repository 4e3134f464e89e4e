package org.paperboy.render;

import org.paperboy.issue.MailText;

/** One issue ready to mail: its subject line and both message parts, as the pieces they were put together from. */
public record RenderedIssue(String subject, MailText htmlPart, MailText textPart) {

    public RenderedIssue(String subject, String html, String text) {
        this(subject, MailText.of(html), MailText.of(text));
    }

    public String html() {
        return htmlPart.text();
    }

    public String text() {
        return textPart.text();
    }
}
