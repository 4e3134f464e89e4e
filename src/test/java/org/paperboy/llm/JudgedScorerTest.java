package org.paperboy.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paperboy.llm.JudgeFixture.DAY;
import static org.paperboy.llm.JudgeFixture.id;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.paperboy.paper.Paper;
import org.paperboy.score.JudgedScorer;
import org.paperboy.score.Judging;
import org.paperboy.score.Ranking;
import org.paperboy.score.Score;
import org.paperboy.store.Database;

/** The judge through real HTTP exchanges with a server speaking the OpenAI chat protocol: what it sends, and when it stops. */
class JudgedScorerTest {

    @TempDir
    Path dir;
    Database db;
    FakeOpenAi server;

    @BeforeEach
    void open() {
        db = JudgeFixture.database(dir);
        server = new FakeOpenAi().otherwise(user -> JudgeFixture.jsonl(user, id -> 8));
    }

    @AfterEach
    void close() {
        server.close();
        db.close();
    }

    JudgedScorer judge(int candidates, int batch) {
        return JudgeFixture.judge(server, db, JudgeFixture.settings(candidates, batch), JudgeFixture.on(DAY));
    }

    @Test
    void onlyTheTopCandidatesGoToTheModelAndItsVerdictsReplaceTheirScores() {
        JudgedScorer judge = judge(10, 4);
        Ranking ranking = judge.rank(JudgeFixture.reader("Compression"), JudgeFixture.papers(20));
        Map<String, Score> scores = JudgeFixture.byId(ranking.scores());

        assertThat(server.requests).hasSize(3);
        assertThat(server.askedIds()).containsExactlyElementsOf(IntStream.rangeClosed(1, 10).mapToObj(JudgeFixture::id).toList());
        for (int i = 1; i <= 10; i++) {
            assertThat(scores.get(id(i))).satisfies(s -> {
                assertThat(s.relevance()).isEqualTo(8);
                assertThat(s.novelty()).isEqualTo(6);
                assertThat(s.reason()).isEqualTo("Criterion 1 (Compression): about " + s.id().base());
            });
        }
        assertThat(scores.get(id(0))).satisfies(s -> {
            assertThat(s.authorMatch()).isTrue();
            assertThat(s.reason()).isEqualTo("Author match: Yann LeCun");
        });
        assertThat(scores.get(id(11)).reason()).isEqualTo("Base reason 11");
        assertThat(scores.get(id(10)).rank()).as("judged above every unjudged paper").isGreaterThan(scores.get(id(11)).rank() + 10);
        Judging j = ranking.judging();
        assertThat(j).isEqualTo(new Judging("test-model", 10, 10, 0, 3, 300, 60, 0, 0, false, false));
        assertThat(judge.rank(JudgeFixture.reader("Compression"), JudgeFixture.papers(20)).judging())
                .as("the next reader's ranking carries only its own usage: all from the cache")
                .isEqualTo(new Judging("test-model", 10, 10, 10, 0, 0, 0, 0, 0, false, false));
    }

    @Test
    void theRequestsFollowTheReferenceProtocol() {
        judge(3, 8).score(JudgeFixture.reader("Compression"), JudgeFixture.papers(5));
        JsonNode request = server.requests.get(0);
        assertThat(request.path("model").asText()).isEqualTo("test-model");
        assertThat(request.path("temperature").asInt()).isZero();
        assertThat(request.has("response_format")).as("JSON lines are no JSON object").isFalse();
        assertThat(FakeOpenAi.system(request)).contains(" 1. Compression", "- Relevant: pruning, quantization, distillation",
                "- Not relevant: applications to one domain", " 2. Keywords: papers about any of \"sparsity\"",
                "\"medical imaging\"", "JSONL", "{\"ARXIVID\": \"...\", \"COMMENT\": \"...\", \"RELEVANCE\": 1-10, \"NOVELTY\": 1-10}");
        assertThat(FakeOpenAi.user(request)).contains("ARXIVID: 2606.10001\nTitle: Paper number 1\nAuthors: Ada Lovelace, Alan Turing\n"
                + "Abstract: We prune and quantize model 1.", "Answer with 3 JSON lines");
        assertThat(server.authorizations).containsOnly("Bearer sk-test");
    }

    @ParameterizedTest(name = "{0} candidates, batches of {1}: {2} requests")
    @CsvSource({"1, 8, 1", "8, 8, 1", "9, 8, 2", "17, 8, 3", "40, 8, 5", "40, 3, 14"})
    void candidatesAreAskedInBatches(int candidates, int batch, int requests) {
        judge(candidates, batch).score(JudgeFixture.reader("Compression"), JudgeFixture.papers(candidates + 1));
        assertThat(server.requests).hasSize(requests);
        assertThat(server.askedIds()).hasSize(candidates).doesNotHaveDuplicates().doesNotContain(id(0));
    }

    @Test
    void aRateLimitIsRetriedAfterTheWaitTheServerAsks() {
        server.then(429, "", Map.of("Retry-After", "1"));
        long start = System.nanoTime();
        Map<String, Score> scores = JudgeFixture.byId(judge(2, 8).score(JudgeFixture.reader("Compression"), JudgeFixture.papers(3)));
        assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(950);
        assertThat(server.requests).hasSize(2);
        assertThat(scores.get(id(1)).relevance()).isEqualTo(8);
    }

    @Test
    void serverErrorsUntilTheRetriesRunOutKeepTheBaseScoresAndStopAskingForTheRun() {
        server.then(500, "").then(502, "").then(503, "");
        JudgedScorer judge = judge(4, 2);
        List<Paper> papers = JudgeFixture.papers(6);
        List<Score> base = JudgeFixture.BASE.score(JudgeFixture.reader("Compression"), papers);
        Ranking ranking = judge.rank(JudgeFixture.reader("Compression"), papers);
        assertThat(ranking.scores()).isEqualTo(base);
        assertThat(server.requests).as("one request, retried twice; the second batch is not tried").hasSize(3);
        assertThat(ranking.judging().happened()).isFalse();
        judge.score(JudgeFixture.reader("Another reader"), papers);
        assertThat(server.requests).hasSize(3);
    }

    @Test
    void aRefusedKeyWarnsOnceAndFallsBackWithoutRetrying() {
        server.then(401, "");
        JudgedScorer judge = judge(4, 2);
        List<Paper> papers = JudgeFixture.papers(6);
        assertThat(judge.score(JudgeFixture.reader("Compression"), papers))
                .isEqualTo(JudgeFixture.BASE.score(JudgeFixture.reader("Compression"), papers));
        judge.score(JudgeFixture.reader("Another reader"), papers);
        assertThat(server.requests).hasSize(1);
    }

    @Test
    void aBadRequestSkipsOnlyItsOwnBatch() {
        server.then(400, "");
        Map<String, Score> scores = JudgeFixture.byId(judge(4, 2).score(JudgeFixture.reader("Compression"), JudgeFixture.papers(6)));
        assertThat(server.requests).hasSize(2);
        assertThat(scores.get(id(1)).reason()).isEqualTo("Base reason 1");
        assertThat(scores.get(id(3)).relevance()).isEqualTo(8);
    }

    @Test
    void aReaderWithOnlyFollowedAuthorsCostsNothing() {
        var authorsOnly = new org.paperboy.subscriber.Profile(List.of(), List.of(JudgeFixture.FOLLOWED), List.of(), List.of(),
                List.of(), 30, 7, null, null);
        judge(10, 4).score(authorsOnly, JudgeFixture.papers(20));
        assertThat(server.requests).isEmpty();
    }

    @Test
    void aReaderWhoseFollowedAuthorsFillTheIssueCostsNothing() {
        var full = new org.paperboy.subscriber.Profile(JudgeFixture.reader("Compression").topics(), List.of(JudgeFixture.FOLLOWED),
                List.of(), List.of(), List.of(), 1, 7, null, null);
        judge(10, 4).score(full, JudgeFixture.papers(20));
        assertThat(server.requests).as("one paper a day, and it is the followed author's").isEmpty();
    }
}
