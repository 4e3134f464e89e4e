package org.paperboy.score;

import java.util.List;
import org.paperboy.paper.Paper;

/** The sentence vectors of papers, in order. */
@FunctionalInterface
public interface PaperVectors {

    float[][] of(List<Paper> papers);

    /** For models that learn from words alone. */
    PaperVectors NONE = papers -> new float[papers.size()][];
}
