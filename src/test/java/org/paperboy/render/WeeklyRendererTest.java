package org.paperboy.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.paperboy.issue.Pick;
import org.paperboy.issue.WeeklyEdition;
import org.paperboy.paper.AnnounceType;
import org.paperboy.paper.ArxivId;
import org.paperboy.paper.Paper;
import org.paperboy.score.Score;

class WeeklyRendererTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 6, 8);
    static final Links LINKS = new Links("https://p.example.org/unsubscribe/t", "https://p.example.org/preferences/t");
    static final WeeklyRenderer RENDERER = new WeeklyRenderer(new Templates(Path.of("templates")));

    static Paper bare(String id) {
        return new Paper(ArxivId.parse(id), "", List.of(), List.of(), "", "", MONDAY, AnnounceType.NEW);
    }

    static Paper full(String id) {
        return new Paper(ArxivId.parse(id), "<b>Bold</b> $\\alpha$-scaling", List.of("Ada Lovelace"), List.of("cs.CL"),
                "We propose X. X improves accuracy by 5%.", "", MONDAY, AnnounceType.NEW);
    }

    static Pick pick(Paper p) {
        return new Pick(p, new Score(p.id(), 8, 7, "", false, 1));
    }

    /** Every combination of present and missing parts: none may print a placeholder or an empty heading. */
    @Test
    void noCombinationOfMissingPartsPrintsAPlaceholderOrAnEmptyHeading() {
        for (int mask = 0; mask < 64; mask++) {
            boolean breakthroughs = (mask & 1) != 0;
            boolean trends = (mask & 2) != 0;
            boolean notable = (mask & 4) != 0;
            boolean mentions = (mask & 8) != 0;
            boolean bareFields = (mask & 16) != 0;
            boolean prose = (mask & 32) != 0;
            List<WeeklyEdition.Breakthrough> b = new ArrayList<>();
            if (breakthroughs) {
                Paper p = bareFields ? bare("2606.00001") : full("2606.00001");
                b.add(new WeeklyEdition.Breakthrough(pick(p), prose ? "We propose X." : "", prose ? List.of("X uses Y.") : List.of(),
                        prose ? List.of("X improves accuracy by 5%.") : List.of(), prose ? "X enables Z." : ""));
            }
            WeeklyEdition e = new WeeklyEdition("LLMs", "2026-W24", MONDAY, MONDAY.plusDays(6), 10, 4,
                    "10 papers analyzed.", prose ? "Takeaway." : "", b,
                    trends ? List.of(new WeeklyEdition.Trend("video, memory", List.of(bareFields ? bare("2606.00002") : full("2606.00002")))) : List.of(),
                    notable ? List.of(new WeeklyEdition.Notable(pick(bareFields ? bare("2606.00003") : full("2606.00003")), prose ? "Line." : "")) : List.of(),
                    mentions ? List.of(bareFields ? bare("2606.00004") : full("2606.00004")) : List.of());
            RenderedIssue r = RENDERER.render(e, "ada@example.org", LINKS);
            String html = Jsoup.parse(r.html()).text();
            for (String part : List.of(r.text(), html, r.subject())) {
                assertThat(part).as("mask %d", mask).doesNotContain("null", "undefined", "[object Object]", "()", "— ");
            }
            assertThat(r.text().contains("BREAKTHROUGHS")).as("mask %d", mask).isEqualTo(breakthroughs);
            assertThat(r.text().contains("TRENDS")).isEqualTo(trends);
            assertThat(r.text().contains("NOTABLE PAPERS")).isEqualTo(notable);
            assertThat(r.text().contains("HONORABLE MENTIONS")).isEqualTo(mentions);
            assertThat(r.text().contains("KEY TAKEAWAY")).isEqualTo(prose);
            assertThat(r.text().contains("Why novel")).isEqualTo(breakthroughs && prose);
            assertThat(r.text().contains("Evidence")).isEqualTo(breakthroughs && prose);
            assertThat(html.contains("Key innovations")).isEqualTo(breakthroughs && prose);
        }
    }

    @Test
    void showsHeadingLinksAndEscapesHtmlInTitles() {
        Paper p = full("2606.00001");
        WeeklyEdition e = new WeeklyEdition("LLM & Foundation Models", "2026-W24", MONDAY, MONDAY.plusDays(6), 212, 40,
                "212 papers analyzed.", "Takeaway.", List.of(new WeeklyEdition.Breakthrough(pick(p), "We propose X.",
                List.of(), List.of("X improves accuracy by 5%."), "")), List.of(), List.of(), List.of());
        RenderedIssue r = RENDERER.render(e, "ada@example.org", LINKS);
        assertThat(r.subject()).isEqualTo("LLM & Foundation Models: 2026 Week 24 · 1 breakthrough");
        assertThat(r.text()).contains("Jun 8 – Jun 14, 2026 · 212 papers analyzed · 1 breakthrough")
                .contains("https://arxiv.org/abs/2606.00001").contains("<b>Bold</b> α-scaling")
                .contains("  - X improves accuracy by 5%.").contains(LINKS.unsubscribeUrl());
        assertThat(Jsoup.parse(r.html()).select("b")).isEmpty();
        assertThat(r.html()).contains("&lt;b&gt;Bold&lt;/b&gt;").contains("href=\"https://arxiv.org/pdf/2606.00001\"");
    }

    @Test
    void theBreakthroughsSayWhatTheirScoresMeanAndSevenDaysFromAThursdayAreNotCalledAnIsoWeek() {
        // the 8-14 January 2026 window of the reference issue was headed "2026 Week 02", and the scores went unexplained
        LocalDate thursday = LocalDate.of(2026, 1, 8);
        Paper p = full("2601.00001");
        WeeklyEdition e = new WeeklyEdition("LLM & Foundation Models", "2026-W02", thursday, thursday.plusDays(6), 872, 423,
                "872 papers analyzed.", "", List.of(new WeeklyEdition.Breakthrough(pick(p), "We propose X.", List.of(), List.of(), "")),
                List.of(), List.of(), List.of());
        RenderedIssue r = RENDERER.render(e, "ada@example.org", LINKS);
        assertThat(r.subject()).isEqualTo("LLM & Foundation Models: Week of Jan 8, 2026 · 1 breakthrough");
        assertThat(r.text()).startsWith("LLM & Foundation Models: Week of Jan 8, 2026\n")
                .contains("BREAKTHROUGHS (1)\nScores are 1-10: relevance, how closely a paper fits this issue's topic;");
        org.jsoup.nodes.Element meta = Jsoup.parse(r.html()).selectFirst("p:contains(arXiv:2601.00001)");
        assertThat(meta.html()).as("the scores on a line of their own: no separator left at a line's end")
                .containsPattern("PDF</a>\\s*<br>\\s*Relevance");
        assertThat(Jsoup.parse(r.html()).text()).contains("Scores are 1-10");
    }

    @Test
    void theTopFindingsAreAListWhoseIdsLinkToThePapers() {
        // at 375 px the summary's "Top findings: (1) ...; (2) ...; (3) ..." was a wall of eleven lines
        Paper p = full("2602.22718");
        WeeklyEdition e = new WeeklyEdition("LLM & Foundation Models", "2026-W09", MONDAY, MONDAY.plusDays(6), 1052, 480,
                "1052 papers analyzed (2026-02-23 to 2026-03-01), 480 of them on topic: 2 breakthroughs, 8 notable. Top findings:"
                        + " (1) 2602.20624 (Kim et al.): Physics-based characterization of cross-modal bias; (2) 2602.22718 (Wei et"
                        + " al.): RLHFless achieves up to 1.35x speedup.", "",
                List.of(new WeeklyEdition.Breakthrough(pick(p), "We propose X.", List.of(), List.of(), "")), List.of(), List.of(),
                List.of());
        RenderedIssue r = RENDERER.render(e, "ada@example.org", LINKS);
        assertThat(r.text()).contains("8 notable.\nTop findings:\n"
                + "  1. 2602.20624 (Kim et al.): Physics-based characterization of cross-modal\n     bias\n"
                + "  2. 2602.22718 (Wei et al.): RLHFless achieves up to 1.35x speedup\n");
        org.jsoup.select.Elements items = Jsoup.parse(r.html()).select("ol li");
        assertThat(items).hasSize(2);
        assertThat(items.get(1).selectFirst("a").attr("href")).isEqualTo("https://arxiv.org/abs/2602.22718");
        assertThat(items.get(1).text()).isEqualTo("2602.22718 (Wei et al.): RLHFless achieves up to 1.35x speedup");
        // a model's summary in another form is shown as it wrote it
        WeeklyEdition written = new WeeklyEdition("LLMs", "2026-W09", MONDAY, MONDAY.plusDays(6), 10, 4, "A strong week for RL.", "",
                List.of(), List.of(), List.of(), List.of());
        assertThat(RENDERER.render(written, "ada@example.org", LINKS).text()).contains("SUMMARY\nA strong week for RL.\n")
                .doesNotContain("Top findings");
    }

    @Test
    void aTrendSaysWhereTheIssueFeaturesThePapersItListsThatHaveASectionOfTheirOwn() {
        Paper breakthrough = full("2606.00001");
        Paper notable = full("2606.00002");
        Paper mention = full("2606.00003");
        Paper onlyInTheTrend = full("2606.00004");
        WeeklyEdition e = new WeeklyEdition("LLMs", "2026-W24", MONDAY, MONDAY.plusDays(6), 10, 4, "10 papers analyzed.", "",
                List.of(new WeeklyEdition.Breakthrough(pick(breakthrough), "", List.of(), List.of(), "")),
                List.of(new WeeklyEdition.Trend("test-time scaling", List.of(breakthrough, notable, mention, onlyInTheTrend))),
                List.of(new WeeklyEdition.Notable(pick(notable), "")), List.of(mention));
        RenderedIssue r = RENDERER.render(e, "ada@example.org", LINKS);
        assertThat(r.text()).contains("(arXiv:2606.00001; breakthrough 1 above)").contains("(arXiv:2606.00002; notable paper 1 below)")
                .contains("(arXiv:2606.00003; honorable mention below)").contains("(arXiv:2606.00004)");
        assertThat(Jsoup.parse(r.html()).text()).contains("α-scaling (breakthrough 1 above)");
        // a mention is its title and its link, the number said once
        String mentions = r.text().substring(r.text().indexOf("HONORABLE MENTIONS"));
        assertThat(mentions.split("2606\\.00003", -1)).as("times the mention's number is written").hasSize(2);
    }
}
