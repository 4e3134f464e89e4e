package org.paperboy.render;

import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.paperboy.issue.DailyEdition;
import org.paperboy.issue.MailText;
import org.paperboy.issue.Pick;
import org.paperboy.paper.Paper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders the daily issues of one run, each the same as {@link DailyRenderer#render} makes it, without
 * doing per reader what is the same for every reader. Each paper's section (the templates' macro
 * {@code paper(p)}) is rendered once per run for each way a reader's values can steer it (an author
 * match or not, a reason or none, feedback links or none, which abstract), with its LaTeX converted and its text
 * wrapped once; each reader's issue is then the templates' frame around those sections with the reader's
 * values filled in. The templates are read once, when the run starts.
 *
 * <p>Each issue's parts come out as the pieces they were put together from ({@link MailText}): a
 * section's own text is numbered in the run (this object), so that storing keeps it once for all the
 * readers it goes to, without looking it up.
 *
 * <p>Each section is checked against the template the first time it is filled in, and the run's first
 * issue with papers against a rendering straight from the templates. If a template turns out to do
 * with a reader's value more than print or test it, the rest of the run renders every issue straight
 * from the templates: slower, never different.
 */
public final class DailyRun {

    private static final Logger LOG = LoggerFactory.getLogger(DailyRun.class);
    private static final int SLOTS = DailyModel.READER_KEYS.size();
    /**
     * Rough size of an issue's own HTML and of its table of contents per paper, to size the frame's output
     * once; the plain-text frame is about a third of it.
     */
    private static final int FRAME_SIZE = 6144;
    private static final int FRAME_PER_PAPER = 400;
    /** The key of the mark that stands in the frame where a paper's section goes. */
    private static final String PLACE = "_place";

    private final Templates templates;
    private final Part html;
    private final Part text;
    /** Per paper (versioned id): what every reader sees of it, and its sections by shape. */
    private final Map<String, Cached> papers = new HashMap<>();
    /**
     * By number in this run ({@link MailText}), the sections' pieces of text: a plain-text one cut where
     * wrapping can share it, or null (always for the HTML's, which is not wrapped, and for the lines
     * outside the sections, {@link RepeatedLines}).
     */
    private final List<TextWrap.Split> splits = new ArrayList<>();
    private boolean straight;
    private boolean checked;

    DailyRun(Templates templates) {
        this.templates = templates;
        this.html = new Part(DailyRenderer.HTML, true);
        this.text = new Part(DailyRenderer.TEXT, false);
    }

    public RenderedIssue render(DailyEdition edition, Links links) {
        if (straight) {
            return DailyRenderer.render(templates, edition, links, this::facts);
        }
        RenderedIssue issue;
        try {
            issue = assemble(edition, links);
        } catch (Mismatch | IllegalStateException e) {
            // a broken template fails here too, and is reported as such
            RenderedIssue expected = DailyRenderer.render(templates, edition, links, this::facts);
            giveUp(e.getMessage());
            return expected;
        }
        if (!checked && !edition.picks().isEmpty()) {
            RenderedIssue expected = DailyRenderer.render(templates, edition, links, this::facts);
            if (!expected.equals(issue)) {
                giveUp("an issue made from the sections differs from the one the templates make");
                return expected;
            }
            checked = true;
        }
        return issue;
    }

    /** False once the run has gone back to rendering every issue straight from the templates. */
    boolean assembles() {
        return !straight;
    }

    private RenderedIssue assemble(DailyEdition edition, Links links) {
        int n = edition.picks().size();
        if (n > Section.MAX_PICKS) {
            return DailyRenderer.render(templates, edition, links, this::facts);
        }
        List<Map<String, Object>> picks = new ArrayList<>(n);
        Section.Filled[] htmls = new Section.Filled[n];
        Section.Filled[] texts = new Section.Filled[n];
        for (Pick pick : edition.picks()) {
            Cached paper = cached(pick.paper());
            int i = picks.size();
            Map<String, Object> reader = DailyModel.reader(pick, i + 1, links, edition.subscriber().profile().abstracts());
            Object[] values = new Object[SLOTS];
            for (int k = 0; k < SLOTS; k++) {
                values[k] = reader.get(DailyModel.READER_KEYS.get(k));
            }
            if (!paper.markable || Section.privateUse(reader)) {
                return DailyRenderer.render(templates, edition, links, this::facts);
            }
            Map<String, Object> p = new HashMap<>(paper.facts);
            p.putAll(reader);
            htmls[i] = html.section(paper, values, p);
            texts[i] = text.section(paper, values, p);
            p.put(PLACE, Section.place(i));
            picks.add(p);
        }
        Map<String, Object> model = DailyModel.issue(edition, links, picks);
        if (model.entrySet().stream().anyMatch(e -> !e.getKey().equals("papers") && Section.privateUse(e.getValue()))) {
            return DailyRenderer.render(templates, edition, links, this::facts); // the reader's own text could pass for a place
        }
        int size = FRAME_SIZE + FRAME_PER_PAPER * n;
        MailText h = Section.assemble(templates.evaluate(html.name, html.frame, model, size), htmls, this, html.lines::add);
        MailText t = Section.assemble(templates.evaluate(text.name, text.frame, model, size / 3), texts, this, MailText.Builder::add);
        return new RenderedIssue(DailyModel.subject(edition), h,
                TextWrap.wrap(t, splits::get, DailyRenderer.TEXT_WIDTH, text.lines::add));
    }

    private Cached cached(Paper paper) {
        return papers.computeIfAbsent(paper.id().versioned(), id -> new Cached(paper));
    }

    /** What every reader sees of the paper, worked out once in the run, whether its issues assemble or not. */
    private Map<String, Object> facts(Paper paper) {
        return cached(paper).facts;
    }

    /** A new number in this run, for a piece of text that is not a section's. */
    private int number() {
        splits.add(null);
        return splits.size() - 1;
    }

    private void giveUp(String why) {
        straight = true;
        for (Cached paper : papers.values()) {
            // the sections are of no more use; what the paper shows every reader still is
            paper.html.clear();
            paper.text.clear();
        }
        LOG.warn("{} and {}: {}; this run renders every paper for every reader instead, which is slower"
                + " (see templates/README.md)", html.name, text.name, why);
    }

    /** Which of the reader's values are set: they decide which branches of the macro a reader takes. */
    private static int shape(Object[] values) {
        int shape = 0;
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            boolean set = v instanceof Boolean b ? b : !String.valueOf(v).isEmpty();
            if (v instanceof String s && set && s.isBlank()) {
                return -1; // Pebble takes a blank string for empty, a mark is not blank: render it as it is
            }
            shape |= set ? 1 << i : 0;
        }
        return shape;
    }

    private static final class Cached {
        final Map<String, Object> facts;
        final boolean markable;
        final Map<Integer, Section> html = new HashMap<>();
        final Map<Integer, Section> text = new HashMap<>();

        Cached(Paper paper) {
            facts = DailyModel.paper(paper);
            markable = facts.values().stream().noneMatch(Section::privateUse);
        }
    }

    /**
     * One part of the mail: its template, its frame (the template with each paper's section left as a
     * mark where it goes), the macro alone, and how values print in it.
     */
    private final class Part {
        final String name;
        final boolean escaped;
        final PebbleTemplate frame;
        final PebbleTemplate one;
        /** The part's lines outside the sections that readers share. */
        final RepeatedLines lines = new RepeatedLines(DailyRun.this::number);

        Part(String name, boolean escaped) {
            this.name = name;
            this.escaped = escaped;
            this.frame = templates.literal(name, "{% extends \"" + name + "\" %}{% macro paper(p) %}{{ p." + PLACE
                    + " }}{% endmacro %}");
            this.one = templates.literal(name, "{% import \"" + name + "\" %}{{ paper(p) }}");
        }

        /** The paper's section for one reader. */
        Section.Filled section(Cached paper, Object[] values, Map<String, Object> p) {
            int shape = shape(values);
            if (!paper.markable || shape < 0) {
                return Section.whole(templates.evaluate(name, one, Map.of("p", p), 4096));
            }
            Map<Integer, Section> sections = escaped ? paper.html : paper.text;
            Section section = sections.get(shape);
            String[] printed = printed(values);
            if (section == null) {
                section = prepare(paper, values, p, printed);
                sections.put(shape, section);
            }
            return section.with(printed);
        }

        private Section prepare(Cached paper, Object[] values, Map<String, Object> p, String[] printed) {
            Map<String, Object> marked = new HashMap<>(paper.facts);
            for (int i = 0; i < SLOTS; i++) {
                Object v = values[i];
                marked.put(DailyModel.READER_KEYS.get(i), v instanceof Boolean || "".equals(v) ? v : Section.mark(i));
            }
            String withMarks = templates.evaluate(name, one, Map.of("p", marked), 4096);
            if (!Section.parse(withMarks, SLOTS).fill(printed).equals(templates.evaluate(name, one, Map.of("p", p), 4096))) {
                throw new Mismatch("the macro paper(p) does more with a reader's value than print or test it");
            }
            Section section = Section.parse(escaped ? withMarks
                    : TextWrap.wrapInner(withMarks, DailyRenderer.TEXT_WIDTH, line -> Section.marked(line, SLOTS)), SLOTS);
            section.numberFrom(splits.size());
            for (int i = 0; i < section.literals(); i++) {
                splits.add(escaped ? null : TextWrap.split(section.literal(i), DailyRenderer.TEXT_WIDTH));
            }
            return section;
        }

        /** Each value as this part prints it. */
        private String[] printed(Object[] values) {
            String[] out = new String[values.length];
            for (int i = 0; i < values.length; i++) {
                out[i] = escaped ? templates.escapeHtml(values[i]) : String.valueOf(values[i]);
            }
            return out;
        }
    }

    private static final class Mismatch extends RuntimeException {
        Mismatch(String message) {
            super(message);
        }
    }
}
