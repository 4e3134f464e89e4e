package org.paperboy.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.paperboy.llm.JudgeFixture.DAY;
import static org.paperboy.llm.JudgeFixture.id;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.paper.Paper;
import org.paperboy.score.JudgedScorer;
import org.paperboy.score.Judging;
import org.paperboy.score.Ranking;
import org.paperboy.score.Score;
import org.paperboy.store.Database;
import org.paperboy.subscriber.Profile;

/** What the judge remembers in the database: answers by criteria and model, and what each day cost. */
class JudgeCacheAndBudgetTest {

    /** At 10 and 50 USD per million tokens, each answer of 100 + 20 tokens costs $0.002. */
    static final JudgedScorer.Settings PRICED = new JudgedScorer.Settings(10, 2, 0.005, 10, 50);

    @TempDir
    Path dir;
    Database db;
    FakeOpenAi server;
    final List<Paper> papers = JudgeFixture.papers(12);

    @BeforeEach
    void open() {
        db = JudgeFixture.database(dir);
        server = new FakeOpenAi().otherwise(user -> JudgeFixture.jsonl(user, id -> 7));
    }

    @AfterEach
    void close() {
        server.close();
        db.close();
    }

    JudgedScorer run(JudgedScorer.Settings settings) {
        return JudgeFixture.judge(server, db, settings, JudgeFixture.on(DAY));
    }

    @Test
    void readersWithTheSameCriteriaPayOnceAndARerunAsksNothing() {
        JudgedScorer judge = run(JudgeFixture.settings(10, 4));
        Ranking firstRanking = judge.rank(JudgeFixture.reader("Compression"), papers);
        List<Score> first = firstRanking.scores();
        assertThat(firstRanking.judging().calls()).isEqualTo(3);

        Profile sameCriteriaOtherAuthors = new Profile(JudgeFixture.reader("Compression").topics(), List.of(JudgeFixture.FOLLOWED, "Grace Hopper"),
                List.of("sparsity"), List.of("medical imaging"), List.of("cs.LG"), 5, 9, null, null);
        Ranking secondRanking = judge.rank(sameCriteriaOtherAuthors, papers);
        List<Score> second = secondRanking.scores();
        assertThat(server.requests).hasSize(3);
        Judging cached = secondRanking.judging();
        assertThat(cached.judged()).isEqualTo(10);
        assertThat(cached.fromCache()).isEqualTo(10);
        assertThat(cached.calls()).isZero();
        assertThat(cached.totalTokens()).isZero();
        assertThat(JudgeFixture.byId(second).get(id(5))).isEqualTo(JudgeFixture.byId(first).get(id(5)));

        JudgedScorer nextRun = run(JudgeFixture.settings(10, 4));
        assertThat(nextRun.score(JudgeFixture.reader("Compression"), papers)).containsExactlyInAnyOrderElementsOf(first);
        assertThat(server.requests).as("a re-run of the day").hasSize(3);
    }

    @Test
    void otherCriteriaOrAnotherModelAreAskedAgain() {
        run(JudgeFixture.settings(10, 4)).score(JudgeFixture.reader("Compression"), papers);
        run(JudgeFixture.settings(10, 4)).score(JudgeFixture.reader("Efficient inference"), papers);
        assertThat(server.requests).hasSize(6);
        JudgedScorer otherModel = new JudgedScorer(JudgeFixture.BASE, new OpenAiChat(new ChatSettings(server.baseUrl(),
                "other-model", "", java.time.Duration.ofSeconds(5), 0)), db.judgements(), db.llmSpending(),
                JudgeFixture.settings(10, 4), JudgeFixture.on(DAY));
        otherModel.score(JudgeFixture.reader("Compression"), papers);
        assertThat(server.requests).hasSize(9);
    }

    @Test
    void aPaperLeftOutOfAUsableAnswerIsNotAskedAgainButAnUnusableAnswerIs() {
        server.then(200, "{\"ARXIVID\": \"" + id(1) + "\", \"COMMENT\": \"c\", \"RELEVANCE\": 9, \"NOVELTY\": 5}")
                .then(200, "Sorry, something went wrong.");
        run(JudgeFixture.settings(4, 2)).score(JudgeFixture.reader("Compression"), papers);
        assertThat(server.requests).hasSize(2);
        JudgedScorer again = run(JudgeFixture.settings(4, 2));
        Score skipped = JudgeFixture.byId(again.score(JudgeFixture.reader("Compression"), papers)).get(id(2));
        assertThat(skipped.reason()).isEqualTo("Base reason 2");
        assertThat(server.askedIds().subList(4, server.askedIds().size())).containsExactly(id(3), id(4));
    }

    @Test
    void theDailyBudgetStopsTheJudgeForEveryRunUntilTheNextDay() {
        JudgedScorer judge = run(PRICED);
        Ranking ranking = judge.rank(JudgeFixture.reader("Compression"), papers);
        List<Score> scores = ranking.scores();
        assertThat(server.requests).as("$0.002, $0.004, $0.006: the third request crosses the $0.005 budget").hasSize(3);
        Judging j = ranking.judging();
        assertThat(j.budgetReached()).isTrue();
        assertThat(j.judged()).isEqualTo(6);
        assertThat(j.promptUsd()).isCloseTo(0.003, within(1e-12));
        assertThat(j.completionUsd()).isCloseTo(0.003, within(1e-12));
        assertThat(JudgeFixture.byId(scores).get(id(7)).reason()).isEqualTo("Base reason 7");
        assertThat(db.llmSpending().spentOn(DAY)).isCloseTo(0.006, within(1e-12));

        JudgedScorer otherNode = run(PRICED);
        Ranking otherRanking = otherNode.rank(JudgeFixture.reader("Efficient inference"), papers);
        assertThat(server.requests).hasSize(3);
        assertThat(otherRanking.judging()).satisfies(k -> {
            assertThat(k.budgetReached()).isTrue();
            assertThat(k.happened()).isTrue();
            assertThat(k.calls()).isZero();
        });

        JudgedScorer tomorrow = JudgeFixture.judge(server, db, PRICED, JudgeFixture.on(DAY.plusDays(1)));
        tomorrow.score(JudgeFixture.reader("Efficient inference"), papers);
        assertThat(server.requests).hasSize(6);
    }

    @Test
    void aBudgetWithoutPricesIsRefusedRatherThanIgnored() {
        assertThatThrownBy(() -> new JudgedScorer.Settings(40, 8, 5, 0, 0))
                .hasMessageContaining("llm.judge.daily_budget_usd").hasMessageContaining("llm.prompt_usd_per_million");
    }
}
