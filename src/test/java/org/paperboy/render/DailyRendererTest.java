package org.paperboy.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paperboy.render.Editions.DAY;
import static org.paperboy.render.Editions.LINKS;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.paperboy.issue.DailyEdition;
import org.paperboy.issue.Pick;
import org.paperboy.paper.Paper;

class DailyRendererTest {

    private final DailyRenderer renderer = new DailyRenderer(Editions.templates());

    private static final Paper MOE = Editions.paper("2603.05498v2", "Sparse Mixture-of-Experts at Scale",
            List.of("Grace Hopper", "Alan Turing"), List.of("cs.LG", "cs.CL"),
            "We route tokens to experts in $O(n \\log n)$ time.", "12 pages, 3 figures");
    private static final Paper QUANT = Editions.paper("2603.01234", "Quantization with $\\alpha$-Blending",
            List.of("Ada Lovelace"), List.of("cs.CL"), "A 4-bit method --- fast.", "");

    private static DailyEdition twoPicks() {
        return Editions.edition(List.of(
                Editions.pick(MOE, 8, 6, "Model Architecture: new MoE routing", false),
                Editions.pick(QUANT, 7, 5, "Author match: Ada Lovelace", true)));
    }

    @Test
    void subjectNamesTheDayAndHowManyPapers() {
        assertThat(renderer.render(twoPicks(), LINKS).subject())
                .isEqualTo("Paperboy daily · Wed 18 Mar 2026 · 2 papers for you");
    }

    @Test
    void bothPartsCarryEveryTitleLinkCountReasonAndScore() {
        RenderedIssue issue = renderer.render(twoPicks(), LINKS);
        String htmlText = Jsoup.parse(issue.html()).text();
        for (String part : List.of(htmlText, flat(issue.text()))) {
            assertThat(part).contains("Hello Ada Lovelace", "Wednesday 18 March 2026",
                    "Sparse Mixture-of-Experts at Scale", "Quantization with α-Blending",
                    "412 papers announced", "380 scanned for you", "2 selected",
                    "Model Architecture: new MoE routing", "Relevance 8/10 · Novelty 6/10",
                    "Relevance 7/10 · Novelty 5/10", "2603.05498v2", "Grace Hopper, Alan Turing", "cs.LG",
                    "O(n log n) time", "A 4-bit method — fast.", "12 pages, 3 figures", "Author match");
        }
        assertThat(issue.text()).contains("https://arxiv.org/abs/2603.05498", "https://arxiv.org/pdf/2603.05498",
                "https://arxiv.org/abs/2603.01234");
        Document html = Jsoup.parse(issue.html());
        assertThat(html.select("a[href=https://arxiv.org/abs/2603.05498]").text()).contains("Sparse Mixture-of-Experts");
        assertThat(html.select("a[href=https://arxiv.org/pdf/2603.05498]")).isNotEmpty();
    }

    @Test
    void tableOfContentsLinksToEachPaperInOrder() {
        Document html = Jsoup.parse(renderer.render(twoPicks(), LINKS).html());
        List<String> tocTargets = html.select("a[href^=#]").eachAttr("href");
        assertThat(tocTargets).containsExactly("#paper-1", "#paper-2");
        assertThat(html.getElementById("paper-2").text()).startsWith("2. Quantization with α-Blending");
        String text = renderer.render(twoPicks(), LINKS).text();
        assertThat(text.indexOf("1. Sparse")).isLessThan(text.indexOf("2. Quantization"));
    }

    @Test
    void authorMatchBadgeOnlyOnTheMatchedPaper() {
        Document html = Jsoup.parse(renderer.render(twoPicks(), LINKS).html());
        assertThat(html.getElementById("paper-1").text()).doesNotContain("Author match");
        assertThat(html.getElementById("paper-2").select("span").first().text()).isEqualTo("Author match");
    }

    @Test
    void scriptInATitleIsEscapedInHtmlAndLeftReadableInText() {
        Paper evil = Editions.paper("2603.00001", "<script>alert('x')</script> & Friends", List.of("Mallory"),
                List.of("cs.CR"), "Abstract with <b>tags</b>.", "");
        RenderedIssue issue = renderer.render(Editions.edition(List.of(Editions.pick(evil, 5, 5, "r", false))), LINKS);
        Document html = Jsoup.parse(issue.html());
        assertThat(html.select("script")).isEmpty();
        assertThat(html.select("b, strong").eachText()).doesNotContain("tags");
        assertThat(html.getElementById("paper-1").text()).contains("<script>alert('x')</script> & Friends");
        assertThat(issue.text()).contains("<script>alert('x')</script> & Friends").doesNotContain("&amp;", "&lt;");
    }

    @Test
    void paperWithMissingFieldsPrintsNoPlaceholdersOrEmptyParts() {
        Paper bare = Editions.paper("2603.09999", "A Bare Paper", List.of(), List.of(), "", null);
        RenderedIssue issue = renderer.render(Editions.edition(List.of(Editions.pick(bare, 3, 2, "", false))), LINKS);
        String htmlText = Jsoup.parse(issue.html()).text();
        for (String part : List.of(issue.html(), htmlText, issue.text(), issue.subject())) {
            assertThat(part).doesNotContain("null", "undefined", "[object Object]", "()", "Why:", "Comment:",
                    "Authors:", "· ·");
        }
        assertThat(issue.text()).contains("A Bare Paper", "https://arxiv.org/abs/2603.09999", "Relevance 3/10");
        Document html = Jsoup.parse(issue.html());
        assertThat(html.select("p").eachText()).noneMatch(String::isBlank);
        assertThat(html.select("h1,h2,h3").eachText()).noneMatch(String::isBlank);
    }

    @Test
    void longAuthorListsAreShortenedWithTheTotal() {
        List<String> authors = IntStream.rangeClosed(1, 18).mapToObj(i -> "Author" + i).toList();
        Paper big = Editions.paper("2603.05555", "Big Team", authors, List.of("cs.LG"), "x", "");
        RenderedIssue issue = renderer.render(Editions.edition(List.of(Editions.pick(big, 5, 5, "r", false))), LINKS);
        for (String part : List.of(Jsoup.parse(issue.html()).text(), flat(issue.text()))) {
            assertThat(part).contains("Author1, Author2", "Author10 et al. (18 authors)").doesNotContain("Author11");
        }
    }

    @Test
    void catchUpIssueSaysSoAndListsTheDays() {
        DailyEdition e = new DailyEdition(Editions.ada(), DAY,
                List.of(LocalDate.of(2026, 3, 16), LocalDate.of(2026, 3, 17), DAY), List.of(), 900, 850,
                List.of(Editions.pick(MOE, 8, 6, "r", false)));
        RenderedIssue issue = renderer.render(e, LINKS);
        assertThat(issue.subject()).isEqualTo("Paperboy daily catch-up · Wed 18 Mar 2026 · 1 paper for you");
        String expected = "covers 3 announcement days, Mon 16 Mar 2026, Tue 17 Mar 2026 and Wed 18 Mar 2026.";
        assertThat(Jsoup.parse(issue.html()).text()).contains("catch-up", expected);
        assertThat(flat(issue.text())).contains(expected);
    }

    @Test
    void ordinaryIssueDoesNotMentionCatchUpOrQuietDays() {
        RenderedIssue issue = renderer.render(twoPicks(), LINKS);
        assertThat(issue.subject() + issue.text() + issue.html()).doesNotContain("catch-up", "no announcement");
    }

    @Test
    void quietDaysAreExplained() {
        DailyEdition e = new DailyEdition(Editions.ada(), LocalDate.of(2026, 4, 6), List.of(LocalDate.of(2026, 4, 6)),
                List.of(LocalDate.of(2026, 4, 3)), 300, 290, List.of(Editions.pick(MOE, 8, 6, "r", false)));
        RenderedIssue issue = renderer.render(e, LINKS);
        String expected = "arXiv made no announcement on Fri 3 Apr 2026";
        assertThat(Jsoup.parse(issue.html()).text()).contains(expected);
        assertThat(flat(issue.text())).contains(expected);
    }

    @Test
    void zeroPicksStillMakeAFriendlyIssueWithoutAnEmptyList() {
        RenderedIssue issue = renderer.render(Editions.edition(List.of()), LINKS);
        assertThat(issue.subject()).isEqualTo("Paperboy daily · Wed 18 Mar 2026 · nothing matched today");
        Document html = Jsoup.parse(issue.html());
        assertThat(html.text()).contains("Nothing matched your interests today", "0 selected", "Unsubscribe");
        assertThat(html.select("h2")).isEmpty();
        assertThat(issue.text()).contains("Nothing matched your interests today").doesNotContain("IN THIS ISSUE");
    }

    @Test
    void footerSaysWhyAndLinksToUnsubscribeAndPreferences() {
        RenderedIssue issue = renderer.render(twoPicks(), LINKS);
        Document html = Jsoup.parse(issue.html());
        assertThat(html.text()).contains("ada@example.org is subscribed to the Paperboy daily digest");
        // at the top as well as at the foot: a mail clipped for its length still shows them
        assertThat(html.select("a[href=" + LINKS.unsubscribeUrl() + "]").eachText()).containsExactly("Unsubscribe", "Unsubscribe");
        assertThat(html.select("a[href=" + LINKS.preferencesUrl() + "]").eachText()).containsExactly("Preferences", "Preferences");
        assertThat(flat(issue.text())).contains("ada@example.org is subscribed to the Paperboy daily digest")
                .contains("Unsubscribe: " + LINKS.unsubscribeUrl(), "Preferences: " + LINKS.preferencesUrl());
    }

    @Test
    void htmlIsEmailSafe() {
        String raw = renderer.render(twoPicks(), LINKS).html();
        Document html = Jsoup.parse(raw);
        assertThat(html.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(html.selectFirst("meta[charset]").attr("charset")).isEqualToIgnoringCase("utf-8");
        assertThat(html.select("script, img, link, style, iframe, form")).isEmpty();
        // the shared frame: a 600 px column, and Outlook's fixed-width table in its conditional comment
        assertThat(html.select("table[style*=max-width:600px]")).hasSize(1);
        assertThat(raw).contains("<!--[if mso]><table role=\"presentation\" width=\"600\"");
        assertThat(html.selectFirst("body > div").attr("style")).contains("display:none");
        assertThat(html.selectFirst("body > div").text()).contains("2 papers picked from 380 scanned");
    }

    @Test
    void textPartLinesFitInSeventyEightColumnsExceptUrls() {
        List<Paper> real = Editions.realPapers();
        List<Pick> picks = real.stream().map(p -> Editions.pick(p, 6, 6, "Long reason ".repeat(12), false)).toList();
        String text = renderer.render(Editions.edition(picks), new Links(
                "https://paperboy.example.org/unsubscribe/" + "a".repeat(80), "https://p.example.org/x")).text();
        assertThat(text.lines()).filteredOn(l -> l.codePointCount(0, l.length()) > 78)
                .isNotEmpty()
                .allSatisfy(l -> assertThat(l.strip()).startsWith("https://").doesNotContain(" "));
        assertThat(text).contains("https://paperboy.example.org/unsubscribe/" + "a".repeat(80));
    }

    @Test
    void realPapersRenderWithTheirLatexConverted() {
        List<Pick> picks = Editions.realPapers().stream().map(p -> Editions.pick(p, 6, 6, "r", false)).toList();
        RenderedIssue issue = renderer.render(Editions.edition(picks), LINKS);
        String htmlText = Jsoup.parse(issue.html()).text();
        for (String part : List.of(htmlText, flat(issue.text()))) {
            assertThat(part).doesNotContain("\\emph", "\\geq", "$(r")
                    .contains("Quantum Hierarchical Locally Recoverable Codes", "δ ≥ 2", "In review. 5 pages, 4 figures");
        }
        assertThat(htmlText).contains("et al. (14 authors)");
        // the HTML says "δ ≥ 2" in references: plain ASCII, read the same whatever charset a client assumes
        assertThat(issue.html().chars().filter(c -> c >= 0x80).count()).isZero();
        assertThat(issue.html()).contains("&#948; &#8805; 2");
    }

    @Test
    void linksMustBothBeGiven() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Links(" ", "https://x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unsubscribe");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Links("https://x", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("preferences");
    }

    /** The text part with its line breaks undone, for phrases that may wrap. */
    private static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
