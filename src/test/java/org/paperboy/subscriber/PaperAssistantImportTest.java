package org.paperboy.subscriber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
        // a criterion with its own Relevant line is that topic's name, however long
        assertThat(rlhf.name()).startsWith("New methodological improvements to RLHF").endsWith("across a range of tasks");
        assertThat(rlhf.keep()).startsWith("papers that discuss specific methods like RLHF").contains("instruction-tuning datasets");
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

    private static final Path PROFILES = Path.of("src/test/resources/profiles");
    private static final Path NO_AUTHORS = Path.of("src/test/resources/score/foundations-authors.txt");

    private static Profile read(Path topics) {
        return PaperAssistantImport.read(topics, NO_AUTHORS, "r@example.org", "").profile();
    }

    @Test
    void irrelevantLinesAreEachTopicsFilter() {
        Profile p = read(PROFILES.resolve("original/foundations-topics/2025-09-05.md"));
        assertThat(p.topics()).extracting(Topic::name).containsExactly("Model Architecture", "Model Compression and Efficiency",
                "High Performance Computing", "Representation Learning");
        assertThat(p.topics()).allSatisfy(t -> assertThat(t.filter()).isNotEmpty());
        assertThat(p.topics().get(1).filter()).isEqualTo("Straightforward applications of existing compression methods to new tasks.");
        assertThat(p.topics().get(1).keep()).startsWith("Sparsity, pruning, quantization").doesNotContain("Straightforward");
    }

    @Test
    void theKeywordsBlockGivesKeywordsAndItsIrrelevantAndApplicationListsAreAvoided() {
        Profile p = read(PROFILES.resolve("original/foundations-topics/2025-02-26.md"));
        assertThat(p.keywords()).contains("Mixture of Experts (MoE)", "Quantization", "Foundation Model").doesNotContain("etc");
        assertThat(p.avoid()).contains("Reinforcement Learning", "Diffusion Models", "Medical Imaging", "Knowledge Graph");
        assertThat(p.topics()).hasSize(6);
    }

    @Test
    void introductoryAndClosingParagraphsAreKeptAsWritten() {
        Profile foundations = read(PROFILES.resolve("original/foundations-topics/2025-02-26.md"));
        assertThat(foundations.about()).containsExactly("Use the following relevance criteria to focus on foundational research. "
                + "Keep relevant papers and filter out irrelevant ones. Avoid purely application-driven work.");
        Profile vision = read(PROFILES.resolve("original/vision-topics.md"));
        assertThat(vision.topics()).hasSize(4);
        assertThat(vision.about()).singleElement().asString().startsWith("In suggesting papers to your friend")
                .endsWith("as well as clever statistical tricks.");
    }

    @Test
    void aLongTopicNameWithCommasStaysTheNameAndAClosingListIsLeftOutWhateverItsSentenceSays() {
        Profile p = read(PROFILES.resolve("foundations-lists/2025-09-05.md"));
        assertThat(p.topics()).extracting(Topic::name)
                .contains("High performance computing, distributed training, and memory for large models");
        Topic hpc = p.topics().get(2);
        assertThat(hpc.keep()).startsWith("training large-scale models, distributed training");
        assertThat(hpc.filter()).startsWith("incremental engineering improvements");
        // "Please leave these out even when the method is sound:" never says "irrelevant"
        assertThat(p.avoid()).contains("reinforcement learning", "medical imaging", "speech recognition", "knowledge graphs");
        assertThat(p.about()).singleElement().asString().startsWith("I read arXiv for foundational machine learning research");
    }

    @Test
    void oneLineKeywordAndLeaveOutListsAreReadApart() {
        Profile p = read(PROFILES.resolve("foundations-terse/2025-09-05.md"));
        assertThat(p.topics()).isEmpty();
        assertThat(p.keywords()).contains("mixture of experts", "pruning", "foundation models").doesNotContain("reinforcement learning");
        assertThat(p.avoid()).contains("reinforcement learning", "knowledge graphs");
    }

    @Test
    void aProfileInProseIsReadAsParagraphs() {
        Profile p = read(PROFILES.resolve("vision-prose.md"));
        assertThat(p.topics()).isEmpty();
        assertThat(p.about()).hasSize(5);
        assertThat(p.about().get(1)).startsWith("He looks for new methodological improvements to spatial understanding");
    }

    @Test
    void closingListsAreSortedByTheirSentenceWhateverTheWording() throws Exception {
        Path topics = dir.resolve("topics.md");
        Files.writeString(topics, """
                1. Robot learning
                   - Keep: imitation learning, dexterous manipulation

                Papers in these areas rarely make it into my reading:
                - autonomous driving, drones
                Skip unless the method itself is new:
                - sim-to-real transfer
                I also like:
                * tactile sensing
                """);
        Profile p = read(topics);
        assertThat(p.avoid()).containsExactly("autonomous driving", "drones", "sim-to-real transfer");
        assertThat(p.keywords()).containsExactly("tactile sensing");
    }

    @Test
    void aListItCannotPlaceIsRefusedWithFileLineAndReasonAndNothingIsImported() throws Exception {
        Path topics = dir.resolve("topics.md");
        Files.writeString(topics, """
                1. Robot learning
                   - Keep: imitation learning

                Some thoughts on the following:
                - autonomous driving
                """);
        assertThatThrownBy(() -> read(topics)).isInstanceOf(InvalidProfileException.class)
                .hasMessageContaining(topics + ":4:").hasMessageContaining("Some thoughts on the following")
                .hasMessageContaining("keep or to leave out");
        Path stray = dir.resolve("stray.md");
        Files.writeString(stray, "## My interests\n\nI read about robots.\n\n- a stray item\n\n**Keywords:**\n- Maybe: grasping\n");
        assertThatThrownBy(() -> read(stray)).isInstanceOf(InvalidProfileException.class)
                .hasMessageContaining(stray + ":5:").hasMessageContaining("outside any topic or list")
                .hasMessageContaining(stray + ":8:").hasMessageContaining("\"Maybe:\" in the keywords block");
    }

    @Test
    void theImportedProfileSurvivesTheYamlRoundTripWithItsParagraphs() {
        Subscriber s = PaperAssistantImport.read(PROFILES.resolve("original/vision-topics.md"), NO_AUTHORS, "v@example.org", "");
        Subscriber back = ProfileFiles.parse(ProfileFiles.toYaml(s), "back.yaml");
        assertThat(back.profile()).isEqualTo(s.profile());
    }
}
