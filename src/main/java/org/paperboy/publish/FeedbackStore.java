package org.paperboy.publish;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.paperboy.score.FeedbackModel;

/** What readers told us about the papers they were sent. */
public interface FeedbackStore {

    /** Records a click; a later click on the same paper replaces it. False when the paper is unknown. */
    boolean record(long subscriberId, String paperId, boolean liked);

    /** The reader's feedback, oldest first. */
    default List<FeedbackModel.Example> examples(long subscriberId) {
        return examples(List.of(subscriberId)).getOrDefault(subscriberId, List.of());
    }

    /** The feedback of each of these readers who gave some, oldest first: one query for a digest run's chunk. */
    Map<Long, List<FeedbackModel.Example>> examples(Collection<Long> subscriberIds);
}
