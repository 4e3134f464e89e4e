package org.paperboy.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.paperboy.paper.Paper;

class TldrTest {

    static final Map<String, Paper> SAMPLES = Editions.samplePapers().stream()
            .collect(Collectors.toMap(p -> p.id().base(), Function.identity(), (a, b) -> a));

    static Tldr of(String id) {
        return Tldr.of(Latex.toText(SAMPLES.get(id).abstractText()));
    }

    @Test
    void saysWhatThePaperDoesAndWhatItMeasuredWithoutPointingBack() {
        assertThat(of("2606.13316").tldr()).isEqualTo("We propose ReSum, a novel RLVR framework that enables LLMs to compress"
                + " and organize their reasoning trajectories through self-summarization. Extensive experiments show that ReSum"
                + " improves performance at an average of 4% while reducing rollout length by 18.6%.");
        assertThat(of("2606.12900").tldr()).startsWith("We propose Human-like Criteria Probing for Hallucination Detection (HCPD),")
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
        assertThat(AbstractSentences.standing("To address this limitation, we propose X, a method.")).isEqualTo("We propose X, a method.");
        assertThat(AbstractSentences.standing("However, existing methods are slow.")).isEqualTo("Existing methods are slow.");
        assertThat(AbstractSentences.standing("It outperforms all baselines.")).isEmpty();
        assertThat(AbstractSentences.standing("These findings suggest a new direction.")).isEmpty();
        assertThat(AbstractSentences.standing("We show that this approach scales.")).isEmpty();
        assertThat(AbstractSentences.standing("We propose an approach and show this approach scales.")).isNotEmpty();
        assertThat(AbstractSentences.standing("This paper introduces a benchmark.")).isEqualTo("This paper introduces a benchmark.");
        assertThat(AbstractSentences.standing("The two axes yield a profile.")).isEmpty();
    }

    @Test
    void aVeryLongSentenceEndsAtItsMainClause() {
        assertThat(of("2606.09603").tldr()).startsWith("We propose a low-resource fine-tuning pipeline centered on"
                + " Corpus-Grounded Feature Diffusion (CGFD).");
    }

    @Test
    void everySampleGetsOneOrTwoSentencesThatStandAlone() {
        List<String> pointingBack = SAMPLES.values().stream()
                .filter(p -> !p.abstractText().isBlank())
                .map(p -> {
                    List<String> abstractSentences = AbstractSentences.of(Latex.toText(p.abstractText()));
                    List<String> quoted = AbstractSentences.of(Tldr.of(Latex.toText(p.abstractText())).tldr());
                    return quoted.isEmpty() || quoted.size() > 2
                            || quoted.stream().anyMatch(s -> !s.equals(abstractSentences.get(0)) && AbstractSentences.standing(s).isEmpty())
                            ? p.id() + ": " + quoted : "";
                })
                .filter(s -> !s.isEmpty())
                .toList();
        assertThat(pointingBack).isEmpty();
    }
}
