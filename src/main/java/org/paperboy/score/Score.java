package org.paperboy.score;

import org.paperboy.paper.ArxivId;

/**
 * How one paper fits one reader.
 *
 * @param relevance   1-10, how well the paper matches the reader's criteria
 * @param novelty     1-10, how new the contribution looks
 * @param reason      one line naming the matched criterion and why, e.g. "Author match: Yann LeCun"
 * @param authorMatch a followed author wrote it: always included
 * @param rank        the scorer's raw ordering value (higher first); comparable within one call only
 */
public record Score(ArxivId id, int relevance, int novelty, String reason, boolean authorMatch, double rank) {
    public Score {
        if (relevance < 1 || relevance > 10 || novelty < 1 || novelty > 10) {
            throw new IllegalArgumentException("relevance and novelty are 1-10, got " + relevance + "/" + novelty);
        }
        reason = reason == null ? "" : reason.strip();
    }
}
