package org.paperboy.score;

import org.paperboy.testkit.TestApps;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.testkit.TestEmbedder;
import org.paperboy.ingest.JsonlSource;
import org.paperboy.issue.WeeklyComposer;
import org.paperboy.issue.WeeklyEdition;
import org.paperboy.paper.Paper;
import org.paperboy.store.Database;

/** The weekly ranking on a real listing (11 June 2026) with the real model, for the default weekly topic. */
class WeeklyRankingTest {

    /** config/paperboy.yaml's weekly topic. */
    static final WeeklyComposer.WeeklyTopic LLM = new WeeklyComposer.WeeklyTopic("LLM & Foundation Models",
            "large language models, foundation models, reasoning, alignment, RLHF, scaling laws, efficient training, multimodal models, agents",
            "applications of existing models to one domain, such as medicine, clinical diagnosis, healthcare, remote sensing, agriculture, finance or law",
            List.of("cs.CL", "cs.AI", "cs.LG", "cs.CV"));
    static final List<Paper> DAY = new JsonlSource(Path.of("samples/2026-06-11.jsonl.gz")).fetch().papers();

    @TempDir
    static Path dir;
    static Database db;
    static Embeddings embeddings;
    static WeeklyRanking ranking;

    @BeforeAll
    static void model() {
        db = Database.open(TestApps.sqlite(dir.resolve("paperboy.db")), null, null);
        embeddings = new Embeddings(TestEmbedder.SHARED, db.vectors());
        embeddings.embedNew(DAY, line -> { });
        ranking = new WeeklyRanking(new SemanticScorer(embeddings, new FieldNovelty(embeddings, (from, to) -> DAY)), embeddings);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    static Map<String, WeeklyRanking.Ranked> ranked() {
        return ranking.rank(LLM.profile(), DAY).stream().collect(Collectors.toMap(r -> r.paper().id().base(), Function.identity()));
    }

    @Test
    void papersCloserToTheFilterThanToTheTopicAreFilteredHoweverRelevantTheirWords() {
        Map<String, WeeklyRanking.Ranked> r = ranked();
        // Lung-R1 (pulmonary diagnosis) and OpenMedReason (medical vision-language models) use the topic's words
        assertThat(r.get("2606.11675").filtered()).isTrue();
        assertThat(r.get("2606.12169").filtered()).isTrue();
        assertThat(r.get("2606.12169").score().relevance()).as("its words alone would feature it").isGreaterThanOrEqualTo(8);
        // papers about language models themselves are not
        assertThat(r.get("2606.11634").filtered()).as("sliding-window attention for math reasoning").isFalse();
        assertThat(r.get("2606.11211").filtered()).as("calibration drift under chain-of-thought").isFalse();
        List<WeeklyRanking.Ranked> order = ranking.rank(LLM.profile(), DAY);
        int firstFiltered = order.indexOf(order.stream().filter(WeeklyRanking.Ranked::filtered).findFirst().orElseThrow());
        assertThat(order.subList(firstFiltered, order.size())).as("filtered papers come after all others").allMatch(WeeklyRanking.Ranked::filtered);
        // and so eval --weekly scores them: the most important filtered paper below the least important other
        double lowestShown = order.get(firstFiltered - 1).order();
        assertThat(r.get("2606.12169").importance()).as("by importance alone it would be shown").isGreaterThan(lowestShown);
        assertThat(r.get("2606.12169").order()).isLessThan(lowestShown);
    }

    @Test
    void aTopicsFilterLeavesOutOnlyPapersThatTopicWouldKeep() {
        // a second topic filters out what the first keeps: a paper on the first topic is kept all the same
        org.paperboy.subscriber.Profile llm = LLM.profile();
        org.paperboy.subscriber.Topic robots = new org.paperboy.subscriber.Topic("Robot learning",
                "robot manipulation, grasping, embodied agents", "language model reasoning and chain-of-thought");
        org.paperboy.subscriber.Profile both = new org.paperboy.subscriber.Profile(List.of(llm.topics().get(0), robots), llm.authors(),
                llm.keywords(), llm.avoid(), llm.categories(), llm.maxPapers(), llm.deliveryHour(), llm.zone(), llm.frequency());
        Map<String, WeeklyRanking.Ranked> r = ranking.rank(both, DAY).stream()
                .collect(Collectors.toMap(x -> x.paper().id().base(), Function.identity()));
        assertThat(r.get("2606.11634").filtered()).as("sliding-window attention for math reasoning").isFalse();
        assertThat(r.get("2606.11211").filtered()).as("calibration drift under chain-of-thought").isFalse();
        // and the first topic's own filter still holds
        assertThat(r.get("2606.11675").filtered()).as("Lung-R1, pulmonary diagnosis").isTrue();
    }

    @Test
    void aFieldTheFilterNamesIsLeftOutByItsTitlesWords() {
        // arXiv 2601.04891 was breakthrough 3 of the 8-14 January 2026 issue: an application to one domain, pharma,
        // that the filter's meaning did not catch ("Vision Language Models", "reasoning" are the topic's words too)
        Paper pharma = new Paper(org.paperboy.paper.ArxivId.parse("2601.04891"), "Scaling Vision Language Models for Pharmaceutical"
                + " Long Form Video Reasoning on Industrial GenAI Platform", List.of("Suyash Mishra", "Qiang Li"), List.of("cs.CV", "cs.LG"),
                "Vision Language Models (VLMs) have shown strong performance on multimodal reasoning tasks, yet most evaluations focus"
                + " on short videos and assume unconstrained computational resources. In industrial settings such as pharmaceutical"
                + " content understanding, practitioners must process long-form videos under strict GPU, latency, and cost constraints,"
                + " where many existing approaches fail to scale.", "", DAY.get(0).announced(), org.paperboy.paper.AnnounceType.NEW);
        List<Paper> week = new java.util.ArrayList<>(DAY);
        week.add(pharma);
        embeddings.embedNew(List.of(pharma), line -> { });
        // a topic that keeps what the paper is about in meaning: only its title's word says it is medicine's
        WeeklyComposer.WeeklyTopic video = new WeeklyComposer.WeeklyTopic("Video understanding",
                "vision language models, long video understanding, video reasoning",
                "applications of existing models to one domain, such as medicine or healthcare", List.of());
        Map<String, WeeklyRanking.Ranked> r = ranking.rank(video.profile(), week).stream()
                .collect(Collectors.toMap(x -> x.paper().id().base(), Function.identity()));
        assertThat(r.get("2601.04891").filtered()).isTrue();
        assertThat(new KeywordScorer().match(video.profile(), List.of(pharma)).avoidedInTitle[0]).as("and the daily digest's")
                .isEqualTo("medicine or healthcare");
    }

    @Test
    void aFilterIsReadWithoutWhatItSaysThePapersLack() {
        // the foundations reader's filters (shared/data/eval/profiles/foundations-topics): a sentence vector does not read
        // "without", and "lacking new theoretical contributions" sat nearest to theory papers, which the reader wants most
        assertThat(SemanticScorer.Queries.affirmed("Standard applications of known techniques lacking new theoretical or"
                + " methodological contributions.")).isEqualTo("Standard applications of known techniques");
        assertThat(SemanticScorer.Queries.affirmed("Incremental engineering improvements without novel algorithmic contributions."))
                .isEqualTo("Incremental engineering improvements");
        assertThat(SemanticScorer.Queries.affirmed("Merely using existing architectures for a certain task without insights into"
                + " the structure themselves.")).isEqualTo("Merely using existing architectures for a certain task");
        assertThat(SemanticScorer.Queries.affirmed("Straightforward applications of existing compression methods to new tasks."))
                .isEqualTo("Straightforward applications of existing compression methods to new tasks.");
        // a filter that opens with its negation says what it leaves out only whole
        assertThat(SemanticScorer.Queries.affirmed("Papers without code")).isEqualTo("Papers without code");
        assertThat(SemanticScorer.Queries.affirmed("Work not about language")).isEqualTo("Work not about language");
    }

    @Test
    void aFilteredPaperAppearsInNoSectionOfTheIssue() {
        Set<String> filtered = ranked().values().stream().filter(WeeklyRanking.Ranked::filtered).map(x -> x.paper().id().base())
                .collect(Collectors.toSet());
        assertThat(filtered).hasSizeGreaterThan(10);
        LocalDate monday = LocalDate.of(2026, 6, 8);
        WeeklyEdition e = new WeeklyComposer(ranking::rank, (from, to) -> List.of(), new WeeklyComposer.Sizes(3, 8, 6))
                .compose(LLM, "2026-W24", monday, monday.plusDays(6), DAY, Set.of());
        List<String> shown = Stream.of(e.breakthroughs().stream().map(b -> b.pick().paper()), e.notable().stream().map(n -> n.pick().paper()),
                e.mentions().stream(), e.trends().stream().flatMap(t -> t.papers().stream())).flatMap(s -> s).map(p -> p.id().base()).toList();
        assertThat(shown).hasSizeGreaterThan(17).doesNotContainAnyElementsOf(filtered);
        assertThat(e.summary() + e.takeaway() + e.trends()).doesNotContainIgnoringCase("clinical").doesNotContainIgnoringCase("medical");
    }

    @Test
    void aReaderWhoAvoidsSurveysIsShownNoneEvenOneWhoseTitleDoesNotSayIt() {
        // arXiv 2606.11435, "Agent Skill Evaluation and Evolution: Frameworks and Benchmarks": "This survey ..."
        org.paperboy.subscriber.Profile topic = LLM.profile();
        org.paperboy.subscriber.Profile noSurveys = new org.paperboy.subscriber.Profile(topic.topics(), topic.authors(),
                topic.keywords(), List.of("survey"), topic.categories(), topic.maxPapers(), topic.deliveryHour(), topic.zone(),
                topic.frequency());
        Map<String, WeeklyRanking.Ranked> avoiding = ranking.rank(noSurveys, DAY).stream()
                .collect(Collectors.toMap(r -> r.paper().id().base(), Function.identity()));
        assertThat(ranked().get("2606.11435").filtered()).isFalse();
        assertThat(avoiding.get("2606.11435").filtered()).isTrue();
        assertThat(avoiding.get("2606.11470").filtered()).as("\"A Structured Survey\" in its title").isTrue();
        assertThat(avoiding.get("2606.11634").filtered()).as("sliding-window attention for math reasoning").isFalse();
    }

    @Test
    void aSurveyIsNoBreakthroughAndNoveltyIsSpreadOverTheWeek() {
        List<WeeklyRanking.Ranked> order = ranking.rank(LLM.profile(), DAY);
        assertThat(order.subList(0, 3)).noneMatch(r -> r.paper().title().toLowerCase().contains("survey"));
        assertThat(order.stream().map(r -> r.score().novelty()).distinct()).hasSizeGreaterThanOrEqualTo(8);
        assertThat(order.stream().filter(r -> r.score().novelty() == 10).count()).isBetween(DAY.size() / 20L, DAY.size() / 5L);
    }

    @Test
    void ofTwoPapersAlikeTheOneByTheLargerTeamLeads() {
        // both dev sets' judges found more to a larger team's paper; the same paper, once by two authors, once by twelve
        Paper real = DAY.stream().filter(p -> p.id().base().equals("2606.11634")).findFirst().orElseThrow();
        List<String> twelve = java.util.stream.IntStream.rangeClosed(1, 12).mapToObj(k -> "Author " + k).toList();
        Paper small = new Paper(org.paperboy.paper.ArxivId.parse("2606.99998"), real.title(), twelve.subList(0, 2),
                real.categories(), real.abstractText(), "", real.announced(), real.announceType());
        Paper large = new Paper(org.paperboy.paper.ArxivId.parse("2606.99999"), real.title(), twelve, real.categories(),
                real.abstractText(), "", real.announced(), real.announceType());
        List<Paper> week = new java.util.ArrayList<>(DAY);
        week.add(small);
        week.add(large);
        List<String> order = ranking.rank(LLM.profile(), week).stream().map(r -> r.paper().id().base()).toList();
        assertThat(order.indexOf("2606.99999")).isLessThan(order.indexOf("2606.99998"));
    }

    @Test
    void theEvalOrdersTheWeekAsTheIssueFeaturesItNeitherASurveyNorTheWeeksLeastNewWorkAmongTheBreakthroughs() {
        Paper survey = new Paper(org.paperboy.paper.ArxivId.parse("2606.90001"), "Text world models for agents", List.of("A. Author"),
                List.of("cs.AI"), "We systematically review text world models.", "", DAY.get(0).announced(), DAY.get(0).announceType());
        List<WeeklyRanking.Ranked> ranked = new java.util.ArrayList<>();
        ranked.add(ranked(survey, 9, 6.0));
        ranked.add(ranked(DAY.get(0), 3, 5.0)); // "Novelty 3/10" does not head an issue as a breakthrough
        for (int k = 1; k < 5; k++) {
            ranked.add(ranked(DAY.get(k), 8, 5.0 - k));
        }
        assertThat(issued(ranked, 11)).startsWith(id(1), id(2), id(3), "2606.90001", id(0), id(4));
        // a breakthrough comes from the papers the issue features: past them, none
        assertThat(issued(ranked, 3)).startsWith(id(1), "2606.90001", id(0), id(2), id(3), id(4));
    }

    private static WeeklyRanking.Ranked ranked(Paper p, int novelty, double importance) {
        return new WeeklyRanking.Ranked(p, new Score(p.id(), 9, novelty, "", false, importance), importance, false);
    }

    private static String id(int k) {
        return DAY.get(k).id().base();
    }

    private static List<String> issued(List<WeeklyRanking.Ranked> ranked, int featured) {
        return WeeklyRanking.asIssued(ranked, 3, featured).entrySet().stream()
                .sorted(Map.Entry.comparingByValue(java.util.Comparator.reverseOrder())).map(Map.Entry::getKey).toList();
    }
}
