package org.paperboy.score;

import java.util.List;

/** What readers told us about the papers they were sent. */
public interface FeedbackStore {

    /** Records a click; a later click on the same paper replaces it. False when the paper is unknown. */
    boolean record(long subscriberId, String paperId, boolean liked);

    /** The reader's feedback, oldest first. */
    List<FeedbackModel.Example> examples(long subscriberId);
}
