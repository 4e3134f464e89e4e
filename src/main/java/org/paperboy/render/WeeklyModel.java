package org.paperboy.render;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.paperboy.issue.Pick;
import org.paperboy.issue.WeeklyEdition;
import org.paperboy.paper.ArxivId;
import org.paperboy.paper.Paper;

/**
 * The template model of a weekly issue. As with the daily one, every optional part is decided here:
 * templates print strings and test lists for emptiness, so no heading stands over an empty list and
 * nothing missing prints as null, undefined or "()".
 */
final class WeeklyModel {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH);
    private static final DateTimeFormatter YEAR = DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH);

    private WeeklyModel() {
    }

    /** What a breakthrough's scores mean, under the breakthroughs' heading. */
    static final String LEGEND = "Scores are 1-10: relevance, how closely a paper fits this issue's topic; novelty, how new"
            + " its contribution looks next to the week's other papers.";

    /** Where the offline summary's "Top findings: (1) ...; (2) ..." begins; a model's summary is shown as it wrote it. */
    private static final Pattern FINDINGS = Pattern.compile(" Top findings: (?=\\(1\\) )");
    private static final Pattern FINDING = Pattern.compile("\\(\\d+\\) (\\d{4}\\.\\d{4,5}) (.*)");

    /** "(1) 2602.20624 (Kim et al.): ...; (2) ..." as a list: each finding's arXiv id (a link in the HTML part) and the rest. */
    private static List<Map<String, Object>> findings(String list) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (String item : list.split("; (?=\\(\\d+\\) )")) {
            Matcher m = FINDING.matcher(item.strip());
            if (!m.matches()) {
                return List.of(Map.of("id", "", "absUrl", "", "rest", list)); // not the composer's form: as written
            }
            ArxivId id = ArxivId.parse(m.group(1));
            // the full stop that ended the summary is not the last finding's: a list item ends as the others do
            out.add(Map.of("id", id.base(), "absUrl", id.absUrl(), "rest", m.group(2).replaceFirst("(?<!et al)\\.$", "")));
        }
        return out;
    }

    static String subject(WeeklyEdition e) {
        return heading(e) + " · " + DailyModel.plural(e.breakthroughs().size(), "breakthrough");
    }

    /** "LLM & Foundation Models: 2026 Week 09"; seven days that are not an ISO week go by their first ("Week of Jan 8, 2026"). */
    static String heading(WeeklyEdition e) {
        return e.topic() + ": " + (e.from().getDayOfWeek() == java.time.DayOfWeek.MONDAY ? e.week().replace("-W", " Week ")
                : "Week of " + YEAR.format(e.from()));
    }

    static Map<String, Object> build(WeeklyEdition e, String email, Links links) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("subject", subject(e));
        m.put("heading", heading(e));
        m.put("legend", e.breakthroughs().isEmpty() ? "" : LEGEND);
        m.put("dates", DAY.format(e.from()) + " – " + YEAR.format(e.to()));
        m.put("counts", DailyModel.plural(e.analyzed(), "paper") + " analyzed · "
                + DailyModel.plural(e.breakthroughs().size(), "breakthrough"));
        String summary = text(e.summary());
        Matcher findings = FINDINGS.matcher(summary);
        boolean listed = findings.find();
        m.put("summary", listed ? summary.substring(0, findings.start()) : summary);
        m.put("findings", listed ? findings(summary.substring(findings.end())) : List.of());
        m.put("takeaway", text(e.takeaway()));
        m.put("breakthroughs", breakthroughs(e.breakthroughs()));
        m.put("trends", trends(e.trends(), featured(e)));
        m.put("notable", notable(e.notable()));
        m.put("mentions", e.mentions().stream().map(WeeklyModel::paper).toList());
        // No address means the public web archive: no personal links, and a footer that says so.
        m.put("archive", email == null);
        m.put("email", email == null ? "" : email);
        m.put("unsubscribeUrl", links.unsubscribeUrl());
        m.put("preferencesUrl", links.preferencesUrl());
        m.put("viewUrl", links.viewUrl());
        m.put("preheader", e.breakthroughs().isEmpty() ? DailyModel.plural(e.analyzed(), "paper") + " analyzed this week."
                : "This week: " + text(e.breakthroughs().get(0).pick().paper().title()));
        return m;
    }

    private static List<Map<String, Object>> breakthroughs(List<WeeklyEdition.Breakthrough> list) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (WeeklyEdition.Breakthrough b : list) {
            Map<String, Object> m = pick(b.pick(), out.size() + 1);
            m.put("whyNovel", text(b.whyNovel()));
            m.put("innovations", b.innovations().stream().map(WeeklyModel::text).filter(s -> !s.isBlank()).toList());
            m.put("evidence", b.evidence().stream().map(WeeklyModel::text).filter(s -> !s.isBlank()).toList());
            m.put("impact", text(b.impact()));
            out.add(m);
        }
        return out;
    }

    private static List<Map<String, Object>> notable(List<WeeklyEdition.Notable> list) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (WeeklyEdition.Notable n : list) {
            Map<String, Object> m = pick(n.pick(), out.size() + 1);
            m.put("line", text(n.line()));
            out.add(m);
        }
        return out;
    }

    /**
     * Where the issue features each paper it gives a section of its own, for the trends that list it too
     * (the trends come after the breakthroughs and before the rest).
     */
    private static Map<String, String> featured(WeeklyEdition e) {
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i < e.breakthroughs().size(); i++) {
            out.put(e.breakthroughs().get(i).pick().paper().id().base(), "breakthrough " + (i + 1) + " above");
        }
        for (int i = 0; i < e.notable().size(); i++) {
            out.put(e.notable().get(i).pick().paper().id().base(), "notable paper " + (i + 1) + " below");
        }
        e.mentions().forEach(p -> out.put(p.id().base(), "honorable mention below"));
        return out;
    }

    private static List<Map<String, Object>> trends(List<WeeklyEdition.Trend> list, Map<String, String> featured) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (WeeklyEdition.Trend t : list) {
            if (t.papers().isEmpty()) {
                continue;
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", text(t.name()));
            m.put("line", text(t.line()));
            m.put("size", DailyModel.plural(t.papers().size(), "paper"));
            m.put("papers", t.shown().stream().limit(5).map(p -> {
                Map<String, Object> paper = paper(p);
                paper.put("featured", featured.getOrDefault(p.id().base(), ""));
                return paper;
            }).toList());
            int more = t.papers().size() - Math.min(5, t.shown().size());
            m.put("more", more > 0 ? "and " + more + " more" : "");
            out.add(m);
        }
        return out;
    }

    private static Map<String, Object> pick(Pick pick, int number) {
        Map<String, Object> m = paper(pick.paper());
        m.put("number", number);
        m.put("scores", "Relevance " + pick.score().relevance() + "/10 · Novelty " + pick.score().novelty() + "/10");
        return m;
    }

    /** LaTeX as a reader reads it, scripts and authors' own macros too. */
    private static String text(String s) {
        return Latex.toText(Scripts.toText(s));
    }

    private static Map<String, Object> paper(Paper p) {
        Map<String, Object> m = new LinkedHashMap<>();
        String title = text(p.title());
        m.put("title", title.isEmpty() ? "(untitled) " + p.id().versioned() : title);
        m.put("id", p.id().base());
        m.put("absUrl", p.id().absUrl());
        m.put("pdfUrl", p.id().pdfUrl());
        m.put("authors", DailyModel.authors(p.authors()));
        return m;
    }
}
