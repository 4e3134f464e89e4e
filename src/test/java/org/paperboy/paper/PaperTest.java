package org.paperboy.paper;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaperTest {

    /** Feeds break titles and abstracts over lines and indent them; the paper keeps single spaces. */
    @Test
    void whitespaceRunsBecomeOneSpaceAndTheEndsAreTrimmed() {
        String[][] cases = {
            {"Sparse  Mixture of\n  Experts", "Sparse Mixture of Experts"},
            {"\tKV-cache\r\ncompression \u000B at scale\f", "KV-cache compression at scale"},
            {"  A title already clean  ", "A title already clean"},
            {"A title already clean", "A title already clean"},
            {"One\u00A0non-breaking space stays", "One\u00A0non-breaking space stays"},
            {"x", "x"},
            {" \n ", ""}};
        for (String[] c : cases) {
            Paper p = new Paper(ArxivId.parse("2606.00001"), c[0], List.of(" A.\n Author "), List.of("cs.LG"), c[0], c[0],
                    LocalDate.of(2026, 6, 8), AnnounceType.NEW);
            assertThat(List.of(p.title(), p.abstractText(), p.comment())).as(c[0]).containsOnly(c[1]);
            assertThat(p.authors()).containsExactly("A. Author");
        }
    }
}
