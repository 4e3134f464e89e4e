package org.paperboy.score;

import java.util.List;

/**
 * A scorer's answer for one reader: one score per paper, and what the LLM judge did to reach them, so
 * that the issue made from the scores carries its own token use and cost.
 *
 * @param judging {@link Judging#NONE} when no judge ran
 */
public record Ranking(List<Score> scores, Judging judging) {

    public Ranking {
        judging = judging == null ? Judging.NONE : judging;
    }
}
