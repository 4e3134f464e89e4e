package org.paperboy.issue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Acronyms spelled out at their first use in a sentence quoted alone, on real abstracts of the sample week. */
class AcronymsTest {

    @Test
    void anAcronymAnotherSentenceSpellsOutIsWrittenOutWhereTheQuoteFirstUsesIt() {
        // arXiv 2606.06523 (Lean4Agent, sample week): the notable line read "... uses Lean4, a dependent-type FL to model ..."
        assertThat(new PaperProse().line(StandaloneTest.SAMPLES.get("2606.06523")))
                .contains("uses Lean4, a dependent-type formal language (FL) to model and verify agent behavior");
        // arXiv 2606.13608 (AgentBeats): "... a concrete realization of AAA: ..."
        List<String> beats = Standalone.sentences(StandaloneTest.SAMPLES.get("2606.13608").abstractText());
        int i = indexOf(beats, "We further introduce AgentBeats");
        assertThat(Acronyms.spelled(beats, i, Standalone.of(beats, i, "AgentBeats").orElseThrow(), "AgentBeats", ""))
                .contains("a concrete realization of Agentified Agent Assessment (AAA)");
    }

    @Test
    void anExpansionThatOpenedItsSentenceReadsInLowerCaseInsideAnother() {
        // arXiv 2606.13197 (ARMOR-MAD): "Multi-agent debate (MAD) can improve ..." opens the abstract
        List<String> mad = Standalone.sentences(StandaloneTest.SAMPLES.get("2606.13197").abstractText());
        assertThat(Acronyms.spelled(mad, 1, Standalone.of(mad, 1, "ARMOR-MAD").orElseThrow(), "ARMOR-MAD", ""))
                .isEqualTo("The authors propose ARMOR-MAD, a training-free heterogeneous multi-agent debate (MAD) framework that"
                        + " treats debate as conditional computation.");
    }

    @Test
    void aPluralIsSpelledOutFromItsSingularsDefinition() {
        // arXiv 2602.23306 (ThinkOmni, 2026-W09): why-novel read "Enhancing the reasoning ability of OLLMs ...", spelled out
        // only as "(OLLM)" in the sentence before
        List<String> omni = List.of("While existing omni-modal large language models (OLLM) excel at perceiving diverse modalities,"
                + " they lack the complex reasoning abilities of recent large reasoning models (LRM).",
                "However, enhancing the reasoning ability of OLLMs through additional training presents significant challenges.");
        assertThat(Acronyms.spelled(omni, 1, "Enhancing the reasoning ability of OLLMs through additional training presents"
                + " significant challenges.", "ThinkOmni", "")).isEqualTo("Enhancing the reasoning ability of omni-modal large"
                + " language models (OLLMs) through additional training presents significant challenges.");
        // the field's own acronyms stay bare in the plural too
        assertThat(Acronyms.spelled(List.of("Large language models (LLMs) are big.", "LLMs and LRMs are costly."), 1,
                "LLMs and LRMs are costly.", "", "")).isEqualTo("LLMs and LRMs are costly.");
    }

    @Test
    void whatTheReaderKnowsOrCannotBeSpelledOutStaysAsWritten() {
        List<String> s = List.of("We propose Geometry-Aligned Pre-training (GAP) for large language models (LLMs).",
                "GAP-MLLM beats every LLM baseline, and GAP helps most on spatial tasks.", "The XYZ score rises by 3 points.",
                "Our Token Pruning Schedule (TPS) is simple.", "TPS is cheap, and so is XYZ.");
        // a hyphenated name holds it ("GAP-MLLM"), the field knows it (LLM): as written; the bare "GAP" is spelled out
        assertThat(Acronyms.spelled(s, 1, s.get(1), "", "")).isEqualTo("GAP-MLLM beats every LLM baseline, and Geometry-Aligned"
                + " Pre-training (GAP) helps most on spatial tasks.");
        // no sentence spells XYZ out; TPS is the paper's own method name, or the reader met it in what came before
        assertThat(Acronyms.spelled(s, 4, s.get(4), "TPS", "")).isEqualTo("TPS is cheap, and so is XYZ.");
        assertThat(Acronyms.spelled(s, 4, s.get(4), "", "Token Pruning Schedule (TPS) for all")).isEqualTo("TPS is cheap, and so is XYZ.");
        assertThat(Acronyms.spelled(s, 4, s.get(4), "", "")).isEqualTo("Token Pruning Schedule (TPS) is cheap, and so is XYZ.");
        // inside brackets, or naming what follows in brackets, it stays: "TraRA (Trajectory-level ... for VTS)"
        assertThat(Acronyms.spelled(s, 2, "Our method (fast, for TPS) works.", "", "")).isEqualTo("Our method (fast, for TPS) works.");
        assertThat(Acronyms.spelled(s, 2, "A fast TPS (F-TPS) works.", "", "")).isEqualTo("A fast TPS (F-TPS) works.");
    }

    private static int indexOf(List<String> sentences, String start) {
        for (int i = 0; i < sentences.size(); i++) {
            if (sentences.get(i).startsWith(start)) {
                return i;
            }
        }
        throw new AssertionError("no sentence starts with " + start);
    }
}
