package org.paperboy.score;

import java.util.List;
import org.paperboy.paper.Paper;
import org.paperboy.subscriber.Profile;

/** Scores papers against one reader's profile. */
public interface Scorer {

    /** One score per paper, in any order. Papers the scorer finds irrelevant still get a score. */
    List<Score> score(Profile profile, List<Paper> papers);

    /** The scores with what the LLM judge did for them; scorers without a judge did nothing of the kind. */
    default Ranking rank(Profile profile, List<Paper> papers) {
        return new Ranking(score(profile, papers), Judging.NONE);
    }

    /**
     * Does ahead the model work these readers' criteria need and that was never done (a scorer that
     * embeds criteria embeds the new ones), so that scoring them is arithmetic alone. Optional: a
     * scorer does what is missing when it scores.
     */
    default void prepare(List<Profile> profiles) {
    }
}
