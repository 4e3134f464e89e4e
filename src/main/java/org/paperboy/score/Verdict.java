package org.paperboy.score;

/**
 * What the LLM judge said of one paper for one reader's criteria.
 *
 * @param relevance 1-10
 * @param novelty   1-10, or 0 when the model gave none usable (the base score's novelty stays)
 * @param comment   the criterion that matched, in the model's words; "" when it gave none usable
 */
public record Verdict(int relevance, int novelty, String comment) {
    public Verdict {
        if (relevance < 1 || relevance > 10 || novelty < 0 || novelty > 10) {
            throw new IllegalArgumentException("a verdict's relevance is 1-10 and its novelty 0-10, got "
                    + relevance + "/" + novelty);
        }
        comment = comment == null ? "" : comment.strip();
    }
}
