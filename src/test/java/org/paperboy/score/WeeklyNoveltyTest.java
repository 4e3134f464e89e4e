package org.paperboy.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperboy.paper.AnnounceType;
import org.paperboy.paper.ArxivId;
import org.paperboy.paper.Paper;

/** The weekly issue's novelty: what kind of contribution a paper makes, as the reader would weigh it. */
class WeeklyNoveltyTest {

    private static final Paper BENCHMARK = paper("2606.10001", "NavBench: a benchmark for embodied navigation",
            "We build a benchmark of household scenes where embodied agents follow spoken routes across rooms.");
    private static final Paper METHOD = paper("2606.10002", "Route memory for embodied navigation",
            "We train embodied agents to remember routes so they follow spoken directions across many rooms.");

    @Test
    void aBenchmarkReadsAsLessNewThanAMethodUnlessTheReaderAsksForBenchmarks() {
        double[] anyone = WeeklyNovelty.of(List.of(BENCHMARK, METHOD), "robot navigation, vision-language models");
        assertThat(anyone[0]).isLessThan(anyone[1]);
        // the vision dev set's reader: "Embodied AI papers on building new benchmark (simulator related) or new methods"
        double[] asked = WeeklyNovelty.of(List.of(BENCHMARK, METHOD), "Embodied AI papers on building new benchmark or new methods");
        assertThat(asked[0]).isEqualTo(asked[1]);
    }

    private static Paper paper(String id, String title, String abstractText) {
        return new Paper(ArxivId.parse(id), title, List.of("A. Author"), List.of("cs.CV"), abstractText, "",
                LocalDate.of(2026, 6, 9), AnnounceType.NEW);
    }
}
