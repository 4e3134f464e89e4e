package org.paperboy.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Titles of real arXiv papers (the shared June 2026 and reference-week listings) as a reader sees them. */
class ScriptsTest {

    static String shown(String title) {
        return Latex.toText(Scripts.toText(title));
    }

    @Test
    void superscriptsReadAsSuperscripts() {
        assertThat(shown("Crab^{+}: A Benchmark")).isEqualTo("Crab⁺: A Benchmark");
        assertThat(shown("M$^3$Eval: Multi-Modal Memory Evaluation")).isEqualTo("M³Eval: Multi-Modal Memory Evaluation");
        assertThat(shown("D$^{2}$R$^{2}$OSR: Degradation-Disentangled Representation")).isEqualTo("D²R²OSR: Degradation-Disentangled Representation");
        assertThat(shown("Think$^{2}$: Grounded Metacognitive Reasoning")).isEqualTo("Think²: Grounded Metacognitive Reasoning");
        assertThat(shown("Benchmark^2: Systematic Evaluation of LLM Benchmarks")).isEqualTo("Benchmark²: Systematic Evaluation of LLM Benchmarks");
        assertThat(shown("P\\textsuperscript{2}-DPO: Grounding Hallucination")).isEqualTo("P²-DPO: Grounding Hallucination");
        assertThat(shown("Open-Domain 360$^\\circ$ Panorama Generation")).isEqualTo("Open-Domain 360° Panorama Generation");
        assertThat(shown("$\\text{VG}^2$GT: Voxel-Gaussian Splatting")).isEqualTo("VG²GT: Voxel-Gaussian Splatting");
    }

    @Test
    void subscriptsInMathReadAsSubscriptsAndUnderscoresInNamesStay() {
        assertThat(shown("MVG-KAN: Multi-View Geo-Wind Guided KAN for PM$_{2.5}$ Forecasting"))
                .isEqualTo("MVG-KAN: Multi-View Geo-Wind Guided KAN for PM2.5 Forecasting");
        assertThat(shown("The Tell-Tale Norm: $\\ell_2$ Magnitude as a Signal")).isEqualTo("The Tell-Tale Norm: ℓ₂ Magnitude as a Signal");
        assertThat(shown("LLM_annotate: A Python package")).isEqualTo("LLM_annotate: A Python package");
        assertThat(shown("Meet UD_Czech-PDTC: A Large and Genre-Rich Treebank")).isEqualTo("Meet UD_Czech-PDTC: A Large and Genre-Rich Treebank");
    }

    @Test
    void aMacroTheAuthorsDefinedForTheirMethodReadsAsItsName() {
        assertThat(shown("The authors introduce \\CFE{} (Classroom Final Exam), a multimodal benchmark."))
                .isEqualTo("The authors introduce CFE (Classroom Final Exam), a multimodal benchmark.");
        assertThat(shown("\\textsc{CR-Seg}: Attention-Guided Reasoning Segmentation")).isEqualTo("CR-Seg: Attention-Guided Reasoning Segmentation");
    }
}
