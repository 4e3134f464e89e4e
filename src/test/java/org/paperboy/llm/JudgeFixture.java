package org.paperboy.llm;

import org.paperboy.testkit.TestApps;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.paperboy.paper.AnnounceType;
import org.paperboy.paper.ArxivId;
import org.paperboy.paper.Paper;
import org.paperboy.score.JudgedScorer;
import org.paperboy.score.Score;
import org.paperboy.score.Scorer;
import org.paperboy.store.Database;
import org.paperboy.subscriber.Profile;
import org.paperboy.subscriber.Topic;

/** Papers, a predictable base scorer, readers and a judge over a real SQLite file, for the judge tests. */
final class JudgeFixture {

    static final LocalDate DAY = LocalDate.of(2026, 6, 8);
    static final String FOLLOWED = "Yann LeCun";

    private JudgeFixture() {
    }

    static Clock on(LocalDate day) {
        return Clock.fixed(day.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }

    /** Paper i is 2606.100ii; paper 0 is by a followed author. */
    static List<Paper> papers(int n) {
        List<Paper> papers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            papers.add(new Paper(ArxivId.parse(String.format("2606.%05dv1", 10000 + i)), "Paper number " + i,
                    i == 0 ? List.of(FOLLOWED) : List.of("Ada Lovelace", "Alan Turing"), List.of("cs.LG"),
                    "We prune and quantize model " + i + ".", "", DAY, AnnounceType.NEW));
        }
        return papers;
    }

    static String id(int i) {
        return String.format("2606.%05d", 10000 + i);
    }

    /** Earlier papers score higher; followed authors match as the offline scorer's do. */
    static final Scorer BASE = (profile, papers) -> {
        List<Score> out = new ArrayList<>();
        for (Paper p : papers) {
            int i = Integer.parseInt(p.id().base().substring(5)) - 10000;
            boolean author = profile.authors().stream().anyMatch(p.authors()::contains);
            out.add(author ? new Score(p.id(), 10, 3, "Author match: " + FOLLOWED, true, 1000)
                    : new Score(p.id(), Math.max(1, 9 - i / 3), 3, "Base reason " + i, false, 100 - i));
        }
        return out;
    };

    static Profile reader(String topic) {
        return new Profile(List.of(new Topic(topic, "pruning, quantization, distillation", "applications to one domain")),
                List.of(FOLLOWED), List.of("sparsity"), List.of("medical imaging"), List.of(), 30, 7, null, null);
    }

    static Database database(Path dir) {
        return Database.open(TestApps.sqlite(dir.resolve("judge.db")), null, null);
    }

    static OpenAiChat chat(FakeOpenAi server, int retries) {
        return new OpenAiChat(new ChatSettings(server.baseUrl(), "test-model", "sk-test", Duration.ofSeconds(5), retries,
                Duration.ofMillis(10)));
    }

    static JudgedScorer judge(FakeOpenAi server, Database db, JudgedScorer.Settings settings, Clock clock) {
        return new JudgedScorer(BASE, chat(server, 2), db.judgements(), db.llmSpending(), settings, clock);
    }

    static JudgedScorer.Settings settings(int candidates, int batch) {
        return new JudgedScorer.Settings(candidates, batch, 0, 0, 0);
    }

    /** A JSON line per paper asked about, as the protocol wants. */
    static String jsonl(String user, Function<String, Integer> relevance) {
        return FakeOpenAi.arxivIds(user).stream()
                .map(id -> "{\"ARXIVID\": \"" + id + "\", \"COMMENT\": \"Criterion 1 (Compression): about " + id
                        + "\", \"RELEVANCE\": " + relevance.apply(id) + ", \"NOVELTY\": 6}")
                .collect(Collectors.joining("\n"));
    }

    static Map<String, Score> byId(List<Score> scores) {
        return scores.stream().collect(Collectors.toMap(s -> s.id().base(), s -> s));
    }
}
