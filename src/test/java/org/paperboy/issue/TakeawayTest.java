package org.paperboy.issue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperboy.paper.AnnounceType;
import org.paperboy.paper.ArxivId;
import org.paperboy.paper.Paper;

class TakeawayTest {

    @Test
    void aBreakthroughIsCalledByTheNameItsTitleGivesNotByABenchmarkItsAbstractAddsOnTheSide() {
        // arXiv 2602.23152 (2026-W09): the takeaway called it "CoW-Bench"
        Paper trinity = new Paper(ArxivId.parse("2602.23152"),
                "The Trinity of Consistency as a Defining Principle for General World Models", List.of("J. Wei"),
                List.of("cs.AI"), "The authors propose that a World Model must be grounded in the Trinity of Consistency."
                + " We introduce CoW-Bench, a benchmark centered on multi-frame reasoning and generation scenarios.", "",
                LocalDate.of(2026, 2, 27), AnnounceType.NEW);
        assertThat(Takeaway.label(trinity)).isEqualTo("“The Trinity of Consistency as a Defining Principle for General World Models”");
        Paper named = new Paper(ArxivId.parse("2602.22718"),
                "RLHFless: Serverless Computing for Efficient RLHF", List.of("R. Wei"), List.of("cs.LG"),
                "We present RLHFless, the first scalable training framework for synchronous RLHF.", "",
                LocalDate.of(2026, 2, 26), AnnounceType.NEW);
        assertThat(Takeaway.label(named)).isEqualTo("RLHFless");
    }

    @Test
    void aBreakthroughWhoseTitleNamesItsDirectionIsNotSaidToBeOnItAgain() {
        // 2026-W09: "“Physics-based phenomenological characterization of cross-modal bias in multimodal models” on cross-modal bias"
        String physics = "“Physics-based phenomenological characterization of cross-modal bias in multimodal models”";
        assertThat(Takeaway.onDirection(physics, "cross-modal bias")).isEqualTo(physics);
        assertThat(Takeaway.onDirection("Forge-and-Quench", "multimodal understanding"))
                .isEqualTo("Forge-and-Quench on multimodal understanding");
    }
}
