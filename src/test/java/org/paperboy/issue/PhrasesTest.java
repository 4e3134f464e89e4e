package org.paperboy.issue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhrasesTest {

    @Test
    void wordingThatAbstractsShareNamesNoDirection() {
        // "mechanistic evidence" was a trend of the 8-14 January 2026 issue; with it gone, "typically rely" came next
        java.util.Map<String, String> terms = Phrases.of("Towards a mechanistic understanding: we find mechanistic evidence that"
                + " current methods typically rely on chain-of-thought prompting.");
        assertThat(terms.values()).noneMatch(t -> t.contains("evidence") || t.contains("typically") || t.contains("rely"))
                .anyMatch(t -> t.equalsIgnoreCase("chain-of-thought prompting"));
    }

    @Test
    void aDirectionNamedByOneThingOfManyReadsInThePluralAndAFieldStaysAsItIs() {
        // "researchers working on web agent framework" was the weekly impact line's grammar
        assertThat(Phrases.plural("web agent framework")).isEqualTo("web agent frameworks");
        assertThat(Phrases.plural("reward policy")).isEqualTo("reward policies");
        assertThat(Phrases.plural("agentic harness")).isEqualTo("agentic harnesses");
        assertThat(Phrases.plural("spatial reasoning")).isEqualTo("spatial reasoning");
        assertThat(Phrases.plural("deep research agents")).isEqualTo("deep research agents");
        assertThat(Phrases.plural("KV cache and quantization")).isEqualTo("KV cache and quantization");
    }
}
