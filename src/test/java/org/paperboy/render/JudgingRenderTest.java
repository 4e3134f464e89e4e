package org.paperboy.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paperboy.render.Editions.LINKS;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.paperboy.issue.DailyEdition;
import org.paperboy.paper.Paper;
import org.paperboy.score.Judging;

/** The LLM judge's token and cost table in the daily digest's header, as the reference deployment printed it. */
class JudgingRenderTest {

    private final DailyRenderer renderer = new DailyRenderer(Editions.templates());
    private static final Paper PAPER = Editions.paper("2603.05498v2", "Sparse Mixture-of-Experts at Scale",
            List.of("Grace Hopper"), List.of("cs.LG"), "We route tokens to experts.", "");

    static DailyEdition judged(Judging judging) {
        return Editions.edition(List.of(Editions.pick(PAPER, 8, 6, "Criterion 2 (MoE): new routing", false))).withJudging(judging);
    }

    @Test
    void bothPartsShowTheTokensAndCostOfThisIssueAndWhatCameFromTheCache() {
        RenderedIssue issue = renderer.render(judged(new Judging("gpt-5.4", 40, 32, 12, 3, 125187, 5514, 0.31, 0.08, true, false)), LINKS);
        assertThat(issue.text()).contains("| [gpt-5.4] | Prompt | Completion | Total |\n|---|---|---|---|\n"
                + "| Tokens | 125187 | 5514 | 130701 |\n| Cost | $0.31 | $0.08 | $0.39 |");
        Document html = Jsoup.parse(issue.html());
        List<String> cells = html.select("table th, table td").eachText();
        assertThat(String.join(" ", cells)).contains("[gpt-5.4] Prompt Completion Total Tokens 125187 5514 130701 Cost $0.31 $0.08 $0.39");
        for (String part : List.of(html.text(), issue.text().replaceAll("\\s+", " "))) {
            assertThat(part).contains("The model judged 32 of the 40 papers the offline scorer ranked highest for you; 12 of"
                    + " those answers were stored from an earlier issue with the same interests and cost nothing now."
                    + " Tokens and cost are this issue's own requests (3 requests).");
            assertThat(part).doesNotContain("budget");
        }
    }

    @Test
    void withoutPricesTheCostIsLeftOutRatherThanShownAsNothing() {
        RenderedIssue issue = renderer.render(judged(new Judging("llama3", 10, 10, 0, 2, 4000, 600, 0, 0, false, false)), LINKS);
        assertThat(issue.text()).contains("| Tokens | 4000 | 600 | 4600 |").doesNotContain("| Cost", "$");
        assertThat(Jsoup.parse(issue.html()).text()).contains("Tokens 4000 600 4600").doesNotContain("Cost", "$");
    }

    @Test
    void anIssueServedFromTheCacheSaysItSpentNoTokens() {
        RenderedIssue issue = renderer.render(judged(new Judging("gpt-5.4", 40, 35, 35, 0, 0, 0, 0, 0, true, false)), LINKS);
        assertThat(issue.text()).contains("| Tokens | 0 | 0 | 0 |", "| Cost | $0.00 | $0.00 | $0.00 |");
        assertThat(issue.text().replaceAll("\\s+", " ")).contains("every one of those answers was stored from an earlier"
                + " issue with the same interests, so this issue spent no tokens.");
    }

    @Test
    void aSpentBudgetIsSaidWithoutAnEmptyTable() {
        RenderedIssue issue = renderer.render(judged(new Judging("gpt-5.4", 40, 0, 0, 0, 0, 0, 0, 0, true, true)), LINKS);
        for (String part : List.of(Jsoup.parse(issue.html()).text(), issue.text().replaceAll("\\s+", " "))) {
            assertThat(part).contains("Today's LLM budget is spent: papers the model has not judged keep the offline scores.")
                    .doesNotContain("Prompt", "Completion", "[gpt-5.4]");
        }
    }

    @Test
    void noJudgeNoTable() {
        RenderedIssue issue = renderer.render(judged(Judging.NONE), LINKS);
        for (String part : List.of(issue.html(), issue.text())) {
            assertThat(part).doesNotContain("Prompt", "Completion", "Tokens", "budget", "The model judged");
        }
    }

    @Test
    void smallCostsKeepTheirDigits() {
        assertThat(JudgingModel.usd(0)).isEqualTo("$0.00");
        assertThat(JudgingModel.usd(0.0042)).isEqualTo("$0.0042");
        assertThat(JudgingModel.usd(0.4)).isEqualTo("$0.40");
        assertThat(JudgingModel.usd(12.345)).isEqualTo("$12.35");
    }
}
