package org.paperboy.issue;

import org.paperboy.paper.Paper;
import org.paperboy.score.Score;

/** A paper chosen for an issue, with why. */
public record Pick(Paper paper, Score score) {
}
