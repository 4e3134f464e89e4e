package org.paperboy.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextWrapTest {

    @Test
    void longLinesWrapAtWordsWithinTheWidth() {
        String text = TextWrap.wrap("word ".repeat(40), 20);
        assertThat(text.lines()).hasSizeGreaterThan(5).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(20));
        assertThat(text.replace("\n", " ").trim()).isEqualTo("word ".repeat(40).trim());
    }

    @Test
    void aUrlLongerThanTheWidthStaysWholeOnItsOwnLine() {
        String url = "https://paperboy.example.org/unsubscribe/" + "x".repeat(60);
        String text = TextWrap.wrap("Unsubscribe: " + url + " now", 40);
        assertThat(text.lines()).contains(url);
    }

    @Test
    void continuationLinesKeepTheIndentAndBlankRunsCollapse() {
        String text = TextWrap.wrap("    " + "alpha beta ".repeat(10) + "\n\n\n\nend", 30);
        assertThat(text.lines().filter(l -> !l.isEmpty() && !l.equals("end"))).allMatch(l -> l.startsWith("    a") || l.startsWith("    b"));
        assertThat(text).doesNotContain("\n\n\n").endsWith("\nend\n");
    }

    @Test
    void numberedItemsHangUnderTheirText() {
        String text = TextWrap.wrap("  12. " + "long title ".repeat(8), 30);
        assertThat(text.lines().toList()).first().asString().startsWith("  12. long");
        assertThat(text.lines().skip(1)).isNotEmpty().allMatch(l -> l.startsWith("      l") || l.startsWith("      t"));
    }
}
