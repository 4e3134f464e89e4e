package org.paperboy.score;

import java.util.List;
import java.util.Locale;
import org.paperboy.paper.Paper;

/** A rough novelty estimate from how the abstract describes its contribution. */
final class Novelty {

    private static final List<String> NEW = List.of("for the first time", "first to", "we introduce", "we propose a new",
            "novel", "new benchmark", "new dataset", "state-of-the-art", "state of the art", "outperform", "surpass",
            "we present the first", "fundamentally");
    private static final List<String> OLD = List.of("survey", "review of", "we revisit", "revisiting", "case study",
            "application of", "we apply", "replication", "reproduc", "position paper", "tutorial");

    private Novelty() {
    }

    static int of(Paper paper) {
        String text = (paper.title() + " " + paper.abstractText()).toLowerCase(Locale.ROOT);
        int n = 5;
        n += (int) Math.min(3, NEW.stream().filter(text::contains).count());
        n -= (int) Math.min(3, 2 * OLD.stream().filter(text::contains).count());
        return Math.max(1, Math.min(10, n));
    }
}
