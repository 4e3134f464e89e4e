package org.paperboy.render;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Renders the mails about a subscription (templates/email/confirm and reply, in the mail frame the
 * digests share) from values prepared in Java; the text part is wrapped like an issue's.
 */
public final class NoticeRenderer {

    private final Templates templates;

    public NoticeRenderer(Templates templates) {
        this.templates = Objects.requireNonNull(templates, "templates");
    }

    /**
     * @param template confirm or reply
     * @param values   what the template prints; subject and unsubscribeUrl are added here
     */
    public RenderedIssue render(String template, String subject, String unsubscribeUrl, Map<String, String> values) {
        Map<String, Object> model = new HashMap<>(values);
        model.put("subject", subject);
        model.put("unsubscribeUrl", unsubscribeUrl);
        String html = templates.render("email/" + template + ".html.peb", model);
        String text = TextWrap.wrap(templates.render("email/" + template + ".txt.peb", model), DailyRenderer.TEXT_WIDTH);
        return new RenderedIssue(subject, html, text);
    }
}
