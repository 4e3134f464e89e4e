package org.paperboy.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.ingest.JsonlSource;
import org.paperboy.issue.WeeklyComposer;
import org.paperboy.paper.Paper;
import org.paperboy.score.Embeddings;
import org.paperboy.score.FieldNovelty;
import org.paperboy.score.JudgedScorer;
import org.paperboy.score.SemanticScorer;
import org.paperboy.score.WeeklyRanking;
import org.paperboy.store.Database;
import org.paperboy.subscriber.Profile;
import org.paperboy.testkit.TestEmbedder;

/**
 * The weekly issue's ranking with the LLM judge configured, on a real listing (11 June 2026) with the real
 * sentence model, through real HTTP exchanges with a server speaking the OpenAI chat protocol.
 */
class WeeklyJudgeTest {

    static final List<Paper> DAY = new JsonlSource(Path.of("samples/2026-06-11.jsonl.gz")).fetch().papers();
    /** config/paperboy.yaml's weekly topic. */
    static final Profile TOPIC = new WeeklyComposer.WeeklyTopic("LLM & Foundation Models",
            "large language models, foundation models, reasoning, alignment, RLHF, scaling laws, efficient training, multimodal models, agents",
            "applications of existing models to one domain, such as medicine, clinical diagnosis, healthcare, remote sensing, agriculture, finance or law",
            List.of("cs.CL", "cs.AI", "cs.LG", "cs.CV")).profile();

    @TempDir
    Path dir;
    Database db;
    FakeOpenAi server;
    SemanticScorer offlineScorer;
    Embeddings embeddings;

    @BeforeEach
    void open() {
        db = JudgeFixture.database(dir);
        server = new FakeOpenAi();
        embeddings = new Embeddings(TestEmbedder.SHARED, db.vectors());
        embeddings.embedNew(DAY, line -> { });
        offlineScorer = new SemanticScorer(embeddings, new FieldNovelty(embeddings, (from, to) -> DAY));
    }

    @AfterEach
    void close() {
        server.close();
        db.close();
    }

    @Test
    void theModelReordersTheWeeksFirstCandidatesAndWhatItFindsOffTheTopicGoesAfterThePapersItWasNotAskedAbout() {
        List<WeeklyRanking.Ranked> offline = new WeeklyRanking(offlineScorer, embeddings).rank(TOPIC, DAY);
        List<String> featurable = offline.stream().filter(r -> !r.filtered()).map(r -> r.paper().id().base()).toList();
        String first = featurable.get(0);
        String tenth = featurable.get(9);
        String eleventh = featurable.get(10);
        server.otherwise(user -> FakeOpenAi.arxivIds(user).stream()
                .map(id -> verdict(id, id.equals(tenth) ? 10 : id.equals(first) ? 3 : 8, id.equals(tenth) ? 10 : 6))
                .collect(Collectors.joining("\n")));
        JudgedScorer judge = JudgeFixture.judge(server, db, JudgeFixture.settings(10, 4), JudgeFixture.on(JudgeFixture.DAY));
        WeeklyRanking ranking = new WeeklyRanking(offlineScorer, embeddings, judge::verdicts, 10);

        List<WeeklyRanking.Ranked> judged = ranking.rank(TOPIC, DAY);
        List<String> order = judged.stream().map(r -> r.paper().id().base()).toList();

        assertThat(server.askedIds()).as("the first ten the issue could feature, and no filtered paper")
                .containsExactlyInAnyOrderElementsOf(featurable.subList(0, 10));
        assertThat(judged.get(0).paper().id().base()).isEqualTo(tenth);
        assertThat(judged.get(0).score().relevance()).isEqualTo(10);
        assertThat(judged.get(0).score().novelty()).isEqualTo(10);
        assertThat(order.indexOf(first)).as("rated 3 of 10: after every paper the model was not asked about")
                .isGreaterThan(order.indexOf(eleventh)).isGreaterThan(order.indexOf(featurable.get(featurable.size() - 1)));
        assertThat(judged.get(order.indexOf(first)).score().relevance()).isEqualTo(3);
        assertThat(judged.stream().filter(WeeklyRanking.Ranked::filtered).count())
                .isEqualTo(offline.stream().filter(WeeklyRanking.Ranked::filtered).count());

        int requests = server.requests.size();
        assertThat(ranking.rank(TOPIC, DAY)).extracting(r -> r.paper().id().base()).containsExactlyElementsOf(order);
        assertThat(server.requests).as("the verdicts are stored: the same week again asks nothing").hasSize(requests);
    }

    @Test
    void withTheEndpointDownTheWeekKeepsItsOfflineOrder() {
        List<String> offline = new WeeklyRanking(offlineScorer, embeddings).rank(TOPIC, DAY).stream()
                .map(r -> r.paper().id().base()).toList();
        for (int i = 0; i < 10; i++) {
            server.then(503, "");
        }
        JudgedScorer judge = JudgeFixture.judge(server, db, JudgeFixture.settings(10, 4), JudgeFixture.on(JudgeFixture.DAY));
        assertThat(new WeeklyRanking(offlineScorer, embeddings, judge::verdicts, 10).rank(TOPIC, DAY))
                .extracting(r -> r.paper().id().base()).containsExactlyElementsOf(offline);
    }

    private static String verdict(String id, int relevance, int novelty) {
        return "{\"ARXIVID\": \"" + id + "\", \"COMMENT\": \"Criterion 1: about " + id + "\", \"RELEVANCE\": " + relevance
                + ", \"NOVELTY\": " + novelty + "}";
    }
}
