package org.paperboy.render;

import java.util.Map;
import org.paperboy.issue.WeeklyEdition;

/** Renders a weekly highlights issue from {@code templates/email/weekly.{html,txt}.peb}. */
public final class WeeklyRenderer {

    private final Templates templates;

    public WeeklyRenderer(Templates templates) {
        this.templates = templates;
    }

    /** @param email the reader's address, for the footer's "why you get this" line; null for the public archive */
    public RenderedIssue render(WeeklyEdition edition, String email, Links links) {
        Map<String, Object> model = WeeklyModel.build(edition, email, links);
        String html = templates.render("email/weekly.html.peb", model);
        String text = TextWrap.wrap(templates.render("email/weekly.txt.peb", model), DailyRenderer.TEXT_WIDTH);
        return new RenderedIssue(WeeklyModel.subject(edition), html, text);
    }
}
