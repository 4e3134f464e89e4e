package org.paperboy.render;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.paperboy.issue.DailyEdition;
import org.paperboy.issue.Pick;
import org.paperboy.paper.Paper;
import org.paperboy.subscriber.Abstracts;

/**
 * Builds the template model of a daily issue. Every wording decision that depends on the data (plurals,
 * optional parts, shortened author lists) is made here, so templates only print strings and test for
 * emptiness, and no template can print a null, an empty "()" or a heading over nothing.
 */
final class DailyModel {

    static final int MAX_AUTHORS = 10;
    /** Characters of the rest of an abstract a reader who chose short abstracts sees. */
    static final int SHORT_ABSTRACT = 220;
    /** Characters of an author's comment shown ("12 pages, 3 figures; accepted at ..."): beyond them it is cut. */
    static final int COMMENT = 160;
    /** What the two scores mean, said once per issue. */
    static final String LEGEND = "Scores are 1-10, as a reviewer would give them: relevance, how closely a paper fits your"
            + " interests (7 and up: clearly on them; 10 is rare); novelty, how much it would be news to you next to recent papers.";
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("EEE d MMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.ENGLISH);

    private DailyModel() {
    }

    static String subject(DailyEdition edition) {
        int n = edition.picks().size();
        String papers = n == 0 ? "nothing matched today" : plural(n, "paper") + " for you";
        return "Paperboy daily" + (edition.catchUp() ? " catch-up" : "") + " · " + SHORT.format(edition.date())
                + " · " + papers;
    }

    /** The issue's model, each paper's own values from {@code facts} ({@link #paper}, or what it made before). */
    static Map<String, Object> build(DailyEdition edition, Links links, Function<Paper, Map<String, Object>> facts) {
        List<Map<String, Object>> papers = new ArrayList<>();
        for (Pick pick : edition.picks()) {
            Map<String, Object> p = new LinkedHashMap<>(facts.apply(pick.paper()));
            p.putAll(reader(pick, papers.size() + 1, links, edition.subscriber().profile().abstracts()));
            papers.add(p);
        }
        return issue(edition, links, papers);
    }

    /** The issue's own values around its {@code papers}, each of which {@link #paper} and {@link #reader} made. */
    static Map<String, Object> issue(DailyEdition edition, Links links, List<Map<String, Object>> papers) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("subject", subject(edition));
        m.put("name", edition.subscriber().displayName());
        m.put("email", edition.subscriber().email());
        m.put("date", LONG.format(edition.date()));
        m.put("counts", counts(edition));
        m.put("catchUp", edition.catchUp() ? catchUp(edition) : "");
        m.put("quiet", quiet(edition.quietDays()));
        m.put("judge", JudgingModel.of(edition.judging()));
        m.put("papers", papers);
        m.put("legend", papers.isEmpty() ? "" : LEGEND);
        m.put("preheader", preheader(edition, papers));
        m.put("unsubscribeUrl", links.unsubscribeUrl());
        m.put("preferencesUrl", links.preferencesUrl());
        m.put("viewUrl", links.viewUrl());
        return m;
    }

    private static String counts(DailyEdition e) {
        return plural(e.announced(), "paper") + " announced · " + e.scanned() + " scanned for you · "
                + e.picks().size() + " selected";
    }

    private static String catchUp(DailyEdition e) {
        List<LocalDate> days = e.coveredDays().isEmpty() ? List.of(e.date()) : e.coveredDays();
        return "This is a catch-up issue: it covers " + plural(days.size(), "announcement day") + ", "
                + dates(days) + ".";
    }

    private static String quiet(List<LocalDate> quietDays) {
        if (quietDays.isEmpty()) {
            return "";
        }
        return "arXiv made no announcement on " + dates(quietDays)
                + (quietDays.size() == 1 ? ", so there were no new papers that day." : ", so there were no new papers on those days.");
    }

    private static String preheader(DailyEdition e, List<Map<String, Object>> papers) {
        if (papers.isEmpty()) {
            return "Nothing matched your interests among " + plural(e.scanned(), "paper") + " today.";
        }
        return plural(papers.size(), "paper") + " picked from " + e.scanned() + " scanned. First: "
                + papers.get(0).get("title");
    }

    /** What a paper shows whoever reads it; the same in every reader's issue. */
    static Map<String, Object> paper(Paper p) {
        Map<String, Object> m = new LinkedHashMap<>();
        String title = Latex.toText(p.title());
        m.put("title", title.isEmpty() ? "(untitled) " + p.id().versioned() : title);
        m.put("absUrl", p.id().absUrl());
        m.put("pdfUrl", p.id().pdfUrl());
        m.put("id", p.id().versioned());
        m.put("authors", authors(p.authors()));
        m.put("category", p.primaryCategory());
        String whole = Latex.toText(p.abstractText());
        Tldr tldr = Tldr.of(title, whole);
        m.put("abstract", whole);
        m.put("tldr", tldr.tldr());
        m.put("abstractShort", shortened(tldr.rest(), SHORT_ABSTRACT));
        m.put("comment", shortened(Latex.toText(p.comment()), COMMENT));
        return m;
    }

    /** The start of the text, cut after a word with "…" when longer than {@code most} characters. */
    static String shortened(String text, int most) {
        if (text.length() <= most) {
            return text;
        }
        int cut = text.lastIndexOf(' ', most);
        return text.substring(0, cut > 0 ? cut : most).replaceAll("[\\s,;:(]+$", "") + "…";
    }

    /** The keys {@link #reader} fills: a paper's values that differ from reader to reader. */
    static final List<String> READER_KEYS = List.of("number", "anchor", "reason", "scores", "authorMatch", "moreUrl", "lessUrl",
            "fullAbstract", "shortAbstract", "abstractUrl");

    /** A paper's values in one reader's issue, where it is the {@code number}th pick, for a reader who chose {@code abstracts}. */
    static Map<String, Object> reader(Pick pick, int number, Links links, Abstracts abstracts) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("number", number);
        m.put("anchor", "paper-" + number);
        m.put("reason", pick.score().reason());
        m.put("scores", "Relevance " + pick.score().relevance() + "/10 · Novelty " + pick.score().novelty() + "/10");
        m.put("authorMatch", pick.score().authorMatch());
        m.put("moreUrl", links.feedback(pick.paper().id().base(), true));
        m.put("lessUrl", links.feedback(pick.paper().id().base(), false));
        m.put("fullAbstract", abstracts == Abstracts.FULL);
        m.put("shortAbstract", abstracts == Abstracts.SHORT);
        // the browser view shows every abstract whole; a preview without one has arXiv's page
        m.put("abstractUrl", links.viewUrl().isEmpty() ? pick.paper().id().absUrl() : links.viewUrl() + "#paper-" + number);
        return m;
    }

    /** The first ten names, then "et al." with how many there are in all; "" when none are known. */
    static String authors(List<String> authors) {
        if (authors.size() <= MAX_AUTHORS) {
            return String.join(", ", authors);
        }
        return String.join(", ", authors.subList(0, MAX_AUTHORS)) + " et al. (" + authors.size() + " authors)";
    }

    /** "Mon 16 Mar 2026", "Mon 16 Mar 2026 and Tue 17 Mar 2026", "A, B and C". */
    static String dates(List<LocalDate> days) {
        List<String> parts = days.stream().sorted().map(SHORT::format).toList();
        if (parts.size() <= 1) {
            return String.join("", parts);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
