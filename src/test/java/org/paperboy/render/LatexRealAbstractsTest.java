package org.paperboy.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The LaTeX that real arXiv titles and abstracts carry, as a reader should see it. Each row is an excerpt
 * of the paper named beside it (the samples' listings, 8-12 June 2026, and the reference day's).
 */
class LatexRealAbstractsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '¦', quoteCharacter = '"', textBlock = """
            2606.07720 citation ¦ The CoCoNuT (Chain of Continuous Thought) paradigm~\\cite{hao2024coconut} extends this ¦ The CoCoNuT (Chain of Continuous Thought) paradigm extends this
            2606.09901 citations ¦ (e.g.\\ TF-ICON \\cite{lu2023tficone}, DragFlow \\cite{zhou2025dragflow}) ¦ (e.g. TF-ICON, DragFlow)
            2606.07526 link to itself ¦ Code is available at \\href{https://github.com/wgj15965/GraphLoRA}{https://github.com/wgj15965/GraphLoRA}. ¦ Code is available at https://github.com/wgj15965/GraphLoRA.
            2606.09421 named link ¦ Resources: \\href{https://github.com/1Reminding/Skill_EE}{SkillEE}. ¦ Resources: SkillEE (https://github.com/1Reminding/Skill_EE).
            2606.10917 colour ¦ this paper introduces Role-Agent, \\textcolor{black}{a framework} that harnesses ¦ this paper introduces Role-Agent, a framework that harnesses
            2606.30017 colour around a link ¦ Code: \\textcolor{magenta}{\\href{https://x.github.io/flux-gs/}{https://x.github.io/flux-gs/}} ¦ Code: https://x.github.io/flux-gs/
            2606.13366 subscripts and {=} ¦ DCIC$_{RD}$ ($K_P{=}0$) and DCIC$_{RP}$ ($K_D{=}0$) arise as boundary curves ¦ DCIC_RD (K_P=0) and DCIC_RP (K_D=0) arise as boundary curves
            2606.13208 braced equals ¦ ($N{=}30$, $T{=}500$, 30 independent runs) ¦ (N=30, T=500, 30 independent runs)
            2606.07036 hypersphere ¦ $\\ell_2$-normalized and lie on the unit hypersphere $\\mathcal{S}^{d-1}$ with ¦ ℓ₂-normalized and lie on the unit hypersphere S^(d-1) with
            2606.08875 title superscript ¦ $T^{2}$-GRPO: A Turn-Trajectory Group Relative Policy Optimization ¦ T²-GRPO: A Turn-Trajectory Group Relative Policy Optimization
            2606.06834 p-value ¦ matching brain eQTLs ($p_\\mathrm{emp} < 5\\times 10^{-3}$), while ¦ matching brain eQTLs (p_emp < 5 × 10⁻³), while
            2606.12213 degrees ¦ for Open-Domain 360$^\\circ$ Panorama Generation ¦ for Open-Domain 360° Panorama Generation
            2606.08621 fractions in exponents ¦ between \\(2^{1-\\frac{1}{p}}\\) and \\(2^{\\frac{3}{2}-\\frac{2}{p}}\\) for $p\\ge 2$ ¦ between 2^(1-1/p) and 2^(3/2-2/p) for p ≥ 2
            2606.08621 blackboard bold ¦ in the Euclidean plane $\\mathbb R^2$ and locating a facility ¦ in the Euclidean plane ℝ² and locating a facility
            2606.07285 square root ¦ in the $(1+\\sqrt{2})$-core was established ¦ in the (1+√2)-core was established
            2606.07392 tilde over O ¦ achieves dimension-dependent $\\widetilde O(\\sqrt T)$ cumulative regret ¦ achieves dimension-dependent Õ(√T) cumulative regret
            2606.11198 hat ¦ text ($\\hat{o}$(KG) $\\approx$ 0.70 vs. $\\hat{o}$(neutral) ¦ text (ô(KG) ≈ 0.70 vs. ô(neutral)
            2606.09895 sized parentheses ¦ $$ Z(x)=\\left(\\fracπβ\\right)^{d/2}p(x). $$ This identity ¦ Z(x)=(π/β)^(d/2)p(x). This identity
            2606.11537 footnote ¦ reasoning.\\footnote{The code and data are available: https://github.com/UBC-NLP/MoCA-Agent.} ¦ reasoning. (The code and data are available: https://github.com/UBC-NLP/MoCA-Agent.)
            2606.08284 an author's macro ¦ We introduce \\ours{}, which keeps the foundation model entirely frozen ¦ We introduce ours, which keeps the foundation model entirely frozen
            2606.09809 an author's macro ¦ We present \\EvalCards{}, an operational reporting layer ¦ We present EvalCards, an operational reporting layer
            2606.08535 thin space and parentheses ¦ achieves 31.68\\,dB PSNR while reducing FLOPs by \\(14\\times\\) relative ¦ achieves 31.68 dB PSNR while reducing FLOPs by 14× relative
            2606.09455 number and percent macros ¦ about \\num{5.0}\\,\\pct{}. We trace ¦ about 5.0 %. We trace
            2606.06770 escaped braces ¦ equal to $\\min\\{M_1,M_2,N_1,N_2\\}$. ¦ equal to min{M₁,M₂,N₁,N₂}.
            2606.10169 old-style emphasis ¦ guarantees a {\\em tight} $3$-approximation to the \\textsf{Duality Relaxation} ¦ guarantees a tight 3-approximation to the Duality Relaxation
            2606.09895 starred superscript ¦ $Z(x)=\\int q^*(y)e^{-β|x-y|^2}dy$ satisfies ¦ Z(x)=∫q*(y)e^(-β|x-y|²)dy satisfies
            2603.16105 approximately and footnote ¦ average $\\sim$240$\\times$ faster\\footnote{We make the code available.} ¦ average ∼240× faster (We make the code available.)
            """)
    void readsAsText(String paper, String latex, String text) {
        assertThat(Latex.toText(latex)).isEqualTo(text);
    }

    @Test
    void underscoresAndCaretsInWebAddressesStay() {
        assertThat(Latex.toText("see https://github.com/a/model_2024 and data\\_v2 at $x_2$"))
                .isEqualTo("see https://github.com/a/model_2024 and data_v2 at x₂");
    }

    @Test
    void noSampleTitleOrAbstractKeepsACommandOrAScriptGroup() {
        Map<String, String> leaks = Editions.samplePapers().stream()
                .collect(Collectors.toMap(p -> p.id().base(), p -> Latex.toText(p.title()) + " " + Latex.toText(p.abstractText()),
                        (a, b) -> a));
        List<String> withMarkup = leaks.entrySet().stream()
                .filter(e -> e.getValue().matches("(?s).*(\\\\[A-Za-z]|[_^]\\{|\\$[^0-9]).*"))
                .map(e -> e.getKey() + ": " + e.getValue())
                .toList();
        assertThat(withMarkup).isEmpty();
        assertThat(leaks).hasSizeGreaterThan(1000);
    }
}
