package org.paperboy.subscriber;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PaperAssistantImportTest {

    @TempDir
    Path dir;

    @Test
    void readsNumberedCriteriaWithTheirRelevantAndNotRelevantLines() throws Exception {
        Path topics = dir.resolve("paper_topics.txt");
        Files.writeString(topics, """
                 1. New methodological improvements to RLHF or instruction-following which are specific fine-tuning steps that are taken to make language models better at following user instructions across a range of tasks.
                    - Relevant: papers that discuss specific methods like RLHF, or instruction-tuning datasets, improving these methods, or analyzing them.
                    - Not relevant: papers about adaptation to some task. Simply following instructions or inputs are not sufficient.
                 2. Model Compression and Efficiency
                    - Keep: sparsity, pruning, quantization, low-rank methods
                    - Filter: straightforward application of known compression methods to a new task.

                 In suggesting papers to your friend, remember that he enjoys papers on statistical machine learning.
                """);
        Path authors = dir.resolve("authors.txt");
        Files.writeString(authors, "Geoffrey E. Hinton, 1695689\nYann LeCun, 1688882\n\n# old interests\nKaiming He\n");
        Subscriber s = PaperAssistantImport.read(topics, authors, "reader@example.org", "Reader");
        assertThat(s.profile().topics()).hasSize(2);
        Topic rlhf = s.profile().topics().get(0);
        assertThat(rlhf.name()).isEmpty();
        assertThat(rlhf.keep()).startsWith("New methodological improvements to RLHF").contains("instruction-tuning datasets");
        assertThat(rlhf.filter()).startsWith("papers about adaptation to some task");
        Topic compression = s.profile().topics().get(1);
        assertThat(compression.name()).isEqualTo("Model Compression and Efficiency");
        assertThat(compression.keep()).isEqualTo("sparsity, pruning, quantization, low-rank methods");
        assertThat(s.profile().authors()).containsExactly("Geoffrey E. Hinton", "Yann LeCun", "Kaiming He");
    }

    @Test
    void readsTheRealEvaluationProfiles() {
        Path profiles = Path.of("src/test/resources/score");
        Subscriber s = PaperAssistantImport.read(profiles.resolve("foundations-topics.md"),
                profiles.resolve("foundations-authors.txt"), "f@example.org", "");
        assertThat(s.profile().topics()).extracting(Topic::name).contains("Model Architecture", "Model Compression and Efficiency");
        assertThat(s.profile().authors()).contains("Yann LeCun");
        // "Usually irrelevant ...:" bullet lists become things to avoid, one item each.
        assertThat(s.profile().avoid()).contains("Federated Learning", "medical imaging", "speech recognition")
                .doesNotContain("etc.", "etc");
    }

    @Test
    void aKeywordsSectionGivesKeywordsAndThingsToAvoid(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path topics = dir.resolve("topics.md");
        java.nio.file.Files.writeString(topics, """
                1. Robot learning
                   - Relevant: imitation learning for manipulation

                **Keywords:**
                - Relevant: diffusion policy, dexterous grasping
                - Irrelevant: autonomous driving
                - Application: surgical robots
                """);
        Path authors = java.nio.file.Files.writeString(dir.resolve("authors.txt"), "");
        Subscriber s = PaperAssistantImport.read(topics, authors, "r@example.org", "");
        assertThat(s.profile().topics()).extracting(Topic::name).containsExactly("Robot learning");
        assertThat(s.profile().keywords()).containsExactly("diffusion policy", "dexterous grasping");
        assertThat(s.profile().avoid()).containsExactly("autonomous driving", "surgical robots");
    }
}
