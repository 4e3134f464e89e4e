package org.paperboy.render;

import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.paperboy.issue.DailyEdition;
import org.paperboy.paper.Paper;

/** Renders one subscriber's daily issue from {@code templates/email/daily.{html,txt}.peb}. */
public final class DailyRenderer {

    /** Plain-text mail convention (RFC 5322 recommends at most 78 characters a line). */
    static final int TEXT_WIDTH = 78;
    static final String HTML = "email/daily.html.peb";
    static final String TEXT = "email/daily.txt.peb";

    private final Templates templates;

    public DailyRenderer(Templates templates) {
        this.templates = Objects.requireNonNull(templates, "templates");
    }

    /** The issue straight from the templates as they are on disk now. */
    public RenderedIssue render(DailyEdition edition, Links links) {
        return render(templates, edition, links, DailyModel::paper);
    }

    /** The same, with each paper's own values from {@code facts}: what {@link DailyModel#paper} made of it before. */
    RenderedIssue render(DailyEdition edition, Links links, Function<Paper, Map<String, Object>> facts) {
        return render(templates, edition, links, facts);
    }

    /**
     * A renderer for the many issues of one run: the same mails, with each paper's part rendered once
     * for the run instead of once per reader. Template edits show from the next run.
     */
    public DailyRun forRun() {
        return new DailyRun(templates.forRun());
    }

    static RenderedIssue render(Templates templates, DailyEdition edition, Links links, Function<Paper, Map<String, Object>> facts) {
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(links, "links");
        Map<String, Object> model = DailyModel.build(edition, links, facts);
        String html = templates.render(HTML, model);
        String text = TextWrap.wrap(templates.render(TEXT, model), TEXT_WIDTH);
        return new RenderedIssue(DailyModel.subject(edition), html, text);
    }
}
