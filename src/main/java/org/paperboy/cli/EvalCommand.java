package org.paperboy.cli;

import org.paperboy.app.App;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.paperboy.paper.AnnounceType;
import org.paperboy.paper.ArxivId;
import org.paperboy.paper.Paper;
import org.paperboy.score.Blend;
import org.paperboy.score.Evaluation;
import org.paperboy.score.FeedbackModel;
import org.paperboy.config.Config;
import org.paperboy.config.ConfigLoader;
import org.paperboy.score.Embeddings;
import org.paperboy.score.FieldNovelty;
import org.paperboy.score.PaperVectors;
import org.paperboy.score.SemanticScorer;
import org.paperboy.score.Score;
import org.paperboy.score.ScaleAgreement;
import org.paperboy.score.Scorer;
import org.paperboy.subscriber.PaperAssistantImport;
import org.paperboy.subscriber.Profile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Scores a labelled evaluation set day by day and prints its ranking metrics.",
            "The offline (embedding) scorer ranks each day; nDCG, recall and precision at 10 and 30 follow the definitions"
                + " of shared/tools/evaluate.py, and the scoring throughput is printed too.",
            "Zero-shot by default; --feedback also learns from earlier days' labels.",
            "With llm.base_url and llm.model set, each day's (with --weekly, each week's) first llm.judge.candidates papers go to"
                + " the LLM judge, as in the digest and the weekly issue; its answers are kept in the --vectors file."})
final class EvalCommand implements Runnable {

    @Option(names = "--set", required = true, paramLabel = "FILE", description = "Evaluation rows (.jsonl or .jsonl.gz).")
    Path set;

    @Option(names = "--topics", required = true, paramLabel = "FILE|DIR",
            description = "The reader's paper_topics file, or a folder of dated versions (YYYY-MM-DD.md; the newest on or before each day is used).")
    Path topics;

    @Option(names = "--authors", required = true, paramLabel = "FILE", description = "The reader's authors.txt.")
    Path authors;

    @Option(names = "--export", paramLabel = "FILE", description = "Also write the scores as JSONL for evaluate.py.")
    Path export;

    @Option(names = "--against", paramLabel = "FILE",
            description = "An earlier --export of the same set: also print how nDCG@30 changed from it, day by day, with the"
                    + " paired standard error, for the whole set and for each half of the year (with --weekly: nDCG@11 and @3,"
                    + " week by week, and each half of the weeks).")
    Path against;

    @Option(names = "--weekly",
            description = "Rank each ISO week of the set at once, as the weekly issue does, and print the figures of shared/tools/evaluate_weekly.py; the profile stands in for the weekly topic.")
    boolean weekly;

    @Option(names = "--feedback",
            description = "With feedback: for each day, learn from the labels of all earlier days (as if the reader had marked every earlier kept paper \"more like this\"), never from that day or later.")
    boolean feedback;

    @Option(names = "--ignore-edits",
            description = "With --feedback: likes from before the reader changed their topics count as much as later ones (for comparison; the digest always counts them less).")
    boolean ignoreEdits;

    private static final ObjectMapper JSON = new ObjectMapper();

    @Option(names = "--vectors", defaultValue = "data/eval-vectors.db", paramLabel = "FILE",
            description = "SQLite file that keeps the papers' sentence vectors between runs (default: ${DEFAULT-VALUE}).")
    Path vectors;

    @ParentCommand
    Paperboy root;

    @Override
    public void run() {
        Map<String, List<JsonNode>> days = read(set);
        Map<String, List<Paper>> papersByDay = new LinkedHashMap<>();
        days.forEach((day, rows) -> papersByDay.put(day, rows.stream().map(EvalCommand::paper).toList()));
        Map<String, String> env = new java.util.HashMap<>(System.getenv());
        env.put("PAPERBOY_STORE_URL", "jdbc:sqlite:" + vectors);
        try (App app = new App(root == null ? ConfigLoader.load(null, env) : root.config(env))) {
            Embeddings embeddings = app.embeddings();
            List<Paper> all = papersByDay.values().stream().flatMap(List::stream).toList();
            long embedStart = System.nanoTime();
            int embedded = embeddings.embedNew(all, line -> System.err.print("\rembedding papers: " + line + "   "));
            double embedSeconds = (System.nanoTime() - embedStart) / 1e9;
            if (embedded > 0) {
                System.err.println();
                System.out.printf("embedded %d papers in %.0f s (%.1f papers/s, %s); kept in %s%n", embedded, embedSeconds,
                        embedded / embedSeconds, embeddings.model(), vectors);
            }
            Scorer scorer = new SemanticScorer(embeddings, new FieldNovelty(embeddings, (from, to) -> between(papersByDay, from, to)));
            Config.Llm llm = app.config().llm();
            if (llm.judging()) {
                System.out.printf("the first %d candidates of each %s go to the LLM judge (%s at %s), as in the %s%n",
                        llm.judge().candidates(), weekly ? "week" : "day", llm.model(), llm.baseUrl(),
                        weekly ? "weekly issue" : "daily digest");
            }
            if (weekly) {
                WeeklyEval.run(days, papersByDay, app.weeklyRanking(scorer),
                        day -> PaperAssistantImport.read(topicsFor(day), authors, "eval@example.org", "").profile(), export, against);
                return;
            }
            evaluate(days, papersByDay, app.judged(scorer), embeddings::papers);
        }
    }

    private void evaluate(Map<String, List<JsonNode>> days, Map<String, List<Paper>> papersByDay, Scorer scorer, PaperVectors vectors) {
        List<Evaluation.Scored> scored = new ArrayList<>();
        List<ScaleAgreement.Row> scales = new ArrayList<>();
        List<Score> scoresInOrder = new ArrayList<>();
        long start = System.nanoTime();
        int papers = 0;
        List<FeedbackModel.Example> history = new ArrayList<>();
        for (Map.Entry<String, List<JsonNode>> day : days.entrySet()) {
            Path topicsFile = topicsFor(day.getKey());
            Profile profile = PaperAssistantImport.read(topicsFile, authors, "eval@example.org", "").profile();
            List<Paper> candidates = papersByDay.get(day.getKey());
            List<Score> profileScores = scorer.score(profile, candidates);
            FeedbackModel model = feedback && !history.isEmpty()
                    ? FeedbackModel.train(history, 42, vectors).editedOn(ignoreEdits ? null : editedOn(topicsFile)) : null;
            Map<String, Double> scores = Blend.scores(profileScores, candidates, model);
            Map<String, Score> byId = new java.util.HashMap<>();
            profileScores.forEach(s -> byId.put(s.id().base(), s));
            for (int i = 0; i < candidates.size(); i++) {
                JsonNode row = day.getValue().get(i);
                JsonNode label = row.path("label");
                boolean judged = label.path("selected").asBoolean(false) && !label.path("author_match").asBoolean(false);
                int gain = Evaluation.gain(label.path("selected").asBoolean(false), label.path("author_match").asBoolean(false),
                        label.path("relevance").isInt() ? label.path("relevance").asInt() : null);
                String id = ArxivId.parse(row.path("id").asText()).base();
                double score = scores.getOrDefault(id, -1e9);
                scored.add(new Evaluation.Scored(day.getKey(), row.path("id").asText(), gain, score));
                Score mine = byId.get(id);
                scoresInOrder.add(mine);
                scales.add(new ScaleAgreement.Row(day.getKey(), score, mine == null ? 1 : mine.relevance(),
                        mine == null ? 1 : mine.novelty(), judged ? label.path("relevance").asInt(0) : 0,
                        judged ? label.path("novelty").asInt(0) : 0));
                if (feedback) {
                    history.add(new FeedbackModel.Example(candidates.get(i), gain > 0));
                }
            }
            papers += candidates.size();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, Double> metrics = Evaluation.metrics(scored, 10, 30);
        metrics.forEach((name, value) -> {
            if (!name.equals("days")) {
                System.out.printf("%s: %.4f%n", name, value);
            }
        });
        System.out.printf("days: %d  candidates scored: %d/%d%n", metrics.get("days").intValue(), scored.size(), scored.size());
        Map<String, Double> agreement = ScaleAgreement.of(scales);
        System.out.printf("relevance vs the judge's, mean absolute error on the %d papers it kept and scored: %.2f%n",
                agreement.get("kept judged").intValue(), agreement.get("relevance MAE"));
        System.out.printf("novelty vs the judge's, rank correlation (Spearman) on those papers: %.3f%n", agreement.get("novelty Spearman"));
        StringBuilder spread = new StringBuilder();
        agreement.forEach((name, value) -> {
            if (name.startsWith("top-30 relevance ")) {
                spread.append(String.format(" %s: %.0f%%", name.substring("top-30 relevance ".length()), 100 * value));
            }
        });
        System.out.println("relevance of each day's first 30 papers:" + spread);
        System.out.printf("left out (on what the reader avoids or filters): %d of %d candidates%n",
                scoresInOrder.stream().filter(s -> s != null && s.excluded()).count(), scoresInOrder.size());
        System.out.printf("scoring throughput: %d papers in %.1f s (%.0f papers/s%s)%n", papers, seconds, papers / seconds,
                feedback ? ", the reader's model retrained every day" : "");
        if (export != null) {
            write(scored, scales, scoresInOrder);
        }
        if (against != null) {
            compare(scored);
        }
    }

    /** The change in nDCG@30 from the scores of {@link #against}, on the same labels. */
    private void compare(List<Evaluation.Scored> scored) {
        Map<String, Double> before = new java.util.HashMap<>();
        for (JsonNode row : read(against).values().stream().flatMap(List::stream).toList()) {
            before.put(row.path("day").asText() + " " + row.path("id").asText(), row.path("score").asDouble());
        }
        long missing = scored.stream().filter(s -> !before.containsKey(s.day() + " " + s.id())).count();
        if (missing > 0) {
            throw new IllegalArgumentException(against + " has no score for " + missing + " of the set's " + scored.size()
                    + " candidates: give --against a file that --export wrote for this same --set");
        }
        List<Evaluation.Scored> then = scored.stream()
                .map(s -> new Evaluation.Scored(s.day(), s.id(), s.gain(), before.get(s.day() + " " + s.id())))
                .toList();
        Map<String, Double> a = Evaluation.ndcgByDay(then, 30);
        Map<String, Double> b = Evaluation.ndcgByDay(scored, 30);
        Map<String, java.util.function.Predicate<String>> parts = new LinkedHashMap<>();
        parts.put("all days", day -> true);
        parts.put("January-June", day -> Integer.parseInt(day.substring(5, 7)) <= 6);
        parts.put("July-December", day -> Integer.parseInt(day.substring(5, 7)) > 6);
        parts.forEach((name, which) -> {
            Evaluation.Change c = Evaluation.paired(a, b, which);
            if (c.days() > 0) {
                System.out.printf("nDCG@30 against %s, %s: %.4f -> %.4f, change %+.4f ± %.4f (paired standard error over %d days)%n",
                        against.getFileName(), name, c.before(), c.after(), c.mean(), c.standardError(), c.days());
            }
        });
    }

    private static List<Paper> between(Map<String, List<Paper>> papersByDay, LocalDate from, LocalDate to) {
        List<Paper> out = new ArrayList<>();
        papersByDay.forEach((day, papers) -> {
            LocalDate d = LocalDate.parse(day);
            if (!d.isBefore(from) && !d.isAfter(to)) {
                out.addAll(papers);
            }
        });
        return out;
    }

    private Path topicsFor(String day) {
        if (!Files.isDirectory(topics)) {
            return topics;
        }
        try (Stream<Path> files = Files.list(topics)) {
            List<Path> dated = files.filter(f -> f.getFileName().toString().matches("\\d{4}-\\d{2}-\\d{2}\\..*")).sorted().toList();
            Path chosen = dated.isEmpty() ? null : dated.get(0);
            for (Path f : dated) {
                if (!LocalDate.parse(f.getFileName().toString().substring(0, 10)).isAfter(LocalDate.parse(day))) {
                    chosen = f;
                }
            }
            if (chosen == null) {
                throw new IllegalArgumentException("no dated topics file (YYYY-MM-DD.md) in " + topics);
            }
            return chosen;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A dated version's day (YYYY-MM-DD.md) is when the reader changed their profile; a single file never changes. */
    private static LocalDate editedOn(Path topicsFile) {
        String name = topicsFile.getFileName().toString();
        return name.matches("\\d{4}-\\d{2}-\\d{2}\\..*") ? LocalDate.parse(name.substring(0, 10)) : null;
    }

    private static Paper paper(JsonNode r) {
        List<String> authors = new ArrayList<>();
        r.path("authors").forEach(a -> authors.add(a.asText()));
        List<String> categories = new ArrayList<>();
        r.path("categories").forEach(c -> categories.add(c.asText()));
        return new Paper(ArxivId.parse(r.path("id").asText()), r.path("title").asText(""), authors, categories,
                r.path("abstract").asText(""), r.path("comment").asText(""), LocalDate.parse(r.path("day").asText()), AnnounceType.NEW);
    }

    private static Map<String, List<JsonNode>> read(Path file) {
        Map<String, List<JsonNode>> days = new LinkedHashMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(file.toString().endsWith(".gz")
                ? new GZIPInputStream(Files.newInputStream(file)) : Files.newInputStream(file), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isBlank()) {
                    JsonNode row = JSON.readTree(line);
                    days.computeIfAbsent(row.path("day").asText(), d -> new ArrayList<>()).add(row);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the evaluation set " + file + ": " + e.getMessage(), e);
        }
        return days;
    }

    private void write(List<Evaluation.Scored> scored, List<ScaleAgreement.Row> scales, List<Score> mine) {
        try (BufferedWriter out = Files.newBufferedWriter(export, StandardCharsets.UTF_8)) {
            for (int i = 0; i < scored.size(); i++) {
                Evaluation.Scored s = scored.get(i);
                Score m = mine.get(i);
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("day", s.day());
                line.put("id", s.id());
                line.put("score", s.score());
                line.put("relevance", scales.get(i).relevance());
                line.put("novelty", scales.get(i).novelty());
                line.put("rank", m == null ? 0 : m.rank());
                line.put("excluded", m == null ? "" : m.excludedBy());
                out.write(JSON.writeValueAsString(line));
                out.newLine();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + export, e);
        }
        System.out.println("scores written to " + export + " (check: python3 evaluate.py SET " + export + ")");
    }
}
