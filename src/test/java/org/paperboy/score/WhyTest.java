package org.paperboy.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.paperboy.ingest.JsonlSource;
import org.paperboy.paper.ArxivId;
import org.paperboy.paper.Paper;
import org.paperboy.subscriber.Profile;
import org.paperboy.subscriber.Topic;

/** "Why" lines on real papers: the paper's own phrase, the reader's interest, their items quoted whole. */
class WhyTest {

    static final List<Paper> FRIDAY = new JsonlSource(Path.of("samples/2026-06-12.jsonl.gz")).fetch().papers();
    static final Topic EVALUATION = new Topic("Evaluation", "new benchmarks for LLMs, contamination, LLM-as-a-judge,"
            + " evaluation methodology", "");
    static final Topic VLM = new Topic("Vision-language models", "multimodal large language models, visual question answering,"
            + " grounding, vision-language pretraining", "");
    static final Topic COMPRESSION = new Topic("Model compression", "sparsity, pruning, quantization, low-rank approaches, cache", "");

    /** The offline scorer's reason for one paper, to a reader of this topic only. */
    static String reason(Topic topic, Paper paper) {
        return reason(KeywordScorerTest.profile(List.of(topic), List.of(), List.of(), List.of()), paper);
    }

    /** The offline scorer's reason for one paper, to a reader of this keyword only. */
    static String reason(String keyword, Paper paper) {
        return reason(KeywordScorerTest.profile(List.of(), List.of(), List.of(keyword), List.of()), paper);
    }

    static String reason(Profile profile, Paper paper) {
        return new KeywordScorer().score(profile, List.of(paper)).get(0).reason();
    }

    static Map<String, Score> scores(Profile profile) {
        return new KeywordScorer().score(profile, FRIDAY).stream().collect(Collectors.toMap(s -> s.id().base(), Function.identity()));
    }

    @Test
    void aReasonQuotesThePapersPhraseAndTheReadersItemsItAnswers() {
        Map<String, Score> scores = scores(KeywordScorerTest.profile(List.of(COMPRESSION), List.of(), List.of(), List.of()));
        assertThat(scores.get("2606.13361").reason()).isEqualTo("Model compression: can I buy your KV cache (you follow \"cache\")");
    }

    @Test
    void theTopicsOwnNameIsNeverTheMatch() {
        Map<String, Score> scores = scores(KeywordScorerTest.profile(List.of(EVALUATION), List.of(), List.of(), List.of()));
        // its title names the topic and nothing else of it
        assertThat(scores.get("2606.12730").reason()).isEqualTo("Evaluation: rethinking psychometric evaluation of LLMs");
    }

    @Test
    void aPhraseOfThePaperThatIsTheTopicsNameIsNoMatchEither() {
        // arXiv 2606.06741 writes "LLM agents", the name of the topic it is sent for: its title says more
        Topic agents = new Topic("LLM agents", "tool use, multi-agent systems, planning, web agents, agent benchmarks,"
                + " memory for agents", "");
        Map<String, Score> scores = new KeywordScorer().score(KeywordScorerTest.profile(List.of(agents), List.of(), List.of(), List.of()),
                KeywordScorerTest.MONDAY).stream().collect(Collectors.toMap(s -> s.id().base(), Function.identity()));
        assertThat(scores.get("2606.06741").reason()).startsWith("LLM agents: open-world self-evolution");
    }

    @Test
    void noReasonOfTheDayIsAWordListAFragmentOrTheTopicsNameAlone() {
        Profile reader = KeywordScorerTest.profile(List.of(EVALUATION, VLM, COMPRESSION), List.of(),
                List.of("large language model", "reasoning"), List.of());
        List<String> items = new ArrayList<>();
        for (Topic t : reader.topics()) {
            items.addAll(List.of(t.keep().split(",\\s*")));
        }
        items.addAll(reader.keywords());
        reader.topics().forEach(t -> items.add(t.name()));
        List<String> bad = new ArrayList<>();
        for (Score s : scores(reader).values()) {
            String why = s.reason();
            if (why.equals(KeywordScorer.NO_MATCH)) {
                continue;
            }
            boolean named = why.matches("(Evaluation|Vision-language models|Model compression): .+|Keywords? \".+\": .+"
                    + "|Close in meaning to your (?:topic|keyword) \".+\": .+");
            boolean quotesWholeItems = java.util.regex.Pattern.compile("\"([^\"]+)\"").matcher(why).results()
                    .flatMap(m -> List.of(m.group(1).split(", ")).stream()).allMatch(items::contains);
            String after = why.substring(why.indexOf(": ") + 2);
            boolean list = after.contains(", ") && List.of(after.split(", ")).stream().allMatch(w -> items.stream().anyMatch(w::equalsIgnoreCase));
            if (!named || !quotesWholeItems || list || why.contains("multimodal large, large language")) {
                bad.add(s.id() + " " + why);
            }
        }
        assertThat(bad).isEmpty();
    }

    @Test
    void aKeywordOnlyTheAbstractNamesIsQuotedWithItsClauseNotPutBeforeATitleWithoutIt() {
        // arXiv 2603.15634 (18 March 2026) writes "quantization" once, in "We also incorporate quantization to reduce storage
        // overhead."; the line read 'Keyword "Quantization": named in the abstract'
        Paper nextMem = paper("2603.15634", "NextMem: Towards Latent Factual Memory for LLM-based Agents", "Memory is essential for"
                + " LLM-based agents. We also incorporate quantization to reduce storage overhead.");
        String why = reason("Quantization", nextMem);
        assertThat(why).isEqualTo("Keyword \"Quantization\": quantization to reduce storage overhead");
        Paper once = paper("2603.15634", nextMem.title(), "Memory is essential for agents, and for quantization.");
        assertThat(reason("Quantization", once)).as("a clause that ends at the keyword").isEqualTo(
                "Keyword \"Quantization\": named in the abstract");
    }

    @Test
    void aQuoteStartsAtNoVerbNoFigureAndReadsATitlesQuestionOrListWhole() {
        Map<String, Paper> week = new java.util.HashMap<>();
        for (String day : List.of("2026-06-08", "2026-06-11", "2026-06-12")) {
            new JsonlSource(Path.of("samples/" + day + ".jsonl.gz")).fetch().papers().forEach(p -> week.put(p.id().base(), p));
        }
        // "We introduce PersonaDrive, a pipeline that conditions a vision-language-action (VLA) driving agent on ..."
        assertThat(PaperPhrases.best(week.get("2606.12616"), List.of(Text.stems("vision-language-action")), null).text())
                .doesNotContain("conditions");
        // the title "MMBU: A Massive ... Benchmark to Probe the Perception Capabilities of Vision-Language Models"
        assertThat(PaperPhrases.best(week.get("2606.06696"), List.of(Text.stems("vision-language models")), null).text())
                .isEqualTo("perception capabilities of vision-language models");
        // "When Does Language Matter? Multilingual Instructions Reveal ...": the question, not "language matter"
        assertThat(PaperPhrases.best(week.get("2606.11906"), List.of(Text.stems("language")), null).text())
                .isEqualTo("when does language matter");
        // and so does the title's phrase, which stands in when the paper's own words say no more than the reader's (the demo's
        // 11 June read 'Embodied AI: language matter (you follow "vision-language-action models")')
        assertThat(PaperPhrases.title(week.get("2606.11906")).text()).isEqualTo("when does language matter");
        // "...: Task, Benchmark, and Approach" lists; the part before the colon says what the paper is about
        assertThat(PaperPhrases.title(week.get("2606.13192")).text()).isEqualTo("reasoning for mobile user experience with multimodal LLMs");
        // arXiv 2606.08596: "... while reducing the number of LLM queries by 77.7% and test-time latency by 97.1%."
        Paper figures = paper("2606.08596", "Distilling LLM Reasoning into an Interpretable Policy Tree", "Experiments in Overcooked-AI"
                + " show that Co-pi-tree improves average reward by 35.4% over the baseline average, while reducing the number of"
                + " LLM queries by 77.7% and test-time latency by 97.1%.");
        assertThat(PaperPhrases.best(figures, List.of(Text.stems("test-time")), null).text()).isEqualTo("test-time latency");
    }

    @Test
    void aTopicsItemThePaperHoldsOnlyInPartIsNotSaidToBeFollowed() {
        // arXiv 2606.08596 (the demo's 9 June): "test-time latency" matched the demo reader's "test-time compute", and the
        // reason read 'test-time latency (you follow "test-time compute")'
        Paper coPiTree = new JsonlSource(Path.of("samples/2026-06-09.jsonl.gz")).fetch().papers().stream()
                .filter(p -> p.id().base().equals("2606.08596")).findFirst().orElseThrow();
        Topic reasoning = new Topic("Reasoning in language models", "chain-of-thought, mathematical reasoning, test-time compute,"
                + " reinforcement learning for reasoning, verifiers", "");
        String why = reason(reasoning, coPiTree);
        assertThat(why).startsWith("Reasoning in language models: ").doesNotContain("test-time compute");
        // an item held whole is still said to be followed
        Paper cot = paper("2606.00001", "Faithful chain-of-thought for math", "We study chain-of-thought faithfulness.");
        assertThat(reason(reasoning, cot)).contains("chain-of-thought");
    }

    @Test
    void aFollowedAuthorsPaperOnWhatTheReaderLeavesOutSaysWhyItIsSent() {
        assertThat(Why.excepted("Author match: Yi Yang", "Time Series"))
                .isEqualTo("Author match: Yi Yang (sent for the author, although it is on \"Time Series\", which you leave out)");
    }

    @Test
    void phrasesStopAtPunctuationPrepositionsAndVerbs() {
        Paper p = FRIDAY.stream().filter(x -> x.id().equals(ArxivId.parse("2606.13361"))).findFirst().orElseThrow();
        assertThat(PaperPhrases.of(p)).extracting(PaperPhrases.Phrase::text).allSatisfy(text -> {
            assertThat(text).doesNotContain(",").doesNotContain(" for ").doesNotContain(" with ").doesNotContain(" uses ");
        });
        // arXiv 2603.16461 and 2603.15634 (18 March 2026): "... enhances geometric feature fusion and consistently enhances
        // performance ..."; "We also incorporate quantization to reduce storage overhead."
        Paper gap = paper("2603.16461", "GAP-MLLM: Geometry-Aligned Pre-training", "Extensive experiments demonstrate that GAP-MLLM"
                + " significantly enhances geometric feature fusion and consistently enhances performance across 3D visual grounding.");
        Paper nextMem = paper("2603.15634", "NextMem: Towards Latent Factual Memory for LLM-based Agents", "We also incorporate"
                + " quantization to reduce storage overhead.");
        assertThat(PaperPhrases.best(gap, List.of(Text.stems("feature")), null).text()).isEqualTo("geometric feature fusion");
        assertThat(PaperPhrases.best(nextMem, List.of(Text.stems("quantization")), null).text()).isEqualTo("quantization");
        assertThat(PaperPhrases.lower("KV-Cache")).isEqualTo("KV-cache");
        assertThat(PaperPhrases.lower("Compression")).isEqualTo("compression");
        assertThat(PaperPhrases.lower("MXFP4")).isEqualTo("MXFP4");
    }
    @Test
    void whatAPaperDoesWithoutOrArguesAgainstIsNeverTheMatch() {
        // the opening sentences of two real abstracts of 18 March 2026 (arXiv 2603.16792 V-Co, 2603.16461 GAP-MLLM)
        Paper vco = paper("2603.16792", "V-Co: A Closer Look at Visual Representation Alignment via Co-Denoising",
                "Pixel-space diffusion has recently re-emerged as a strong alternative to latent diffusion, enabling high-quality"
                + " generation without pretrained autoencoders. However, standard pixel-space diffusion models receive relatively"
                + " weak semantic supervision.");
        assertThat(Why.near(vco, "Model Architecture", false, "Autoencoders")).doesNotContain("pretrained autoencoders");
        Paper gap = paper("2603.16461", "GAP-MLLM: Geometry-Aligned Pre-training for Activating 3D Spatial Perception in"
                + " Multimodal Large Language Models", "Existing approaches typically resort to naive feature concatenation and"
                + " optimize directly for downstream tasks without geometry-specific supervision, leading to suboptimal structural"
                + " utilization. We propose GAP-MLLM, a Geometry-Aligned Pre-training paradigm that explicitly activates structural"
                + " perception before downstream adaptation.");
        assertThat(Why.near(gap, "Representation Learning", false, "feature/dictionary learning"))
                .doesNotContain("naive feature concatenation");
    }

    @Test
    void aTopicsWordsThatFitPapersOnAnythingAreNoReason() {
        // arXiv 2603.16653 (18 March 2026) matched "large-scale models" of this topic's prose and nothing else of it
        Paper heba = paper("2603.16653", "HeBA: Heterogeneous Bottleneck Adapters for Robust Vision-Language Models",
                "Adapting large-scale Vision-Language Models (VLMs) like CLIP to downstream tasks often suffers from a"
                + " one-size-fits-all architectural approach. We propose HeBA (Heterogeneous Bottleneck Adapter), a unified"
                + " architectural framework that introduces modality-specific structural inductive biases.");
        Topic hpc = new Topic("High Performance Computing", "Algorithmic or systems-level innovations enabling training of"
                + " large-scale models, distributed training techniques, memory optimization", "");
        String why = reason(hpc, heba);
        assertThat(why).startsWith("Close in meaning to your topic \"High Performance Computing\": ")
                .doesNotContain("adapting large-scale").doesNotContain("you follow");
    }

    @Test
    void aPaperNearATopicInMeaningOnlyNamesTheReadersWordsItComesNearest() {
        // arXiv 2603.16127 (18 March 2026) writes none of the topic's phrases; before, the line read only
        // 'Close in meaning to your topic "High Performance Computing": ...', which left the reader to guess what drew it
        Paper wso = paper("2603.16127", "Pre-training LLM without Learning Rate Decay Enhances Supervised Fine-Tuning", "We"
                + " investigate the role of learning rate scheduling in the large-scale pre-training of large language models.");
        assertThat(Why.near(wso, "High Performance Computing", false, "distributed training techniques")).isEqualTo("Close in"
                + " meaning to \"distributed training techniques\" (your topic \"High Performance Computing\"): pre-training LLM"
                + " without learning rate decay enhances supervised fine-tuning");
        // the nearest words are a paragraph of the reader's prose, not a topic
        assertThat(Why.near(wso, "", false, "foundational research"))
                .startsWith("Close in meaning to your words \"foundational research\": ");
        // the topic's name is its nearest part: said once
        assertThat(Why.near(wso, "High Performance Computing", false, "High Performance Computing"))
                .startsWith("Close in meaning to your topic \"High Performance Computing\": ");
    }

    @Test
    void aVerbIsNotTheArchitectureOfTheSameStem() {
        // arXiv 2603.15670 (18 March 2026); the line read 'Model Architecture: transforms variational autoencoder (you follow
        // "Transformers, Autoencoders")'
        Paper lpf = paper("2603.15670", "I Know What I Don't Know: Latent Posterior Factor Models for Multi-Evidence Probabilistic"
                + " Reasoning", "We introduce Latent Posterior Factors (LPF), a framework that transforms Variational Autoencoder"
                + " (VAE) latent posteriors into soft likelihood factors for Sum-Product Network (SPN) inference.");
        Topic architecture = new Topic("Model Architecture", "Mixture-of-Experts (MoE), Transformers, Conditional/Dynamic Networks,"
                + " Autoencoders", "");
        String why = reason(architecture, lpf);
        assertThat(why).isEqualTo("Model Architecture: variational autoencoder (you follow \"Autoencoders\")");
    }

    @Test
    void aKeywordInTheTitlesOtherPartQuotesTheTitle() {
        // arXiv 2603.15919 (18 March 2026): the title's head is "Sparse but not Simpler", its phrase after the colon has no
        // word of the keyword, and the line read 'Keyword "Sparse/Sparsity": multi-level interpretability analysis of ...',
        // then the whole title; the abstract says what is sparse
        Paper sparse = paper("2603.15919", "Sparse but not Simpler: A Multi-Level Interpretability Analysis of Vision Transformers",
                "Sparse neural networks are often hypothesized to be more interpretable than dense models.");
        String why = reason("Sparse/Sparsity", sparse);
        assertThat(why).isEqualTo("Keyword \"Sparse/Sparsity\": sparse neural networks");
        Paper unsaid = paper("2603.15919", sparse.title(), "Interpretability is often hypothesized to come with fewer weights.");
        assertThat(reason("Sparse/Sparsity", unsaid)).isEqualTo("Keyword \"Sparse/Sparsity\": Sparse but not Simpler: A Multi-Level"
                + " Interpretability Analysis of Vision Transformers");
        // a title too long to quote whole: its part that holds the keyword (arXiv 2606.08501, the demo's 9 June)
        Paper papo = paper("2606.08501", "Back on Track: Aligning Rewards and States for Reasoning in Diffusion Large Language Models",
                "We introduce Process Aligned Policy Optimization (PAPO), which aligns the RL update with the generative trajectory.");
        assertThat(reason("reasoning", papo)).isEqualTo("Keyword \"reasoning\": Aligning Rewards and States for Reasoning in"
                + " Diffusion Large Language Models");
    }

    @Test
    void aPhraseOfNothingButTheReadersKeywordsGivesWayToTheTitle() {
        // arXiv 2603.16105 (18 March 2026) read 'Keywords "Pruning, Quantization": pruning and quantization'
        Paper curation = paper("2603.16105", "Frequency Matters: Fast Model-Agnostic Data Curation for Pruning and Quantization",
                "Post-training model compression is essential for enhancing the portability of Large Language Models.");
        Profile reader = KeywordScorerTest.profile(List.of(), List.of(), List.of("Pruning", "Quantization"), List.of());
        assertThat(reason(reader, curation)).isEqualTo(
                "Keywords \"Pruning, Quantization\": fast model-agnostic data curation for pruning and quantization");
    }

    /** arXiv 2603.16452 (18 March 2026): it designs a mix of training domains and never writes "mixture of experts". */
    static final Paper DOMAIN_MIXTURE = paper("2603.16452", "Domain Mixture Design via Log-Likelihood Differences for Aligning"
            + " Language Models with a Target Model", "Instead of directly distilling a language model, this study addresses the"
            + " problem of aligning a base model with a target model in distribution by designing the domain mixture of training"
            + " data for pretraining or continued pretraining as a fixed training recipe. We propose a method for determining"
            + " domain weights by viewing models as points in log-likelihood space and aligning the training update direction"
            + " with the direction toward the target model. Experiments with NanoGPT show that the proposed method consistently"
            + " reduces the KL divergence to the target model compared with uniform weighting over the Pile.");

    @Test
    void aKeywordOfSeveralWordsMatchesOnlyWhereThePaperWritesThemTogether() {
        Profile moe = KeywordScorerTest.profile(List.of(), List.of(), List.of("Mixture of Experts"), List.of());
        Paper apart = paper("2603.00001", "Experts disagree", "A mixture of data from domains that experts chose.");
        Paper together = paper("2603.00002", "Routing in a sparse mixture of experts", "We route tokens to experts.");
        List<Score> scores = new KeywordScorer().score(moe, List.of(DOMAIN_MIXTURE, apart, together));
        assertThat(scores.get(0).reason()).isEqualTo(KeywordScorer.NO_MATCH);
        assertThat(scores.get(1).reason()).isEqualTo(KeywordScorer.NO_MATCH);
        assertThat(scores.get(2).reason()).startsWith("Keyword \"Mixture of Experts\": ");
        assertThat(scores.get(2).relevance()).isGreaterThan(scores.get(1).relevance());
    }

    @Test
    void aKeywordThePaperOnlyComesNearInMeaningIsSaidToBeNear() {
        // the embedding put this paper nearest the reader's "Mixture of Experts (MoE)"; the paper never writes it
        assertThat(Why.near(DOMAIN_MIXTURE, "", true, "Mixture of Experts (MoE)"))
                .isEqualTo("Close in meaning to your keyword \"Mixture of Experts (MoE)\": domain mixture design");
        assertThat(Why.near(DOMAIN_MIXTURE, "", true, "log-likelihood"))
                .startsWith("Keyword \"log-likelihood\": ");
    }

    @Test
    void aPaperOnlyNearAKeywordIsQuotedByTheTitlesPhraseThatSharesItsWords() {
        // arXiv 2606.07024 (8 June 2026), near the demo reader's only keyword; the title's head, "a lightweight
        // multimodal framework", says nothing of why it is there
        Paper guideCad = paper("2606.07024", "GuideCAD: A Lightweight Multimodal Framework for 3D CAD Model Generation via Prefix"
                + " Embedding", "Multi-modal approaches used for 3D CAD generation require substantial computational resources,"
                + " necessitating efficient training. To address this, we propose GuideCAD, which leverages semantically rich"
                + " visual-textual representations having only a small number of trainable parameters to generate 3D CAD models.");
        assertThat(Why.near(guideCad, "", true, "3D reconstruction"))
                .isEqualTo("Close in meaning to your keyword \"3D reconstruction\": 3D CAD model generation");
        // nothing of the keyword in the title: what the title says the paper is
        assertThat(Why.near(guideCad, "", true, "point cloud registration"))
                .isEqualTo("Close in meaning to your keyword \"point cloud registration\": lightweight multimodal framework");
    }

    private static Paper paper(String id, String title, String abstractText) {
        return new Paper(ArxivId.parse(id), title, List.of("A. Author"), List.of("cs.CV"), abstractText, "",
                java.time.LocalDate.of(2026, 3, 18), org.paperboy.paper.AnnounceType.NEW);
    }
}
