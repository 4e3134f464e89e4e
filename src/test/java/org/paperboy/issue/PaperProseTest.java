package org.paperboy.issue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperboy.paper.AnnounceType;
import org.paperboy.paper.ArxivId;
import org.paperboy.paper.Paper;

/** One breakthrough's parts, on a real abstract (arXiv 2601.04254, 8-14 January 2026). */
class PaperProseTest {

    static final Paper SCALING_TRENDS = new Paper(ArxivId.parse("2601.04254"),
            "Scaling Trends for Multi-Hop Contextual Reasoning in Mid-Scale Language Models", List.of("Brady Steele", "Micah Katz"),
            List.of("cs.AI", "cs.LG"), "We present a controlled study of multi-hop contextual reasoning in large language models, providing a clean"
            + " demonstration of the task-method dissociation: rule-based pattern matching achieves 100% success on structured information"
            + " retrieval but only 6.7% on tasks requiring cross-document reasoning, while LLM-based multi-agent systems show the inverse"
            + " pattern, achieving up to 80% on reasoning tasks where rule-based methods fail. Using a synthetic evaluation framework with"
            + " 120 trials across four models (LLaMA-3 8B, LLaMA-2 13B, Mixtral 8x7B, DeepSeek-V2 16B), we report three key findings:"
            + " (1) Multi-agent amplification depends on base capability: statistically significant gains occur only for models with"
            + " sufficient reasoning ability (p < 0.001 for LLaMA-3 8B, p = 0.014 for Mixtral), with improvements of up to 46.7 percentage"
            + " points, while weaker models show no benefit, suggesting amplification rather than compensation; (2) Active parameters"
            + " predict reasoning performance: Mixtral's performance aligns with its ~12B active parameters rather than 47B total,"
            + " consistent with the hypothesis that inference-time compute drives reasoning capability in MoE architectures; (3)"
            + " Architecture quality matters: LLaMA-3 8B outperforms LLaMA-2 13B despite fewer parameters, consistent with known training"
            + " improvements. Our results provide controlled quantitative evidence for intuitions about multi-agent coordination and MoE"
            + " scaling, while highlighting the dependence of multi-agent benefits on base model capability. We release our evaluation"
            + " framework to support reproducible research on reasoning in mid-scale models.", "18 pages, 6 figures, 8 tables",
            LocalDate.of(2026, 1, 8), AnnounceType.NEW);

    @Test
    void aDecimalAfterALowerCaseWordIsAFigureAndAClosingConclusionIsTheImpact() {
        // arXiv 2601.08292 (KidVis, 8-14 January 2026): "a score of 95.32" was not read as a figure, so the evidence was
        // the sentence that only says an evaluation found "a stark performance disparity"
        Paper kidVis = paper("2601.08292", "KidVis: Do Multimodal Large Language Models Possess the Visual Perceptual Capabilities"
                + " of a 6-Year-Old?", "While Multimodal Large Language Models (MLLMs) have demonstrated impressive proficiency in "
                + "high-level reasoning tasks, such as complex diagrammatic interpretation, it remains an open question "
                + "whether they possess the fundamental visual primitives comparable to human intuition. To investigate "
                + "this, we introduce KidVis, a novel benchmark grounded in the theory of human visual development. "
                + "KidVis deconstructs visual intelligence into six atomic capabilities - Concentration, Tracking, "
                + "Discrimination, Memory, Spatial, and Closure - already possessed by 6-7 year old children, "
                + "comprising 10 categories of low-semantic-dependent visual tasks. Evaluating 20 state-of-the-art "
                + "MLLMs against a human physiological baseline reveals a stark performance disparity. Results indicate "
                + "that while human children achieve a near-perfect average score of 95.32, the state-of-the-art GPT-5 "
                + "attains only 67.33. Crucially, we observe a \"Scaling Law Paradox\": simply increasing model "
                + "parameters fails to yield linear improvements in these foundational visual capabilities. This study "
                + "confirms that current MLLMs, despite their reasoning prowess, lack the essential physiological "
                + "perceptual primitives required for generalized visual intelligence.");
        PaperProse.Parts parts = new PaperProse().breakthrough(kidVis, "multimodal models");
        assertThat(parts.evidence().get(0)).isEqualTo("Results indicate that"
                + " while human children achieve a near-perfect average score of 95.32, the state-of-the-art GPT-5 attains only 67.33.");
        // its impact is what its closing sentence concludes, not "KidVis matters most to researchers working on ..."
        assertThat(parts.impact()).isEqualTo("The paper confirms that current MLLMs, despite their reasoning prowess, lack the"
                + " essential physiological perceptual primitives required for generalized visual intelligence.");
        assertThat(Sentences.evidence("Llama 3.1 and Qwen 2.5 are the base models.")).as("versions are no figures").isZero();
    }

    @Test
    void noPartIsAParagraphHoweverManyFiguresItLists() {
        PaperProse.Parts parts = new PaperProse().breakthrough(SCALING_TRENDS, "multi-agent systems");
        List<String> all = new ArrayList<>(parts.innovations());
        all.addAll(parts.evidence());
        all.add(parts.whyNovel());
        all.add(parts.impact());
        assertThat(all).allSatisfy(s -> assertThat(Standalone.words(s)).as(s).isLessThanOrEqualTo(100));
        assertThat(parts.whyNovel()).contains("6.7%");
    }

    static Paper paper(String id, String title, String abstractText) {
        return new Paper(ArxivId.parse(id), title, List.of("A. Author"), List.of("cs.CL"), abstractText, "", LocalDate.of(2026, 1, 8),
                AnnounceType.NEW);
    }

    @Test
    void anImpactTheAbstractDoesNotStateIsWhatIsAtStakeInItsProblem() {
        // arXiv 2601.03416 (8-14 January 2026): no sentence says what the attack enables; the impact read "GAMBIT matters
        // most to researchers working on chain-of-thought"
        Paper gambit = paper("2601.03416", "GAMBIT: A Gamified Jailbreak Framework for Multimodal Large Language Models",
                "Multimodal Large Language Models (MLLMs) have become widely deployed, yet their safety alignment remains fragile"
                + " under adversarial inputs. Previous work has shown that increasing inference steps can disrupt safety mechanisms"
                + " and lead MLLMs to generate attacker-desired harmful content. However, most existing attacks focus on increasing"
                + " the complexity of the modified visual task itself and do not explicitly leverage the model's own reasoning"
                + " incentives. To validate this idea, we propose GAMBIT, a novel multimodal jailbreak framework that decomposes and"
                + " reassembles harmful visual semantics, then constructs a gamified scene that drives the model to explore,"
                + " reconstruct intent, and answer as part of winning the game. Extensive experiments on popular reasoning and"
                + " non-reasoning MLLMs demonstrate that GAMBIT achieves high Attack Success Rates (ASR), reaching 92.13% on Gemini"
                + " 2.5 Flash, 91.20% on QvQ-MAX, and 85.87% on GPT-4o, significantly outperforming baselines.");
        PaperProse.Parts parts = new PaperProse().breakthrough(gambit, "chain-of-thought");
        assertThat(parts.impact()).isEqualTo("GAMBIT takes on a problem its authors state: Multimodal Large Language Models (MLLMs) have become widely deployed, yet"
                + " their safety alignment remains fragile under adversarial inputs.");
        assertThat(parts.whyNovel()).doesNotContain("widely deployed");
        // arXiv 2602.22718 (2026-W09): a cost the problem carries, not the background that RLHF is widely used
        Paper rlhfless = paper("2602.22718", "RLHFless: Serverless Computing for Efficient RLHF", "Reinforcement Learning from Human"
                + " Feedback (RLHF) has been widely applied to Large Language Model (LLM) post-training to align model outputs with"
                + " human preferences. Recent models, such as DeepSeek-R1, have also shown RLHF's potential to improve LLM reasoning"
                + " on complex tasks. In RL, inference and training co-exist, creating dynamic resource demands throughout the"
                + " workflow. Compared to traditional RL, RLHF further challenges training efficiency due to expanding model sizes and"
                + " resource consumption. Several RLHF frameworks aim to balance flexible abstraction and efficient execution."
                + " However, they rely on serverful infrastructures, which struggle with fine-grained resource variability. As a"
                + " result, during synchronous RLHF training, idle time between or within RL components often causes overhead and"
                + " resource wastage. To address these issues, we present RLHFless, the first scalable training framework for"
                + " synchronous RLHF, built on serverless computing environments. Experiments on both physical testbeds and a"
                + " large-scale simulated cluster show that RLHFless achieves up to 1.35x speedup and 44.8% cost reduction compared"
                + " to the state-of-the-art baseline.");
        assertThat(new PaperProse().breakthrough(rlhfless, "reinforcement learning").impact()).isEqualTo("RLHFless takes on a problem its"
                + " authors state: Compared to"
                + " traditional RL, RLHF further challenges training efficiency due to expanding model sizes and resource consumption.");
    }

    @Test
    void anInnovationIsNeitherTheProblemNorAResult() {
        // AsyncPatch Diffusion (sample week): its innovations were "A key challenge is training: ..." and "AsyncPatch achieves
        // generation quality comparable to conventional diffusion on ImageNet 256 and LSUN, ...", and its evidence a method
        Paper asyncPatch = StandaloneTest.SAMPLES.get("2606.07079");
        PaperProse.Parts parts = new PaperProse().breakthrough(asyncPatch, "image generation");
        assertThat(parts.innovations()).isNotEmpty().noneMatch(s -> s.contains("key challenge")).noneMatch(s -> s.contains("achieves"));
        assertThat(parts.evidence()).anyMatch(s -> s.startsWith("AsyncPatch achieves generation quality comparable to conventional"
                + " diffusion on ImageNet 256 and LSUN"));
        // what its closing sentence shows it doing besides is what it opens up: the impact read "AsyncPatch Diffusion matters
        // most to researchers working on image generation" (the demo's grace, 2026-W24)
        assertThat(parts.impact()).isEqualTo("The authors demonstrate adaptive generation strategies including uncertainty-guided"
                + " acceleration and autoregressive sampling.");
    }

    @Test
    void aSurveysLineIsWhatItReviewsNotTheListOfItsSectionsNorItsBackground() {
        // "Bridging the Agent-World Gap" (sample week): no "we propose", so the line was the abstract's opening, on how
        // widely LLM agents are used; its "We systematically review ..." then runs on through "(1) Foundations ... (4) ..."
        Paper survey = StandaloneTest.SAMPLES.get("2606.09032");
        assertThat(new PaperProse().line(survey)).isEqualTo("The authors systematically review text world models for LLM-based"
                + " agents, organized around a formal framework and the agent lifecycle.");
    }

    @Test
    void whereTheCodeIsIsNoReasonForNovelty() {
        // WebChallenger (sample week): its contribution sentence cannot stand alone, and the next one not a result was
        // "Our code is released at https://...", quoted as "Why novel: The code is released at"
        Paper web = StandaloneTest.SAMPLES.get("2606.10423");
        PaperProse.Parts parts = new PaperProse().breakthrough(web, "web agent frameworks");
        assertThat(parts.whyNovel()).doesNotContainIgnoringCase("released").doesNotEndWith(" at");
        assertThat(Standalone.leans("The code is released at")).isTrue();
    }

    @Test
    void evidenceIsTheAuthorsOwnNeverWhatExistingMethodsDo() {
        // MaskAlign (sample week): its abstract reports no results after the proposal, only before it
        Paper maskAlign = StandaloneTest.SAMPLES.get("2606.08788");
        PaperProse.Parts parts = new PaperProse().breakthrough(maskAlign, "diffusion transformers");
        assertThat(parts.evidence()).noneMatch(s -> s.contains("existing methods improve convergence"))
                .allMatch(s -> s.startsWith("The authors") || s.contains("MaskAlign"));
    }
    @Test
    void aPositionPapersLineSaysWhatItDoesNotTheBackgroundItStartsFrom() {
        // arXiv 2602.22523 (2026-W09): "This position paper argues ..." is its contribution
        Paper templates = new Paper(ArxivId.parse("2602.22523"), "Cognitive Models and AI Algorithms Provide Templates for"
                + " Designing Language Agents", List.of("A. Author"), List.of("cs.AI"), "While contemporary large language models"
                + " (LLMs) are increasingly capable in isolation, there are still many difficult problems that lie beyond the"
                + " abilities of a single LLM. For such tasks, there is still uncertainty about how best to take many LLMs as parts"
                + " and combine them into a greater whole. This position paper argues that potential blueprints for designing such"
                + " modular language agents can be found in the existing literature on cognitive models and artificial intelligence"
                + " (AI) algorithms. To make this point clear, we formalize the idea of an agent template that specifies roles for"
                + " individual LLMs and how their functionalities should be composed. We then survey a variety of existing language"
                + " agents in the literature and highlight their underlying templates derived directly from cognitive models or AI"
                + " algorithms.", "", LocalDate.of(2026, 2, 27), AnnounceType.NEW);
        assertThat(new PaperProse().line(templates)).doesNotContain("While contemporary")
                .endsWith("The paper argues that potential blueprints for designing such modular language agents can be found in"
                        + " the existing literature on cognitive models and artificial intelligence (AI) algorithms.");
    }

    @Test
    void aTechnicalReportsLineIsWhatItPresentsNotTheFieldItOpensOn() {
        // DuMate-DeepResearch (sample week): "This technical report presents ..." was no contribution, and the line was the
        // abstract's opening, "Deep Research (DR) has emerged as a new agentic paradigm ..."
        Paper report = StandaloneTest.SAMPLES.get("2606.07299");
        assertThat(new PaperProse().line(report)).isEqualTo("The paper presents DuMate-DeepResearch, a multi-agent Deep Research"
                + " (DR) framework built on the Qianfan Agent Foundry.");
    }

    /** arXiv 2601.04777 (GeM-VG), notable paper 1 of the 8-14 January 2026 issue. */
    static final Paper GEM_VG = new Paper(org.paperboy.paper.ArxivId.parse("2601.04777"),
            "GeM-VG: Towards Generalized Multi-image Visual Grounding with Multimodal Large Language Models", List.of("Shurong Zheng"),
            List.of("cs.CV"), "Multimodal Large Language Models (MLLMs) have demonstrated impressive progress in single-image "
                + "grounding and general multi-image understanding. Recently, some methods begin to address "
                + "multi-image grounding. However, they are constrained by single-target localization and limited "
                + "types of practical tasks, due to the lack of unified modeling for generalized grounding tasks. "
                + "Therefore, we propose GeM-VG, an MLLM capable of Generalized Multi-image Visual Grounding. To "
                + "support this, we systematically categorize and organize existing multi-image grounding tasks "
                + "according to their reliance of cross-image cues and reasoning, and introduce the MG-Data-240K "
                + "dataset, addressing the limitations of existing datasets regarding target quantity and image "
                + "relation. To tackle the challenges of robustly handling diverse multi-image grounding tasks, we "
                + "further propose a hybrid reinforcement finetuning strategy that integrates chain-of-thought "
                + "(CoT) reasoning and direct answering, considering their complementary strengths. This strategy "
                + "adopts an R1-like algorithm guided by a carefully designed rule-based reward, effectively "
                + "enhancing the model's overall perception and reasoning capabilities. Extensive experiments "
                + "demonstrate the superior generalized grounding capabilities of our model. For multi-image "
                + "grounding, it outperforms the previous leading MLLMs by 2.0% and 9.7% on MIG-Bench and "
                + "MC-Bench, respectively. In single-image grounding, it achieves a 9.1% improvement over the base "
                + "model on ODINW. Furthermore, our model retains strong capabilities in general multi-image "
                + "understanding.",
            "", java.time.LocalDate.of(2026, 1, 8), org.paperboy.paper.AnnounceType.NEW);

    @Test
    void aLineThatSaysNoMoreThanTheTitleGoesOnToWhatThePaperReports() {
        // the line read "The authors propose GeM-VG, an MLLM capable of Generalized Multi-image Visual Grounding.": its title again
        assertThat(new PaperProse().line(GEM_VG)).isEqualTo("The authors propose GeM-VG, an MLLM capable of Generalized Multi-image"
                + " Visual Grounding. For multi-image grounding, GeM-VG outperforms the previous leading MLLMs by 2.0% and 9.7% on"
                + " MIG-Bench and MC-Bench, respectively.");
        assertThat(PaperProse.saysNoMoreThan("The authors present MagicAgent, a series of foundation models specifically designed"
                + " for generalized agent planning.", "MagicAgent: Towards Generalized Agent Planning")).as("a model family, designed for").isFalse();
    }

    @Test
    void aContributionAfterALinkingWordIsTheContribution() {
        // the demo's grace, 2026-W24, notable papers 3 and 7: their lines were the abstracts' opening background
        assertThat(new PaperProse().line(StandaloneTest.SAMPLES.get("2606.07036"))).as("\"We therefore present STREAM\"")
                .isEqualTo("The authors present STREAM, the first framework to apply Riemannian flow matching in the pathology domain.");
        assertThat(new PaperProse().line(StandaloneTest.SAMPLES.get("2606.08957"))).as("\"We rethink ...\"")
                .startsWith("The authors rethink the diffusion representation and propose to move diffusion from dense geometry");
    }

    @Test
    void anAcronymIsWrittenOutOncePerPaperWhereTheReaderFirstMeetsIt() {
        // ThinkOmni (2026-W09): its why-novel said "omni-modal large language models (OLLMs)", and its innovation spelled
        // "OLLM" out again
        Paper thinkOmni = paper("2602.23306", "ThinkOmni: Lifting Textual Reasoning to Omni-modal Scenarios via Guidance Decoding",
                "Omni-modal reasoning is essential for intelligent systems to understand and draw inferences from diverse data"
                + " sources. While existing omni-modal large language models (OLLM) excel at perceiving diverse modalities, they"
                + " lack the complex reasoning abilities of recent large reasoning models (LRM). However, enhancing the reasoning"
                + " ability of OLLMs through additional training presents significant challenges, including the need for"
                + " high-quality data, task-specific adaptation, and substantial computational costs. To address these"
                + " limitations, we propose ThinkOmni, a training-free and data-free framework that lifts textual reasoning to"
                + " omni-modal scenarios. ThinkOmni introduces two key components: 1) LRM-as-a-Guide, which leverages"
                + " off-the-shelf LRMs to guide the OLLM decoding process; 2) Stepwise Contrastive Scaling, which adaptively"
                + " balances perception and reasoning signals without manual hyperparameter tuning. Experiments on six"
                + " multi-modal reasoning benchmarks demonstrate that ThinkOmni consistently delivers performance improvements,"
                + " with main results achieving 70.2 on MathVista and 75.5 on MMAU.");
        PaperProse.Parts parts = new PaperProse().breakthrough(thinkOmni, "omni-modal reasoning");
        assertThat(parts.whyNovel()).contains("omni-modal large language models (OLLMs)");
        assertThat(parts.innovations()).singleElement().asString().contains("to guide the OLLM decoding process")
                .doesNotContain("(OLLM)");
    }

    @Test
    void anImpactIsWhatTheResultsImplyNotTheResultBeforeIt() {
        // AlloSpatial (sample week): the impact read "The trained AlloSpatial agents further outperform larger
        // general-purpose models ..., suggesting that ...": a result, and one that leans on the sentence before it
        PaperProse.Parts parts = new PaperProse().breakthrough(StandaloneTest.SAMPLES.get("2606.08952"), "spatial reasoning");
        assertThat(parts.impact()).isEqualTo("The results suggest that structured allocentric representations, active tool use, and"
                + " verifiable reasoning offer a promising route toward spatially capable foundation models.");
        // what "it" is, only the result before says
        Paper ultrasound = new Paper(ArxivId.parse("2606.00009"), "Tumour detection in ultrasound images", List.of("A. Author"),
                List.of("cs.CV"), "Abnormal tissue masses are hard to see in ultrasonic images. We propose MassNet, a detector"
                + " for tissue masses. MassNet reaches 91% recall on three hospital datasets. Trained on more scans, MassNet"
                + " outperforms larger detectors, suggesting that it has good clinical application potential.", "",
                LocalDate.of(2026, 6, 9), AnnounceType.NEW);
        assertThat(new PaperProse().breakthrough(ultrasound, "medical imaging").impact()).doesNotStartWith("The results suggest that it");
    }

    @Test
    void whatTheWorkIsForIsItsImpactNeitherAnInnovationNorEvidence() {
        // ChronoPhyBench (sample week) ends "Ultimately, this work seeks to systematically stress-test ... thereby providing
        // the community with a robust and transparent evaluation framework": it was a key innovation, and the impact read
        // "ChronoPhyBench matters most to researchers working on multimodal reasoning"
        PaperProse.Parts parts = new PaperProse().breakthrough(StandaloneTest.SAMPLES.get("2606.07962"), "multimodal reasoning");
        assertThat(parts.impact()).startsWith("The paper seeks to systematically stress-test the reasoning capabilities");
        assertThat(parts.innovations()).noneMatch(s -> s.contains("seeks to"));
        assertThat(parts.evidence()).noneMatch(s -> s.contains("seeks to"));
    }
}
