package org.paperboy.issue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperboy.paper.AnnounceType;
import org.paperboy.paper.ArxivId;
import org.paperboy.paper.Paper;

class TakeawayTest {

    @Test
    void aBreakthroughIsCalledByTheNameItsTitleGivesNotByABenchmarkItsAbstractAddsOnTheSide() {
        // arXiv 2602.23152 (2026-W09): the takeaway called it "CoW-Bench"
        Paper trinity = new Paper(ArxivId.parse("2602.23152"),
                "The Trinity of Consistency as a Defining Principle for General World Models", List.of("J. Wei"),
                List.of("cs.AI"), "The authors propose that a World Model must be grounded in the Trinity of Consistency."
                + " We introduce CoW-Bench, a benchmark centered on multi-frame reasoning and generation scenarios.", "",
                LocalDate.of(2026, 2, 27), AnnounceType.NEW);
        assertThat(Takeaway.label(trinity)).isEqualTo("“The Trinity of Consistency as a Defining Principle for General World Models”");
        Paper named = new Paper(ArxivId.parse("2602.22718"),
                "RLHFless: Serverless Computing for Efficient RLHF", List.of("R. Wei"), List.of("cs.LG"),
                "We present RLHFless, the first scalable training framework for synchronous RLHF.", "",
                LocalDate.of(2026, 2, 26), AnnounceType.NEW);
        assertThat(Takeaway.label(named)).isEqualTo("RLHFless");
    }

    @Test
    void theHeadlineIsWhatABreakthroughFoundInItsOwnClauseNamedOrNumbered() {
        // the evidence of 2026-W09's breakthroughs 1 and 3 (arXiv 2602.20624, 2602.22718)
        String physics = "Across two architecturally distinct MLLMs, the authors show that multimodal inputs can reinforce modality"
                + " dominance rather than mitigate it, as revealed by structured error-attractor patterns under systematic label"
                + " perturbation, complemented by dynamical analysis.";
        String rlhfless = "Experiments on both physical testbeds and a large-scale simulated cluster show that RLHFless achieves up"
                + " to 1.35x speedup and 44.8% cost reduction compared to the state-of-the-art baseline.";
        assertThat(Takeaway.finding(physics)).isEqualTo("multimodal inputs can reinforce modality dominance rather than mitigate it");
        assertThat(Takeaway.finding("Results show that it outperforms all baselines on the four benchmarks.")).as("who is it?").isEmpty();
        assertThat(Takeaway.finding("The authors propose a benchmark of 500 tasks.")).as("no finding").isEmpty();

        Paper first = new Paper(ArxivId.parse("2602.20624"), "Physics-based phenomenological characterization of cross-modal bias in"
                + " multimodal models", List.of("H. Kim"), List.of("cs.CL"), "The authors develop a surrogate model.", "",
                LocalDate.of(2026, 2, 24), AnnounceType.NEW);
        Paper third = new Paper(ArxivId.parse("2602.22718"), "RLHFless: Serverless Computing for Efficient RLHF", List.of("R. Wei"),
                List.of("cs.LG"), "We present RLHFless, the first scalable training framework for synchronous RLHF.", "",
                LocalDate.of(2026, 2, 26), AnnounceType.NEW);
        assertThat(Takeaway.headline(List.of(breakthrough(first, physics), breakthrough(third, rlhfless))))
                .isEqualTo("The week's headline: multimodal inputs can reinforce modality dominance rather than mitigate it"
                        + " (breakthrough 1).");
        assertThat(Takeaway.headline(List.of(breakthrough(first, "Results show that it outperforms all baselines."),
                breakthrough(third, rlhfless)))).isEqualTo("The week's headline: RLHFless achieves up to 1.35x speedup and 44.8% cost"
                        + " reduction compared to the state-of-the-art baseline.");
    }

    @Test
    void aBreakthroughTheHeadlineCalledByItsNumberIsNotCalledByItAgain() {
        // 2026-W09 read "... (breakthrough 1). Reinforcement learning was the week's largest direction (18 papers), and
        // breakthrough RLHFless belongs to it; the others are breakthrough 1 on cross-modal bias and breakthrough 2."
        Paper first = new Paper(ArxivId.parse("2602.20624"), "Physics-based phenomenological characterization of cross-modal bias in"
                + " multimodal models", List.of("H. Kim"), List.of("cs.CL"), "The authors develop a surrogate model.", "",
                LocalDate.of(2026, 2, 24), AnnounceType.NEW);
        Paper second = new Paper(ArxivId.parse("2602.21001"), "Scaling laws for sparse attention in long-context language models",
                List.of("A. Lee"), List.of("cs.CL"), "The authors fit scaling laws.", "", LocalDate.of(2026, 2, 25), AnnounceType.NEW);
        Paper third = new Paper(ArxivId.parse("2602.22718"), "RLHFless: Serverless Computing for Efficient RLHF", List.of("R. Wei"),
                List.of("cs.LG"), "We present RLHFless, the first scalable training framework for synchronous RLHF.", "",
                LocalDate.of(2026, 2, 26), AnnounceType.NEW);
        String physics = "Across two architecturally distinct MLLMs, the authors show that multimodal inputs can reinforce modality"
                + " dominance rather than mitigate it, as revealed by structured error-attractor patterns.";
        Trends.Group rl = new Trends.Group("reinforcement learning", List.of(third), "", new Trends.Growth("", 18, 1052, 0, 0));
        org.paperboy.subscriber.Profile field = new org.paperboy.subscriber.Profile(List.of(), List.of(), List.of(), List.of(),
                List.of(), 30, 7, null, null, org.paperboy.subscriber.Abstracts.SHORT);
        List<Paper> week = List.of(first, second, third);
        String takeaway = Takeaway.of(List.of(breakthrough(first, physics), breakthrough(second, "The fits hold."),
                breakthrough(third, "RLHFless is fast.")), List.of(rl), new Audience(field, "LLMs", List.of(rl), week, week));

        assertThat(takeaway).startsWith("The week's headline: multimodal inputs can reinforce modality dominance rather than mitigate"
                + " it (breakthrough 1). The week's largest direction was reinforcement learning (")
                .endsWith(", RLHFless among them; the other two are the headline's paper and breakthrough 2.")
                .containsOnlyOnce("breakthrough 1");
    }

    @Test
    void aBreakthroughWithoutADirectionOfItsOwnDoesNotEndTheList() {
        // the demo's grace, 2026-W24, read "... come from elsewhere: MaskAlign on diffusion transformers, AsyncPatch Diffusion on
        // image generation and PTL-Diffusion."
        Paper ptl = paper("2606.09816", "PTL-Diffusion: Manifold-Aware Diffusion with Periodic Terminal Laws");
        Paper mask = paper("2606.08788", "MaskAlign: Token-Subset Representation Alignment for Efficient Diffusion Transformers");
        Paper async = paper("2606.07079", "AsyncPatch: spatially-flexible image generation");
        List<Paper> week = new java.util.ArrayList<>(List.of(ptl, mask, async));
        for (int i = 0; i < 4; i++) { // other papers of the week on the directions the breakthroughs' titles name
            week.add(paper("2606.0100" + i, (i < 2 ? "Scaling diffusion transformers" : "Fast image generation") + " in round " + i));
        }
        Trends.Group editing = new Trends.Group("image editing", week.subList(3, 6), "", new Trends.Growth("", 11, 900, 0, 0));
        org.paperboy.subscriber.Profile field = new org.paperboy.subscriber.Profile(List.of(), List.of(), List.of(), List.of(),
                List.of(), 30, 7, null, null, org.paperboy.subscriber.Abstracts.SHORT);
        String takeaway = Takeaway.of(List.of(breakthrough(mask, "It fits."), breakthrough(async, "It fits."),
                breakthrough(ptl, "It fits.")), List.of(editing), new Audience(field, "Vision", List.of(editing), week, week));
        // and the breakthroughs are said not to be among the direction's papers, not to "come from elsewhere" (the 8-14 January
        // issue's, all on multimodal LLMs, read as if they were not on vision-language models)
        assertThat(takeaway).endsWith("none of them a breakthrough: the week's breakthroughs are PTL-Diffusion, MaskAlign on"
                + " diffusion transformers and AsyncPatch on image generation.");
    }

    private static Paper paper(String id, String title) {
        String name = title.contains(":") ? title.substring(0, title.indexOf(':')) : "a method";
        return new Paper(ArxivId.parse(id), title, List.of("A. Author"), List.of("cs.CV"), "We propose " + name + ", which works.", "",
                LocalDate.of(2026, 6, 9), AnnounceType.NEW);
    }

    private static WeeklyEdition.Breakthrough breakthrough(Paper paper, String evidence) {
        return new WeeklyEdition.Breakthrough(new Pick(paper, new org.paperboy.score.Score(paper.id(), 9, 9, "", false, 1.0)), "",
                List.of(), List.of(evidence), "");
    }

    @Test
    void aBreakthroughWhoseTitleNamesItsDirectionIsNotSaidToBeOnItAgain() {
        // 2026-W09: "“Physics-based phenomenological characterization of cross-modal bias in multimodal models” on cross-modal bias"
        String physics = "“Physics-based phenomenological characterization of cross-modal bias in multimodal models”";
        assertThat(Takeaway.onDirection(physics, "cross-modal bias")).isEqualTo(physics);
        assertThat(Takeaway.onDirection("Forge-and-Quench", "multimodal understanding"))
                .isEqualTo("Forge-and-Quench on multimodal understanding");
    }
}
