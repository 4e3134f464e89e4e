package org.paperboy.issue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.paperboy.paper.Paper;

/** Sentences of real abstracts (the sample week's) taken out of them, as the weekly issue quotes them. */
class StandaloneTest {

    static final Map<String, Paper> SAMPLES = WeeklyComposerTest.week().stream()
            .collect(Collectors.toMap(p -> p.id().base(), Function.identity(), (a, b) -> a));

    static List<String> sentences(String id) {
        return Sentences.of(SAMPLES.get(id).abstractText());
    }

    static String name(String id) {
        return MethodName.of(SAMPLES.get(id).title(), SAMPLES.get(id).abstractText());
    }

    static int at(List<String> sentences, String start) {
        for (int i = 0; i < sentences.size(); i++) {
            if (sentences.get(i).startsWith(start)) {
                return i;
            }
        }
        throw new AssertionError("no sentence starts with " + start + " in " + sentences);
    }

    @Test
    void aSentenceTheListingRanOnWithoutASpaceIsASentenceOfItsOwn() {
        // arXiv 2606.12203 (SKIM) ends "... better than existing compression methods.We have released our code at ..."
        List<String> s = sentences("2606.12203");
        assertThat(s.get(s.size() - 2)).endsWith("better than existing compression methods.");
        assertThat(s.get(s.size() - 1)).startsWith("We have released our code");
        assertThat(Sentences.of("Results hold, e.g. on GPT-4, as Smith et al. showed.")).hasSize(1);
    }

    @Test
    void anOpenerThatPointsBackIsDroppedAndTheAuthorsAreNamedSo() {
        List<String> s = sentences("2606.11675"); // Lung-R1
        assertThat(Standalone.of(s, at(s, "To address it, we introduce LungKG"), name("2606.11675")))
                .hasValue("The authors introduce LungKG, the first structured pulmonary knowledge graph for diagnostic knowledge"
                        + " organization and record-grounded reasoning.");
        assertThat(Standalone.of(s, at(s, "These results demonstrate"), name("2606.11675")))
                .hasValue("The results demonstrate the value of LungKG-guided training for EMR-based pulmonary diagnosis.");
    }

    @Test
    void anIdeaInstantiatedAsAMethodIsWhatTheAuthorsPropose() {
        // arXiv 2606.13649 (sample week): its TL;DR was the abstract's opening, on the confidence baselines that came before it
        List<String> s = sentences("2606.13649");
        assertThat(Standalone.of(s, at(s, "We instantiate this idea"), name("2606.13649")))
                .hasValue("The authors propose operadic consistency (OC), a per-question signal.");
    }

    @Test
    void aSentenceThatNamesWhatItAddressesOnlyByPointingBackComesWithTheSentenceBefore() {
        List<String> s = sentences("2606.09856"); // Program-based Posterior Training
        int i = at(s, "In this work, we introduce a novel approach");
        assertThat(Standalone.of(s, i, name("2606.09856"))).as("\"these limitations\" are in the sentence before").isEmpty();
        assertThat(Standalone.withBefore(s, i, name("2606.09856"))).hasValueSatisfying(pair -> assertThat(pair)
                .startsWith("There are challenges to using standard fine-tuning methods for inductive reasoning")
                .contains(" The authors introduce a novel approach, called Program-based Posterior Training (PPT), to address"
                        + " these limitations: they use an LLM")
                .doesNotContain("In this work").doesNotContain(" we "));
    }

    @Test
    void limitationsAboveAndEmptyAnnouncementsDoNotStandAlone() {
        List<String> rtl = sentences("2606.08976"); // RTL-BenchLS
        assertThat(Standalone.leans(Standalone.rewrite(rtl.get(at(rtl, "We introduce RTL-BenchLS")), "RTL-BenchLS"))).isTrue();
        List<String> dep = sentences("2606.10796"); // Dep-LLM
        assertThat(Standalone.of(dep, at(dep, "Dep-LLM comprises three stages."), name("2606.10796"))).isEmpty();
        assertThat(Standalone.of(rtl, at(rtl, "The first two are self-supervised"), "RTL-BenchLS")).isEmpty();
    }

    @Test
    void theyWithNothingBeforeThemToStandForComeWithTheSentenceThatSaysWhoTheyAre() {
        List<String> s = sentences("2606.08952"); // AlloSpatial
        int i = at(s, "A key bottleneck lies in their inability");
        assertThat(Standalone.of(s, i, name("2606.08952"))).as("whose inability?").isEmpty();
        assertThat(Standalone.withBefore(s, i, name("2606.08952"))).hasValueSatisfying(pair -> assertThat(pair)
                .startsWith("Multimodal Foundation Models (MFMs) have made substantial progress")
                .endsWith("A key bottleneck lies in their inability to transform local egocentric observations into a global"
                        + " allocentric spatial representation."));
        assertThat(Standalone.leans("Large language models excel at code, but their outputs drift over long contexts."))
                .as("\"their\" after the plural it stands for").isFalse();
        assertThat(Standalone.leans("The authors release LungKG and show that they can reuse it across hospitals."))
                .as("the authors are who \"they\" are").isFalse();
        // arXiv 2603.16664 (18 March 2026), once its opening "Second, to take full advantage of these evidence," is cut
        assertThat(Standalone.leans("Kestrel verifies them via an LVLM judge for evidence checking, then iteratively self-refine"
                + " answers based on verified evidence to reduce the risk of over-correction."))
                .as("a verb ending in s is not what \"them\" stands for").isTrue();
        assertThat(Standalone.leans("Sparse autoencoders recover features and the authors compare them across layers."))
                .as("\"features\" before \"compare them\"").isFalse();
    }

    @Test
    void allThreeOfSomethingTheReaderWasNotShownDoesNotStandAlone() {
        List<String> s = sentences("2606.10423"); // WebChallenger
        assertThat(Standalone.of(s, at(s, "Because all three operate over PageMem"), name("2606.10423"))).isEmpty();
        // GAMBIT (arXiv 2601.03416): resulting from what?
        assertThat(Standalone.leans("The resulting structured reasoning chain increases task complexity in both vision and"
                + " text, positioning the model as a participant whose goal pursuit reduces safety attention.")).isTrue();
    }

    @Test
    void itAfterTheSentenceThatNamesTheMethodIsTheMethod() {
        List<String> s = sentences("2606.08976");
        assertThat(Standalone.of(s, at(s, "It contains over 10,000"), name("2606.08976")))
                .hasValue("RTL-BenchLS contains over 10,000 formally verified Verilog designs, covering substantially larger and"
                        + " more complex designs than existing benchmarks.");
        assertThat(Standalone.of(s, at(s, "It leaves ample room"), "")).as("without a name, \"it\" is nobody").isEmpty();
        // after "our model" in the sentence before, and a short opening phrase (GeM-VG, 8-14 January 2026)
        List<String> gem = Sentences.of(PaperProseTest.GEM_VG.abstractText());
        assertThat(Standalone.of(gem, at(gem, "For multi-image grounding"), "GeM-VG")).hasValue("For multi-image grounding, GeM-VG"
                + " outperforms the previous leading MLLMs by 2.0% and 9.7% on MIG-Bench and MC-Bench, respectively.");
        assertThat(Standalone.of(List.of("Prior work is slow.", "For long inputs, it fails often and badly."), 1, "X"))
                .as("an \"it\" after no mention of the method is not the method").isEmpty();
    }

    @Test
    void linkingWordsGoAndFirstPersonBecomesTheAuthors() {
        assertThat(Standalone.rewrite("Furthermore, we show that our method scales to 70B parameters.", ""))
                .isEqualTo("The authors show that their method scales to 70B parameters.");
        assertThat(Standalone.rewrite("Furthermore, we show that our method scales to 70B parameters.", "Mario"))
                .isEqualTo("The authors show that Mario scales to 70B parameters.");
        // arXiv 2606.10594 (the sample week), the last step of its method
        assertThat(Standalone.rewrite("Eventually, the Loopback Verification Module (LVM) is designed to yield the segmentation mask.", ""))
                .isEqualTo("The Loopback Verification Module (LVM) is designed to yield the segmentation mask.");
        assertThat(Standalone.rewrite("Our code is available at https://github.com/x/y.", "")).isEqualTo(
                "The code is available at https://github.com/x/y.");
        assertThat(Standalone.rewrite("In this paper, we propose Mario, a unified framework.", "Mario"))
                .isEqualTo("The authors propose Mario, a unified framework.");
    }

    @Test
    void aListsNumberASideOfTheProblemAndAnAlsoGoWhatFollowsStandsAsItIs() {
        // arXiv 2606.08615, 2606.13578 and 2606.13608 (the sample week)
        assertThat(Standalone.rewrite("(i) For backbone capability, we construct Streaming-Train-248K, a streaming dataset paired"
                + " with a novel training objective.", "")).isEqualTo("For backbone capability, the authors construct"
                + " Streaming-Train-248K, a streaming dataset paired with a novel training objective.");
        assertThat(Standalone.rewrite("To address the data side, we build RoboGenesis, a simulation-based workflow and data engine.", ""))
                .isEqualTo("The authors build RoboGenesis, a simulation-based workflow and data engine.");
        assertThat(Standalone.rewrite("We further introduce AgentBeats as a concrete realization of the assessment protocol.", ""))
                .isEqualTo("The authors introduce AgentBeats as a concrete realization of the assessment protocol.");
        assertThat(Standalone.rewrite("We also incorporate quantization to reduce storage overhead.", ""))
                .isEqualTo("The authors incorporate quantization to reduce storage overhead.");
    }

    @Test
    void pronounsAndDemonstrativesWithoutTheirReferentLean() {
        for (String s : List.of("This enables faster inference on long documents.", "They also transfer to unseen tasks well.",
"When integrated into a 7B model, it surpasses the baseline.",
                "Mario resolves the two above challenges with a single network.", "Our contributions are threefold:",
                "Mario consists of two innovative stages.",
                // arXiv 2603.16792 (18 March 2026), V-Co: it names none of the four
                "The paper reveals four key ingredients for effective visual co-denoising.",
                // arXiv 2603.16868 (18 March 2026), MessyKitchens: the directions come in the sentences after
                "In this work we advance object-level scene reconstruction along two directions.")) {
            assertThat(Standalone.of(List.of(s), 0, "Mario")).as(s).isEmpty();
        }
        assertThat(Standalone.of(List.of("Unlike prior work, Mario trains the encoder and the decoder jointly."), 0, "Mario"))
                .isPresent();
        // "Current Agents Fail to Leverage World Model as Tool for Foresight" (8-14 January 2026), notable 8: a remedy for what?
        assertThat(Standalone.leans("Generative world models offer a promising remedy: agents could use them as external simulators"
                + " to foresee outcomes before acting.")).isTrue();
        assertThat(Standalone.leans("Generative world models offer a remedy for short-sighted agents that act before they foresee."))
                .isFalse();
    }

    @Test
    void thatAssumptionAndEachComponentPointAtWhatTheReaderWasNotShown() {
        // 2602.23239 (2026-W09), after a sentence on AI systems "governed by norms"
        assertThat(Standalone.leans(Standalone.rewrite("We demonstrate that assumption is formally invalid for optimization-based systems, "
                + "specifically Large Language Models trained via Reinforcement Learning from Human Feedback (RLHF).", ""))).isTrue();
        List<String> ablation = sentences("2606.09029");
        assertThat(Standalone.of(ablation, at(ablation, "Ablation experiments further demonstrate the effectiveness of each component"),
                name("2606.09029"))).as("the components were never named to the reader").isEmpty();
        List<String> gan = sentences("2606.09608");
        assertThat(Standalone.of(gan, at(gan, "Each stage adapts a one-step GAN"), name("2606.09608"))).isEmpty();
    }

    @Test
    void theMethodIsTheAcronymTheContributionDefinesNotTheTaskItWorksOn() {
        // the abstract first defines the task, open-vocabulary audio-visual event localization (OV-AVEL)
        assertThat(name("2606.07033")).isEqualTo("HSCHG");
    }
}
