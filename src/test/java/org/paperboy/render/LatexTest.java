package org.paperboy.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LatexTest {

    @Test
    void mathSymbolsAndGreekLettersBecomeUnicode() {
        assertThat(Latex.toText("Flows along $\\nabla f$ with $\\alpha$, $\\beta$ and $\\omega$"))
                .isEqualTo("Flows along ∇f with α, β and ω");
        assertThat(Latex.toText("$\\Gamma$-convergence and $\\Omega(n)$ bounds")).isEqualTo("Γ-convergence and Ω(n) bounds");
    }

    @Test
    void mathDelimitersAreDroppedButTheMathStays() {
        assertThat(Latex.toText("in $O(n^2)$ time")).isEqualTo("in O(n²) time");
        assertThat(Latex.toText("costs \\$5 and $$x+y$$")).isEqualTo("costs $5 and x+y");
    }

    @Test
    void dashesBecomeTypographic() {
        assertThat(Latex.toText("pages 3--5 --- a result")).isEqualTo("pages 3–5 — a result");
        // KidVis (8-14 January 2026): "six atomic capabilities - Concentration, Tracking, ... - already possessed by ..."
        assertThat(Latex.toText("six atomic capabilities - Concentration and Closure - already possessed"))
                .isEqualTo("six atomic capabilities – Concentration and Closure – already possessed");
        assertThat(Latex.toText("a self-supervised, multi-view set-up")).isEqualTo("a self-supervised, multi-view set-up");
    }

    @Test
    void emphasisCommandsKeepOnlyTheirText() {
        assertThat(Latex.toText("a \\emph{new} and \\textbf{\\emph{bold}} idea")).isEqualTo("a new and bold idea");
    }

    @Test
    void markdownBoldKeepsOnlyItsText() {
        // arXiv 2606.06523 (8 June 2026)
        assertThat(Latex.toText("The authors propose **Lean4Agent**, a framework. **Lean4Agent** launches **FormalAgentLib**, a library"))
                .isEqualTo("The authors propose Lean4Agent, a framework. Lean4Agent launches FormalAgentLib, a library");
        assertThat(Latex.toText("a power x**2 + y**2 stays")).isEqualTo("a power x**2 + y**2 stays");
    }

    @Test
    void escapedCharactersTiesAndQuotesReadNaturally() {
        assertThat(Latex.toText("50\\% faster R\\&D, see Fig.~3 and ``attention'' here"))
                .isEqualTo("50% faster R&D, see Fig. 3 and “attention” here");
    }

    @Test
    void urlsAreLeftAloneAndUnknownCommandsLoseTheirBackslash() {
        assertThat(Latex.toText("code at https://example.org/~ada/x--y")).contains("https://example.org/~ada/");
        assertThat(Latex.toText("a \\foo command")).isEqualTo("a foo command");
    }

    @Test
    void realAbstractLosesItsMarkup() {
        String abstractText = Editions.realPapers().stream()
                .filter(p -> p.id().base().equals("2606.06736")).findFirst().orElseThrow().abstractText();
        String text = Latex.toText(abstractText);
        assertThat(text).doesNotContain("$", "\\emph", "\\geq").contains("hierarchical", "δ ≥ 2");
    }
}
