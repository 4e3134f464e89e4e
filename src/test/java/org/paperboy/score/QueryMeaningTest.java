package org.paperboy.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class QueryMeaningTest {

    /**
     * The raw closeness is what the avoid and filter rules weigh against a subject's cosine similarity: it
     * must be a cosine too. Taking the subjects' standard scores for it made every paper of a topic that
     * lists subjects look far closer to the topic than to anything the reader avoids, so no such paper
     * was ever left out by meaning.
     */
    @Test
    void theRawClosenessIsTheNearerOfTheWholeTextsAndTheSubjectsCosineSimilarity() {
        float[] subject = {1, 0};
        Map<float[], double[]> cosines = Map.of(subject, new double[] {0.40, 0.05, 0.20});
        QueryMeaning m = QueryMeaning.of(new double[] {0.30, 0.10, 0.50}, new float[][] {subject}, cosines::get);

        assertThat(m.raw()).containsExactly(0.40, 0.10, 0.50);
        assertThat(cosines.get(subject)).as("the similarities it was given are left as they were").containsExactly(0.40, 0.05, 0.20);
        assertThat(m.ranking()[0]).as("the ranking still takes each subject relative to the papers").isGreaterThan(m.ranking()[1]);
    }
}
