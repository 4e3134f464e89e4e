package org.paperboy.render;

import java.util.Map;
import java.util.Objects;
import org.paperboy.issue.DailyEdition;

/** Renders one subscriber's daily issue from {@code templates/email/daily.{html,txt}.peb}. */
public final class DailyRenderer {

    /** Plain-text mail convention (RFC 5322 recommends at most 78 characters a line). */
    static final int TEXT_WIDTH = 78;

    private final Templates templates;

    public DailyRenderer(Templates templates) {
        this.templates = Objects.requireNonNull(templates, "templates");
    }

    public RenderedIssue render(DailyEdition edition, Links links) {
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(links, "links");
        Map<String, Object> model = DailyModel.build(edition, links);
        String html = templates.render("email/daily.html.peb", model);
        String text = TextWrap.wrap(templates.render("email/daily.txt.peb", model), TEXT_WIDTH);
        return new RenderedIssue(DailyModel.subject(edition), html, text);
    }
}
