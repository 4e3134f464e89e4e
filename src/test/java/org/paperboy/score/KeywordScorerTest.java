package org.paperboy.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.paperboy.ingest.JsonlSource;
import org.paperboy.paper.AnnounceType;
import org.paperboy.paper.ArxivId;
import org.paperboy.paper.Paper;
import org.paperboy.subscriber.Frequency;
import org.paperboy.subscriber.Profile;
import org.paperboy.subscriber.Topic;

class KeywordScorerTest {

    static final List<Paper> MONDAY = new JsonlSource(Path.of("samples/2026-06-08.jsonl.gz")).fetch().papers();
    static final LocalDate DAY = LocalDate.of(2026, 6, 8);

    static Profile profile(List<Topic> topics, List<String> authors, List<String> keywords, List<String> avoid) {
        return new Profile(topics, authors, keywords, avoid, List.of(), 10, 7, ZoneId.of("UTC"), Frequency.DAILY);
    }

    static Paper paper(String id, String title, String abstractText, String... authors) {
        return new Paper(ArxivId.parse(id), title, List.of(authors), List.of("cs.CV"), abstractText, "", DAY, AnnounceType.NEW);
    }

    @Test
    void everyFollowedAuthorOfAPaperIsNamedInTheOrderTheyWrote() {
        // DisCo (2606.07967): a reader who follows both Yu-Gang Jiang and Zuxuan Wu was told of one of them only
        Paper disco = paper("2606.07967", "DisCo: World Models with Discrete Camera Motion Control", "A world model.",
                "Hongrui Huang", "Junke Wang", "Quanhao Li", "Yu-Gang Jiang", "Zuxuan Wu");
        List<Score> scores = new KeywordScorer().score(profile(List.of(), List.of("Zuxuan Wu", "Yu-Gang Jiang"), List.of(),
                List.of()), List.of(disco));
        assertThat(scores.get(0).reason()).isEqualTo("Author match: Yu-Gang Jiang, 4th of 5 authors; Zuxuan Wu, last author");
        assertThat(Why.author("Yu-Gang Jiang, 4th of 5 authors; Zuxuan Wu, last author", 5, ""))
                .endsWith("(sent for the authors; not clearly on your interests)");
    }

    @Test
    void aFollowedAuthorAlwaysMatchesEvenByInitial() {
        Paper p = paper("2606.00001", "Something unrelated", "About boats.", "Ann Other", "Yann LeCun");
        Score s = new KeywordScorer().score(profile(List.of(), List.of("Y. LeCun"), List.of(), List.of()), List.of(p)).get(0);
        assertThat(s.authorMatch()).isTrue();
        assertThat(s.relevance()).isEqualTo(10);
        assertThat(s.reason()).isEqualTo("Author match: Y. LeCun, last author");
        assertThat(KeywordScorer.place(14, 17)).isEqualTo("15th of 17 authors");
        assertThat(KeywordScorer.place(1, 4)).isEqualTo("2nd of 4 authors");
        assertThat(KeywordScorer.place(10, 13)).isEqualTo("11th of 13 authors");
        assertThat(KeywordScorer.place(0, 1)).isEqualTo("sole author");
        Paper other = paper("2606.00002", "x", "y", "Xavier LeCun");
        assertThat(new KeywordScorer().score(profile(List.of(), List.of("Yann LeCun"), List.of(), List.of()), List.of(other))
                .get(0).authorMatch()).isFalse();
    }

    @Test
    void onTopicPapersOutrankOffTopicOnesOnARealListing() {
        Profile segmentation = profile(List.of(new Topic("Segmentation",
                "semantic segmentation, instance segmentation, segment anything", "")), List.of(), List.of(), List.of());
        Map<ArxivId, Score> scores = new KeywordScorer().score(segmentation, MONDAY).stream()
                .collect(Collectors.toMap(Score::id, Function.identity()));
        List<Paper> ranked = MONDAY.stream()
                .sorted(Comparator.comparingDouble((Paper p) -> -scores.get(p.id()).rank())).toList();
        assertThat(ranked.subList(0, 3)).allSatisfy(p -> assertThat(p.text().toLowerCase()).contains("segment"));
        assertThat(scores.get(ranked.get(0).id()).reason()).startsWith("Segmentation: ").contains("segment");
        assertThat(scores.values()).allSatisfy(s -> assertThat(s.relevance()).isBetween(1, 10));
        Paper gameTheory = MONDAY.get(0);
        assertThat(scores.get(gameTheory.id()).reason()).isEqualTo("No criterion matched");
        assertThat(scores.get(gameTheory.id()).relevance()).isLessThan(scores.get(ranked.get(0).id()).relevance());
    }

    @Test
    void aHyphenatedPhraseMatchesWrittenApartTogetherOrHyphenated() {
        Profile reader = profile(List.of(new Topic("Multimodal", "multi-modal, chain-of-thought", "")), List.of(), List.of(), List.of());
        List<Paper> papers = List.of(
                paper("2606.00021", "A multimodal model", "Images and text."),
                paper("2606.00022", "A multi-modal model", "Images and text."),
                paper("2606.00023", "Chain of thought for images", "Steps."),
                paper("2606.00024", "Modal logic", "Multiple worlds."));
        List<Score> scores = new KeywordScorer().score(reader, papers);
        assertThat(scores.subList(0, 3)).allSatisfy(s -> assertThat(s.reason()).startsWith("Multimodal: "));
        assertThat(scores.get(3).reason()).isEqualTo(KeywordScorer.NO_MATCH);
    }

    @Test
    void reasonsQuotePhrasesAsTheReaderWroteThem() {
        Paper p = paper("2606.00011", "Chain-of-thought prompting for multi-agent debate",
                "We let LLM agents debate with chain-of-thought in multi-agent settings.");
        Score s = new KeywordScorer().score(profile(List.of(new Topic("Reasoning",
                "Chain-of-thought, debate among multi-agent language model systems", "")), List.of(), List.of(), List.of()),
                List.of(p)).get(0);
        // the title's phrase that holds most of what matched, and only the reader's items it answers, each whole
        assertThat(s.reason()).isEqualTo("Reasoning: multi-agent debate (you follow \"debate among multi-agent language model systems\")");
        Paper vla = paper("2606.00012", "Vision-language-action models for robots", "A vision-language-action model.");
        Score v = new KeywordScorer().score(profile(List.of(new Topic("Embodied AI", "vision-language-action models", "")),
                List.of(), List.of(), List.of()), List.of(vla)).get(0);
        // the paper's words saying no more than the reader's, the title says what the paper is
        assertThat(v.reason()).isEqualTo("Embodied AI: vision-language-action models for robots (you follow \"vision-language-action models\")");
    }

    @Test
    void avoidedWordsAndFilterTextLowerAPaper() {
        Paper plain = paper("2606.00001", "Diffusion models for video generation", "We study diffusion.");
        Paper medical = paper("2606.00002", "Diffusion models for video generation in medical imaging", "We study diffusion in medical imaging.");
        List<Paper> papers = List.of(plain, medical, paper("2606.00003", "Boats", "Sailing."));
        List<Score> scores = new KeywordScorer().score(profile(List.of(new Topic("Generative video", "video generation", "")),
                List.of(), List.of("diffusion"), List.of("medical imaging")), papers);
        assertThat(scores.get(0).rank()).isGreaterThan(scores.get(1).rank());
    }

    @Test
    void aTitleInAnAvoidedFieldOfApplicationKeepsThePaperOutUnlessItsWorkOnWhatTheReaderKeepsIsNotForThatField() {
        // the real reader's profile; it avoids "Medical Imaging", "Speech Recognition", "3D Vision" and
        // "Information Retrieval", and follows "Foundation Model", compression and quantization
        Profile reader = org.paperboy.subscriber.PaperAssistantImport.read(
                Path.of("src/test/resources/profiles/original/foundations-topics/2025-09-05.md"),
                Path.of("src/test/resources/score/foundations-authors.txt"), "r@example.org", "").profile();
        // titles of the 18 March 2026 listing, none of which writes the avoided item as the reader did
        List<Paper> papers = List.of(
                paper("2603.16292", "Attention-guided Evidence Grounding for Spoken Question Answering", "Spoken QA."),
                paper("2603.16455", "Evo-Retriever: LLM-Guided Curriculum Evolution with Viewpoint-Pathway Collaboration"
                        + " for Multimodal Document Retrieval", "Document retrieval."),
                paper("2603.16461", "GAP-MLLM: Geometry-Aligned Pre-training for Activating 3D Spatial Perception in"
                        + " Multimodal Large Language Models", "Spatial perception."),
                paper("2603.16002", "RadAnnotate: Large Language Models for Efficient and Reliable Radiology Report Annotation",
                        "Report annotation."),
                // a subject the reader keeps, but "for" the field: the work is the field's
                paper("2603.16822", "Surg$\\Sigma$: A Spectrum of Large-Scale Multimodal Data and Foundation Models for"
                        + " Surgical Intelligence", "Surgical data."),
                // a subject the reader keeps, on the field's data: the reader decides, not the field
                paper("2505.00001", "Compressing 3D Gaussian Splatting by Noise-Substituted Vector Quantization", "Compression."),
                // hate speech is text, not speech
                paper("2603.16070", "SEAHateCheck: Functional Tests for Detecting Hate Speech in Low-Resource Languages of"
                        + " Southeast Asia", "Hate speech detection."));
        KeywordScorer.Matches m = new KeywordScorer().match(reader, papers);
        assertThat(m.avoidedInTitle).containsExactly("Speech Recognition", "Information Retrieval", "3D Vision", "Medical Imaging",
                "Medical Imaging", null, null);
        // what comes through for what the reader keeps says that it is in the field they avoid too
        assertThat(m.alsoAvoided(5, m.reason(5))).endsWith(" (also on \"3D Vision\", which you avoid)");
        assertThat(m.alsoAvoided(6, m.reason(6))).doesNotContain("which you avoid");
    }

    @Test
    void aPaperWhoseAbstractNamesAnAvoidedSubjectSaysSoInItsReason() {
        // arXiv 2603.16792 (18 March 2026): a study of diffusion training whose title does not say "diffusion", sent to a
        // reader who follows representation learning and avoids "Diffusion Models"
        Profile reader = org.paperboy.subscriber.PaperAssistantImport.read(
                Path.of("src/test/resources/profiles/original/foundations-topics/2025-09-05.md"),
                Path.of("src/test/resources/score/foundations-authors.txt"), "r@example.org", "").profile();
        Paper vco = paper("2603.16792", "V-Co: A Closer Look at Visual Representation Alignment via Co-Denoising",
                "Pixel-space diffusion has recently re-emerged as a strong alternative to latent diffusion, enabling high-quality"
                        + " generation without pretrained autoencoders. However, standard pixel-space diffusion models receive"
                        + " relatively weak semantic supervision and are not explicitly designed to capture high-level visual"
                        + " structure.");
        KeywordScorer.Matches m = new KeywordScorer().match(reader, List.of(vco));
        assertThat(m.avoidedInTitle).containsOnlyNulls();
        assertThat(m.alsoAvoided(0, m.reason(0))).endsWith("its abstract names \"Diffusion Models\", which you avoid)");
        assertThat(m.alsoAvoided(0, "Model Architecture: co-denoising (you follow \"Autoencoders\")")).isEqualTo(
                "Model Architecture: co-denoising (you follow \"Autoencoders\"; its abstract names \"Diffusion Models\", which you avoid)");
        // a reader who avoids surveys is not told that an abstract mentions a user survey: that is no survey paper
        Paper study = paper("2606.00003", "Sparse autoencoders", "A user survey of what sparse features mean.");
        KeywordScorer.Matches bySurveys = new KeywordScorer().match(profile(List.of(), List.of(), List.of("sparse autoencoders"),
                List.of("surveys")), List.of(study));
        assertThat(bySurveys.alsoAvoided(0, bySurveys.reason(0))).doesNotContain("which you avoid");
    }

    @Test
    void whenTheBestMatchSaysNothingTheKeywordTheTitleNamesDoes() {
        // arXiv 2603.16822: "large" and "scale" gain the topic most, and say nothing of the paper
        Paper surg = paper("2603.16822", "Surg$\\Sigma$: A Spectrum of Large-Scale Multimodal Data and Foundation Models for"
                + " Surgical Intelligence", "Surgical intelligence has the potential to improve the safety of surgical care.");
        Profile reader = profile(List.of(new Topic("High Performance Computing",
                "systems-level innovations enabling training of large-scale models", "")), List.of(), List.of("Foundation Model"),
                List.of());
        KeywordScorer.Matches m = new KeywordScorer().match(reader, List.of(surg, paper("2606.00002", "Boats", "Sailing.")));
        assertThat(m.byPhrases(0)).startsWith("Keyword \"Foundation Model\": ");
        Profile topicOnly = profile(reader.topics(), List.of(), List.of(), List.of());
        assertThat(new KeywordScorer().match(topicOnly, List.of(surg)).byPhrases(0)).as("nothing telling: the meaning says it").isEmpty();
    }

    @Test
    void quantizationIsNotQuantity() {
        // arXiv 2603.16397 (Fanar 2.0) was sent for the keyword "Quantization" on "data quality over quantity"
        Paper fanar = paper("2603.16397", "Fanar 2.0: Arabic Generative AI Stack",
                "Fanar 2.0 follows a disciplined strategy of data quality over quantity.");
        Paper quantized = paper("2606.00002", "Quantized attention for long contexts", "We quantize attention.");
        List<Score> scores = new KeywordScorer().score(profile(List.of(), List.of(), List.of("Quantization"), List.of()),
                List.of(fanar, quantized));
        assertThat(scores.get(0).reason()).isEqualTo("No criterion matched");
        assertThat(scores.get(1).reason()).startsWith("Keyword \"Quantization\"");
    }

    @Test
    void noveltyReadsHowTheAbstractDescribesItself() {
        Paper first = paper("2606.00001", "A new benchmark", "We introduce the first benchmark that outperforms.");
        Paper survey = paper("2606.00002", "A survey", "A survey and review of prior work.");
        List<Score> scores = new KeywordScorer().score(profile(List.of(), List.of(), List.of("benchmark"), List.of()), List.of(first, survey));
        assertThat(scores.get(0).novelty()).isGreaterThan(5);
        assertThat(scores.get(1).novelty()).isLessThan(5);
    }

    @Test
    void aListChangedInPlaceIsScoredAfresh() {
        Profile boats = profile(List.of(), List.of(), List.of("boats"), List.of());
        KeywordScorer scorer = new KeywordScorer();
        java.util.List<Paper> papers = new java.util.ArrayList<>(List.of(paper("2606.00001", "Trains", "About trains."),
                paper("2606.00002", "Planes", "About planes.")));
        assertThat(scorer.score(boats, papers)).allSatisfy(s -> assertThat(s.reason()).isEqualTo("No criterion matched"));
        papers.set(1, paper("2606.00003", "Boats", "About boats."));
        List<Score> again = scorer.score(boats, papers);
        assertThat(again.get(1).id().base()).isEqualTo("2606.00003");
        assertThat(again.get(1).reason()).isEqualTo("Keyword \"boats\"");
        // the same unchangeable list asked about twice is known again, with the same answer
        List<Paper> fixed = List.copyOf(papers);
        assertThat(scorer.score(boats, fixed)).isEqualTo(scorer.score(boats, fixed)).isEqualTo(again);
    }

    @Test
    void aReasonIsWordedOnceAndOnlyWhenAskedFor() {
        int[] worded = {0};
        Score s = new Score(ArxivId.parse("2606.00001"), 7, 5, () -> {
            worded[0]++;
            return " Topic \"Boats\": sails ";
        }, false, 1.5);
        assertThat(worded[0]).isZero();
        assertThat(s.reason()).isEqualTo("Topic \"Boats\": sails");
        assertThat(s.reason()).isEqualTo("Topic \"Boats\": sails");
        assertThat(worded[0]).isEqualTo(1);
        assertThat(s).isEqualTo(new Score(s.id(), 7, 5, "Topic \"Boats\": sails", false, 1.5));
    }
}
