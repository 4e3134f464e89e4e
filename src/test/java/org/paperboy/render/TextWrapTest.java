package org.paperboy.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.paperboy.issue.MailText;

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

    @Test
    void aMailWrappedFromItsPiecesIsTheMailWrappedWhole() {
        // lines the templates make: short and long ones, blank runs, trailing spaces, items, long URLs
        String[] lines = {"", "", "Title of a paper", "  3. " + "a numbered title that goes on ".repeat(3), "   ",
                "Why: " + "a reason in words ".repeat(6), "https://example.org/" + "x".repeat(90), "end ", "Authors: A, B",
                "\t tabbed line", "word ".repeat(30)};
        Random random = new Random(7);
        int shared = 0;
        for (int mail = 0; mail < 2_000; mail++) {
            Object run = new Object();
            MailText.Builder pieces = new MailText.Builder(run);
            List<TextWrap.Split> splits = new ArrayList<>();
            for (int p = random.nextInt(8); p >= 0; p--) {
                StringBuilder piece = new StringBuilder();
                for (int n = random.nextInt(7); n >= 0; n--) {
                    piece.append(lines[random.nextInt(lines.length)]).append(random.nextInt(6) == 0 ? "" : "\n");
                }
                boolean numbered = random.nextBoolean();
                pieces.add(piece.toString(), numbered ? splits.size() : -1);
                if (numbered) {
                    splits.add(TextWrap.split(piece.toString(), 40));
                }
            }
            MailText unwrapped = pieces.build();
            MailText wrapped = TextWrap.wrap(unwrapped, splits::get, 40, MailText.Builder::add);

            assertThat(wrapped.text()).isEqualTo(TextWrap.wrap(unwrapped.text(), 40));
            for (int i = 0; i < wrapped.size(); i++) {
                if (wrapped.number(i) >= 0) {
                    assertThat(wrapped.piece(i)).isSameAs(splits.get(wrapped.number(i)).body());
                    shared++;
                }
            }
        }
        assertThat(shared).as("lines kept as shared pieces").isGreaterThan(200);
    }

    @Test
    void onlyLinesWrappingLeavesAsTheyAreAreShared() {
        TextWrap.Split split = TextWrap.split("end of a line\nTitle\n\nAuthors: A, B\nstart of one", 40);
        assertThat(split.head()).isEqualTo("end of a line\n");
        assertThat(split.body()).isEqualTo("Title\n\nAuthors: A, B\n");
        assertThat(split.tail()).isEqualTo("start of one");

        assertThat(TextWrap.split("a\n" + "long ".repeat(10) + "\nb", 40)).as("a line to wrap").isNull();
        assertThat(TextWrap.split("a\n\nTitle\n\nb", 40).body()).as("blank lines next to words").isEqualTo("\nTitle\n\n");
        assertThat(TextWrap.split("\n\nTitle\nb", 40)).as("a blank line first after what may be one").isNull();
        assertThat(TextWrap.split("a\nTitle\n\n ", 40)).as("a blank line last before what may be one").isNull();
        assertThat(TextWrap.split("a\nTitle\n\n\nb", 40)).as("a blank run").isNull();
        assertThat(TextWrap.split("a\nTitle \nb", 40)).as("a trailing space").isNull();
        assertThat(TextWrap.split("a\nb", 40)).as("no whole line").isNull();
    }
}
