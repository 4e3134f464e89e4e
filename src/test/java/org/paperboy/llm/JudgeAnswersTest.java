package org.paperboy.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paperboy.llm.JudgeFixture.DAY;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.paperboy.score.JudgedScorer;
import org.paperboy.score.Score;
import org.paperboy.store.Database;

/**
 * Answers as models really write them, served over HTTP for a batch of four papers (2606.10001-10004):
 * every usable verdict counts, everything else leaves the base score, and nothing crashes.
 */
class JudgeAnswersTest {

    static final String A = "2606.10001";
    static final String B = "2606.10002";
    static final String C = "2606.10003";
    static final String D = "2606.10004";
    /** The base score, as the fixture's base scorer gives it. */
    static final String BASE = "base";

    @TempDir
    Path dir;
    Database db;
    FakeOpenAi server;

    @BeforeEach
    void open() {
        db = JudgeFixture.database(dir);
        server = new FakeOpenAi();
    }

    @AfterEach
    void close() {
        server.close();
        db.close();
    }

    static String line(String id, Object relevance, Object novelty, String comment) {
        return "{\"ARXIVID\": \"" + id + "\", \"COMMENT\": " + comment + ", \"RELEVANCE\": " + relevance + ", \"NOVELTY\": " + novelty + "}";
    }

    static String all(String separator) {
        return String.join(separator, line(A, 9, 7, "\"Criterion 1: A\""), line(B, 8, 6, "\"Criterion 1: B\""),
                line(C, 3, 2, "\"No criterion matches closely.\""), line(D, 6, 5, "\"Criterion 2: D\""));
    }

    static final Map<String, String> ALL = Map.of(A, "9/7/Criterion 1: A", B, "8/6/Criterion 1: B",
            C, "3/2/No criterion matches closely.", D, "6/5/Criterion 2: D");

    static Stream<Arguments> answers() {
        return Stream.of(
                Arguments.of("JSON lines, as asked", all("\n"), ALL),
                Arguments.of("a ```json fence with trailing commas", "```json\n" + all(",\n").replace("}", ",}") + ",\n```", ALL),
                Arguments.of("a ```jsonl fence with blank lines and prose", "Here are the scores:\n\n```jsonl\n" + all("\n\n") + "\n```\nHope this helps!", ALL),
                Arguments.of("a JSON array", "[" + all(", ") + "]", ALL),
                Arguments.of("a pretty-printed array in an object", "{\"papers\": [\n  " + all(",\n  ").replace(", \"", ",\n    \"") + "\n]}", ALL),
                Arguments.of("one object for one paper", line(B, 8, 6, "\"Criterion 1: B\""),
                        Map.of(A, BASE, B, "8/6/Criterion 1: B", C, BASE, D, BASE)),
                Arguments.of("missing lines", line(A, 9, 7, "\"Criterion 1: A\"") + "\n" + line(D, 6, 5, "\"Criterion 2: D\""),
                        Map.of(A, "9/7/Criterion 1: A", B, BASE, C, BASE, D, "6/5/Criterion 2: D")),
                Arguments.of("extra lines, a repeated line and unknown ids", all("\n") + "\n" + line("2501.99999", 10, 10, "\"?\"")
                        + "\n" + line("not-an-id", 10, 10, "\"?\"") + "\n" + line(A, 1, 1, "\"a second opinion\"") + "\nThat is all.", ALL),
                Arguments.of("ids written as arXiv:, with a version, as a URL, or as a number",
                        line("arXiv:" + A, 9, 7, "\"Criterion 1: A\"") + "\n" + line(B + "v3", 8, 6, "\"Criterion 1: B\"") + "\n"
                                + line("https://arxiv.org/abs/" + C, 3, 2, "\"No criterion matches closely.\"") + "\n"
                                + line(D, 6, 5, "\"Criterion 2: D\"").replace("\"" + D + "\"", D), ALL),
                Arguments.of("a thinking block with a draft before the answer", "<think>\nMaybe " + line(A, 2, 2, "\"draft\"")
                        + " but no...\n</think>\n\n" + all("\n"), ALL),
                Arguments.of("garbage", "I'm sorry, I cannot help with that.", Map.of(A, BASE, B, BASE, C, BASE, D, BASE)),
                Arguments.of("an empty answer", "", Map.of(A, BASE, B, BASE, C, BASE, D, BASE)),
                Arguments.of("scores as text, fractions, decimals and zero",
                        String.join("\n", line(A, "\"8/10\"", "\"7\"", "\"c\""), line(B, 7.6, 4.2, "\"c\""),
                                line(C, 0, 0, "\"c\""), line(D, "\" 10 \"", 10, "\"c\"")),
                        Map.of(A, "8/7/c", B, "8/4/c", C, "1/1/c", D, "10/10/c")),
                Arguments.of("out-of-range and non-numeric relevance is dropped, a bad novelty keeps the base one",
                        String.join("\n", line(A, 11, 5, "\"c\""), line(B, -2, 5, "\"c\""), line(C, "\"high\"", 5, "\"c\""),
                                line(D, 6, "\"groundbreaking\"", "\"c\"")),
                        Map.of(A, BASE, B, BASE, C, BASE, D, "6/3/c")),
                Arguments.of("comments that say nothing keep the base reason",
                        String.join("\n", line(A, 9, 7, "\"undefined\""), line(B, 8, 6, "{\"text\": \"x\"}"), line(C, 7, 6, "null"),
                                line(D, 6, 5, "\"  **Criterion 2**:\\n  `sparse` attention  \"")),
                        Map.of(A, "9/7/Base reason 1", B, "8/6/Base reason 2", C, "7/6/Base reason 3", D, "6/5/Criterion 2: sparse attention")),
                Arguments.of("lower-case and spaced keys", all("\n").replace("\"ARXIVID\"", "\"arxiv_id\"").replace("\"COMMENT\"", "\"Comment\"")
                        .replace("\"RELEVANCE\"", "\"relevance\"").replace("\"NOVELTY\"", "\"Novelty\""), ALL));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("answers")
    void everyUsableVerdictCountsAndTheRestKeepTheirBaseScore(String what, String answer, Map<String, String> expected) {
        server.then(200, answer);
        JudgedScorer judge = JudgeFixture.judge(server, db, JudgeFixture.settings(4, 4), JudgeFixture.on(DAY));
        List<Score> scores = judge.score(JudgeFixture.reader("Compression"), JudgeFixture.papers(6));
        Map<String, Score> byId = JudgeFixture.byId(scores);
        Map<String, Score> base = JudgeFixture.byId(JudgeFixture.BASE.score(JudgeFixture.reader("Compression"), JudgeFixture.papers(6)));
        assertThat(server.requests).hasSize(1);
        expected.forEach((id, want) -> {
            Score s = byId.get(id);
            if (want.equals(BASE)) {
                assertThat(s).as(id).isEqualTo(base.get(id));
            } else {
                assertThat(s.relevance() + "/" + s.novelty() + "/" + s.reason()).as(id).isEqualTo(want);
            }
            assertThat(s.reason()).isNotBlank().doesNotContain("undefined", "null", "[object Object]");
        });
        assertThat(scores).hasSize(6);
    }
}
