package org.paperboy.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.paperboy.issue.Standalone;
import org.paperboy.paper.Paper;

class TldrTest {

    static final Map<String, Paper> SAMPLES = Editions.samplePapers().stream()
            .collect(Collectors.toMap(p -> p.id().base(), Function.identity(), (a, b) -> a));

    static Tldr of(String id) {
        Paper p = SAMPLES.get(id);
        return Tldr.of(Latex.toText(p.title()), Latex.toText(p.abstractText()));
    }

    @Test
    void saysWhatThePaperDoesAndWhatItMeasuredWithoutPointingBack() {
        assertThat(of("2606.13316").tldr()).isEqualTo("The authors propose ReSum, a novel RLVR framework that enables LLMs to compress"
                + " and organize their reasoning trajectories through self-summarization. Extensive experiments show that ReSum"
                + " improves performance at an average of 4% while reducing rollout length by 18.6%.");
        assertThat(of("2606.12900").tldr()).startsWith("The authors propose Human-like Criteria Probing for Hallucination Detection (HCPD),")
                .contains("Extensive experiments show that HCPD consistently outperforms state-of-the-art baselines");
    }

    @Test
    void theRestOfTheAbstractIsKeptApartInOrder() {
        Tldr t = of("2606.13316");
        assertThat(t.rest()).startsWith("Reinforcement Learning with Verifiable Rewards (RLVR) is a central technique")
                .doesNotContain("we propose ReSum").doesNotContain("Extensive experiments show");
    }

    @Test
    void aSentenceThatPointsBackIsNotQuotedOrLosesTheOpeningThatDoes() {
        assertThat(standing("To address this limitation, we propose X, a method for it.")).hasValue("The authors propose X, a method for it.");
        assertThat(standing("To address them, we propose IOMM, a masked modeling objective for images."))
                .hasValue("The authors propose IOMM, a masked modeling objective for images.");
        assertThat(standing("However, existing methods are slow on long inputs.")).hasValue("Existing methods are slow on long inputs.");
        assertThat(standing("It outperforms all baselines on every benchmark.")).isEmpty();
        assertThat(standing("These findings suggest a new direction for the field.")).hasValue("The findings suggest a new direction for the field.");
        assertThat(standing("These methods suggest a new direction for the field.")).isEmpty();
        assertThat(standing("We show that this approach scales to long inputs.")).isEmpty();
        assertThat(standing("This paper introduces a benchmark for long inputs.")).hasValue("The paper introduces a benchmark for long inputs.");
        assertThat(standing("The two axes yield a profile of each model.")).isEmpty();
        assertThat(standing("We address both by introducing V-RAGBench, a benchmark of triplets.")).isEmpty();
        assertThat(standing("We make that intuition testable and report three results.")).isEmpty();
    }

    /** The second sentence of an abstract, as it stands on its own after a first that says nothing it could lean on. */
    private static java.util.Optional<String> standing(String sentence) {
        return Standalone.of(List.of("Models are trained on text.", sentence), 1, "");
    }

    /** arXiv 2603.16105 and 2603.15800 (18 March 2026): each reports its result under a name its TL;DR's first sentence never gave. */
    @Test
    void aResultIsQuotedOnlyUnderANameTheReaderHasMet() {
        Tldr zipCal = Tldr.of("Frequency Matters: Fast Model-Agnostic Data Curation for Pruning and Quantization", "In this work, we"
                + " address the challenge of identifying high-performance calibration sets for both pruning and quantization by"
                + " analyzing intrinsic data properties rather than model-specific signals. We introduce ZipCal, a model-agnostic"
                + " data curation strategy that maximizes lexical diversity based on Zipfian power laws, and whose name and"
                + " explanation together run far too long to be quoted beside the sentence before, which says what the paper"
                + " is about, in a digest that gives each paper two sentences at most and keeps the rest for the web view of it."
                + " Experiments demonstrate that our method consistently outperforms standard uniform random sampling across"
                + " various pruning benchmarks.");
        assertThat(zipCal.tldr()).doesNotContain("ZipCal").endsWith("Experiments demonstrate that the authors' method consistently"
                + " outperforms standard uniform random sampling across various pruning benchmarks.");
        Tldr echoSafe = Tldr.of("Evolving Contextual Safety in Multi-Modal Large Language Models via Inference-Time Self-Reflective"
                + " Memory", "In this work, we present MM-SafetyBench++, a carefully curated benchmark designed for contextual safety"
                + " evaluation. Extensive experiments on various multi-modal safety benchmarks demonstrate that EchoSafe consistently"
                + " achieves superior performance, establishing a strong baseline for advancing contextual safety in MLLMs.");
        assertThat(echoSafe.tldr()).isEqualTo("The authors present MM-SafetyBench++, a carefully curated benchmark designed for"
                + " contextual safety evaluation.");
        Tldr omanic = Tldr.of("Omanic: Towards Step-wise Evaluation of Multi-hop Reasoning in Large Language Models", "To address"
                + " this gap, we propose Omanic, an open-domain multi-hop QA resource with decomposed sub-questions. Systematic"
                + " evaluations show that state-of-the-art LLMs achieve only 73.11% multiple-choice accuracy on OmanicBench,"
                + " confirming its high difficulty.");
        assertThat(omanic.tldr()).as("OmanicBench is a part of Omanic").contains("73.11%");
    }

    @Test
    void aResultDoesNotUseAnAcronymTheAbstractSpellsOutOnlyInASentenceNotQuoted() {
        // arXiv 2606.09856 defines Program-based Posterior Training (PPT) in a sentence that leans on the one before it
        assertThat(of("2606.09856").tldr()).doesNotContain("PPT");
        // arXiv 2606.12594 defines Augmented Lean Formalisation (ALF) in a sentence that is not the TL;DR's
        assertThat(of("2606.12594").tldr()).startsWith("The authors introduce Pythagoras-Prover").doesNotContain("ALF");
        // the sentence the TL;DR opens with says what an acronym defined elsewhere stands for (arXiv 2606.13608 read
        // "... a concrete realization of AAA: ..."), and a second sentence does not say it again (arXiv 2606.09635)
        assertThat(of("2606.13608").tldr()).contains("a concrete realization of Agentified Agent Assessment (AAA)");
        assertThat(of("2606.09635").tldr()).containsOnlyOnce("Gradient-Guided Reward Optimization");
        // an acronym every reader of the field knows is no coinage, however the abstract spells it out
        Tldr vSkip = Tldr.of("Visual-Skip: Decoupling Spatial Interaction from Semantic Evolution", "Multimodal large language"
                + " models (MLLMs) spend most of their compute on vision tokens. The authors present Visual-Skip (V-Skip), a"
                + " training-free inference paradigm. Extensive experiments demonstrate that V-Skip maintains a 94.16% to 100.31%"
                + " performance retention across diverse MLLMs.");
        assertThat(vSkip.tldr()).contains("94.16%");
    }

    @Test
    void aStudyIsWhatThePaperDoesNotItsExperimentsSaidToBeThe() {
        // arXiv 2606.11289: "In this project, we conduct a systematic investigation ..." came after "Our experiments highlight ..."
        assertThat(of("2606.11289").tldr()).startsWith("The authors conduct a systematic investigation of the modeling and data"
                + " design choices in text-to-image diffusion training").doesNotContain("The experiments highlight");
    }

    @Test
    void aQuestionTheAuthorsAskIsNotWhatTheyDoAndAnAdverbDoesNotHideTheVerb() {
        // arXiv 2606.12882: "In this work, we ask whether harness can be generated ..." before "We introduce HarnessBridge, ..."
        assertThat(of("2606.12882").tldr()).startsWith("The authors introduce HarnessBridge, a lightweight learnable harness controller");
        // arXiv 2606.09032, a survey: "We systematically review text world models for LLM-based agents, ..."
        assertThat(of("2606.09032").tldr()).startsWith("The authors systematically review text world models for LLM-based agents");
    }

    @Test
    void whatTheTitleNamesComesBeforeAPartOfIt() {
        // arXiv 2606.13578 builds RoboGenesis, a data engine, before it presents LabVLA, the model its title names
        assertThat(of("2606.13578").tldr()).startsWith("The authors present LabVLA, trained with a two-stage recipe");
    }

    @Test
    void whereTheCodeIsIsNoTldr() {
        // arXiv 2606.07190 ends "We release all data, models, and code at https://zhiqix.github.io/pum-project-page."
        assertThat(of("2606.07190").tldr()).startsWith("The authors argue that correctness is a useful but indirect proxy");
    }

    @Test
    void aVeryLongSentenceEndsAtItsMainClause() {
        assertThat(of("2606.09603").tldr()).startsWith("The authors propose a low-resource fine-tuning pipeline centered on"
                + " Corpus-Grounded Feature Diffusion (CGFD).");
    }

    @Test
    void whatThePaperDoesIsFoundWhateverWordsLeadUpToIt() {
        // arXiv 2606.13673 ("We therefore propose"), 2606.07299 ("This technical report presents") and 2606.08815: each
        // TL;DR was the abstract's first sentence, its background
        assertThat(of("2606.13673").tldr()).startsWith("The authors propose SpatialClaw, a training-free framework for spatial"
                + " reasoning that adopts code as the action interface.");
        assertThat(of("2606.07299").tldr()).startsWith("The paper presents DuMate-DeepResearch, a multi-agent Deep Research (DR)"
                + " framework");
        // arXiv 2606.10376: a sentence of what the authors do, when no sentence says "we propose" or "we study"
        assertThat(of("2606.10376").tldr()).startsWith("The authors model cancer treatment as a belief-space planning problem");
        // arXiv 2606.07620 says what it does without the authors: "a statistical fault injection framework is presented"
        assertThat(of("2606.07620").tldr()).startsWith("A statistical fault injection framework is presented");
        // arXiv 2606.12563 begins with what its method is, and that stays its TL;DR
        assertThat(of("2606.12563").tldr()).startsWith("Arbor is a multi-agent framework that introduces structured tree search");
        // a long sentence is not ended inside its brackets: "propose ISPO (Intrinsic Signal Policy Optimization."
        assertThat(of("2606.08815").tldr()).contains("and propose ISPO (Intrinsic Signal Policy Optimization, which combines")
                .doesNotContain("has emerged");
    }

    @Test
    void everySampleGetsOneOrTwoSentencesThatStandAloneAndNoLink() {
        List<String> pointingBack = SAMPLES.values().stream()
                .filter(p -> !p.abstractText().isBlank())
                .map(p -> {
                    List<String> abstractSentences = Standalone.sentences(Latex.toText(p.abstractText()));
                    String tldr = Tldr.of(Latex.toText(p.title()), Latex.toText(p.abstractText())).tldr();
                    List<String> quoted = Standalone.sentences(tldr);
                    return quoted.isEmpty() || quoted.size() > 2 || tldr.contains("http")
                            || quoted.stream().anyMatch(s -> !s.equals(abstractSentences.get(0)) && Standalone.leans(s))
                            ? p.id() + ": " + quoted : "";
                })
                .filter(s -> !s.isEmpty())
                .toList();
        assertThat(pointingBack).isEmpty();
    }
}
