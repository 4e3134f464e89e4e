package org.paperboy.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.paperboy.issue.DailyEdition;
import org.paperboy.issue.Pick;
import org.paperboy.paper.Paper;
import org.paperboy.subscriber.Abstracts;
import org.paperboy.subscriber.Profile;
import org.paperboy.subscriber.Status;
import org.paperboy.subscriber.Subscriber;

/** The TL;DR under each title, the abstract as the reader chose it, and the size of the mail. */
class DailyAbstractsTest {

    private static final DailyRenderer RENDERER = new DailyRenderer(Editions.templates());
    /** A reader's real links: feedback and the browser view, as a digest run makes them. */
    private static final Links READER = new Links("https://papers.example.org/unsubscribe/AAAAAAAAAAHueAYHaaSMaS82qNH4YSl-RKtfETvV",
            "https://papers.example.org/preferences/AAAAAAAAAAHueAYHaaSMaS82qNH4YSl-RKtfETvV",
            "https://papers.example.org/feedback/AAAAAAAAAAHueAYHaaSMaS82qNH4YSl-RKtfETvV-sFMqJGk4iwdXw/",
            "https://papers.example.org/view/AAAAAAAAAAHueAYHaaSMaS82qNH4YSl-RKtfETvV/daily/2026-06-12");
    private static final String REASON = "Model compression and efficiency: token-wise low-rank KV-cache compression"
            + " (you follow \"sparsity, pruning, quantization, low-rank approaches, cache\")";

    static DailyEdition edition(List<Paper> papers, Abstracts abstracts) {
        Profile profile = new Profile(List.of(), List.of(), List.of(), List.of(), List.of(), 30, 7, null, null, abstracts);
        Subscriber reader = new Subscriber(1, "ada@example.org", "Ada Lovelace", Status.ACTIVE, profile);
        List<Pick> picks = papers.stream().map(p -> Editions.pick(p, 8, 6, REASON, false)).toList();
        return new DailyEdition(reader, Editions.DAY, List.of(Editions.DAY), List.of(), 570, 540, picks);
    }

    static Paper resum() {
        return Editions.samplePapers().stream().filter(p -> p.id().base().equals("2606.13316")).findFirst().orElseThrow();
    }

    @Test
    void eachPaperSaysWhatItDoesAndFindsUnderItsTitleAndTheScalesAreExplainedOnce() {
        RenderedIssue issue = RENDERER.render(edition(List.of(resum()), Abstracts.SHORT), READER);
        Document html = Jsoup.parse(issue.html());
        String tldr = "The authors propose ReSum, a novel RLVR framework that enables LLMs to compress and organize their reasoning"
                + " trajectories through self-summarization.";
        assertThat(html.select("td#paper-1 h3 + p").text()).startsWith("TL;DR: " + tldr).contains("reducing rollout length by 18.6%");
        assertThat(html.select("td#paper-1 h3 + p + p").text()).startsWith("Why: Model compression and efficiency:");
        assertThat(flat(issue.text())).contains("TL;DR: " + tldr).contains(DailyModel.LEGEND);
        assertThat(html.text()).containsOnlyOnce(DailyModel.LEGEND);
    }

    @Test
    void shortAbstractsShowTheStartOfTheRestAndLinkToTheWholeOneInTheBrowserView() {
        RenderedIssue issue = RENDERER.render(edition(List.of(resum()), Abstracts.SHORT), READER);
        Document html = Jsoup.parse(issue.html());
        assertThat(html.select("a:contains(Whole abstract)").attr("href")).isEqualTo(READER.viewUrl() + "#paper-1");
        String text = flat(issue.text());
        assertThat(text).contains("Reinforcement Learning with Verifiable Rewards (RLVR) is a central technique")
                .contains("Whole abstract: " + READER.viewUrl() + "#paper-1")
                .doesNotContain("We further design a summarization-aware advantage");
        RenderedIssue preview = RENDERER.render(edition(List.of(resum()), Abstracts.SHORT), Editions.LINKS);
        assertThat(Jsoup.parse(preview.html()).select("a:contains(Whole abstract)").attr("href"))
                .isEqualTo("https://arxiv.org/abs/2606.13316");
    }

    @Test
    void fullAbstractsShowItAllAndNoneShowsTheTldrAlone() {
        String full = flat(RENDERER.render(edition(List.of(resum()), Abstracts.FULL), READER).text());
        assertThat(full).contains("We further design a summarization-aware advantage").doesNotContain("Whole abstract");
        String none = flat(RENDERER.render(edition(List.of(resum()), Abstracts.NONE), READER).text());
        assertThat(none).contains("TL;DR: The authors propose ReSum").doesNotContain("Whole abstract")
                .doesNotContain("Reinforcement Learning with Verifiable Rewards (RLVR) is a central technique");
    }

    @Test
    void thirtyPapersWithTheLongestAbstractsStayUnderEightyKilobytesOfHtml() {
        List<Paper> longest = Editions.samplePapers().stream()
                .sorted(Comparator.comparingInt((Paper p) -> -p.abstractText().length() - p.title().length() - p.comment().length()))
                .limit(30).toList();
        DailyEdition edition = edition(longest, Abstracts.SHORT);
        for (DailyRun run : List.of(RENDERER.forRun())) {
            int bytes = run.render(edition, READER).html().getBytes(StandardCharsets.UTF_8).length;
            assertThat(bytes).as("HTML part of 30 papers, short abstracts").isLessThan(80 * 1024);
        }
        int straight = RENDERER.render(edition, READER).html().getBytes(StandardCharsets.UTF_8).length;
        assertThat(straight).isLessThan(80 * 1024);
    }

    @Test
    void aMailClippedForItsLengthStillShowsHowToLeaveAtTheTop() {
        List<Paper> longest = Editions.samplePapers().stream()
                .sorted(Comparator.comparingInt((Paper p) -> -p.abstractText().length())).limit(30).toList();
        String html = RENDERER.render(edition(longest, Abstracts.FULL), READER).html();
        int clipped = 102 * 1000; // where Gmail cuts a mail off
        assertThat(html.length()).isGreaterThan(clipped);
        assertThat(html.substring(0, 8000)).contains("href=\"" + READER.unsubscribeUrl() + "\"", "href=\"" + READER.preferencesUrl() + "\"");
    }

    private static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
