package org.paperboy.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.paperboy.paper.Paper;
import org.paperboy.score.WeeklyEvaluation;
import org.paperboy.score.WeeklyRanking;
import org.paperboy.subscriber.Profile;

/** `eval --weekly`: each ISO week of the set ranked at once, as the weekly issue ranks it. */
final class WeeklyEval {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The breakthroughs, the places evaluate_weekly.py's nDCG@3 reads. */
    private static final int BREAKTHROUGHS = 3;
    private static final int FEATURED = 11;

    interface Profiles {
        Profile forDay(String day);
    }

    private WeeklyEval() {
    }

    /**
     * @param export  where to write the scores (null: nowhere)
     * @param against an earlier export of the same set (null: none): the paired change of each week's nDCG is printed
     */
    static void run(Map<String, List<JsonNode>> days, Map<String, List<Paper>> papersByDay, WeeklyRanking ranking, Profiles profiles,
            Path export, Path against) {
        Map<String, List<String>> daysByWeek = new LinkedHashMap<>();
        days.keySet().forEach(d -> daysByWeek.computeIfAbsent(week(LocalDate.parse(d)), w -> new ArrayList<>()).add(d));
        List<WeeklyEvaluation.Scored> scored = new ArrayList<>();
        List<String> exported = new ArrayList<>();
        long start = System.nanoTime();
        int papers = 0;
        for (Map.Entry<String, List<String>> week : daysByWeek.entrySet()) {
            List<Paper> candidates = new ArrayList<>();
            Map<String, JsonNode> labels = new HashMap<>();
            for (String d : week.getValue()) {
                candidates.addAll(papersByDay.get(d));
                days.get(d).forEach(r -> labels.put(r.path("id").asText(), r));
            }
            Profile profile = profiles.forDay(week.getValue().get(0));
            Map<String, WeeklyRanking.Ranked> ranked = new HashMap<>();
            List<WeeklyRanking.Ranked> list = ranking.rank(profile, candidates);
            list.forEach(r -> ranked.put(r.paper().id().base(), r));
            Map<String, Double> places = WeeklyRanking.asIssued(list, BREAKTHROUGHS, FEATURED);
            for (String d : week.getValue()) {
                for (JsonNode row : days.get(d)) {
                    String id = row.path("id").asText();
                    JsonNode label = row.path("label");
                    boolean selected = label.path("selected").asBoolean(false);
                    Integer relevance = label.path("relevance").isInt() ? label.path("relevance").asInt() : null;
                    Integer novelty = label.path("novelty").isInt() ? label.path("novelty").asInt() : null;
                    WeeklyRanking.Ranked r = ranked.get(org.paperboy.paper.ArxivId.parse(id).base());
                    // as the issue orders them: its breakthroughs first (no survey among them), a filtered paper after every
                    // other, never featured
                    double score = r == null ? -1e9 : places.get(r.paper().id().base());
                    scored.add(new WeeklyEvaluation.Scored(week.getKey(), id,
                            WeeklyEvaluation.gain(selected, label.path("author_match").asBoolean(false), relevance, novelty),
                            WeeklyEvaluation.breakthrough(selected, relevance, novelty), score));
                    if (export != null) {
                        Map<String, Object> line = new LinkedHashMap<>();
                        line.put("week", week.getKey());
                        line.put("id", id);
                        line.put("score", score);
                        if (r != null) {
                            line.put("relevance", r.score().relevance());
                            line.put("novelty", r.score().novelty());
                        }
                        line.put("rel", relevance);
                        line.put("nov", novelty);
                        line.put("sel", selected);
                        line.put("am", label.path("author_match").asBoolean(false));
                        try {
                            exported.add(JSON.writeValueAsString(line));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                }
            }
            papers += candidates.size();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        print("", WeeklyEvaluation.metrics(scored, 3, 11));
        // the same figures for each half of the set's weeks: a change that helps only one half is fitted to it
        List<String> weeks = List.copyOf(daysByWeek.keySet());
        int middle = weeks.size() / 2;
        for (List<String> half : List.of(weeks.subList(0, middle), weeks.subList(middle, weeks.size()))) {
            if (!half.isEmpty()) {
                java.util.Set<String> in = java.util.Set.copyOf(half);
                print(half.get(0) + " to " + half.get(half.size() - 1) + ": ",
                        WeeklyEvaluation.metrics(scored.stream().filter(r -> in.contains(r.week())).toList(), 3, 11));
            }
        }
        System.out.printf("ranking throughput: %d papers in %.1f s (%.0f papers/s)%n", papers, seconds, papers / seconds);
        if (against != null) {
            compare(scored, against, weeks.subList(0, middle), weeks.subList(middle, weeks.size()));
        }
        if (export != null) {
            try {
                Files.write(export, exported, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + export, e);
            }
            System.out.println("scores written to " + export + " (check: python3 evaluate_weekly.py SET " + export + ")");
        }
    }

    /** How each week's nDCG@3 and @11 changed from an earlier export's scores, with the paired standard error. */
    private static void compare(List<WeeklyEvaluation.Scored> scored, Path against, List<String> first, List<String> second) {
        Map<String, Double> before = new HashMap<>();
        try {
            for (String line : Files.readAllLines(against, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    JsonNode row = JSON.readTree(line);
                    before.put(row.path("week").asText() + " " + row.path("id").asText(), row.path("score").asDouble());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + against + ": give --against a file that --weekly --export wrote", e);
        }
        long missing = scored.stream().filter(s -> !before.containsKey(s.week() + " " + s.id())).count();
        if (missing > 0) {
            throw new IllegalArgumentException(against + " has no score for " + missing + " of the set's " + scored.size()
                    + " candidates: give --against a file that --weekly --export wrote for this same --set");
        }
        List<WeeklyEvaluation.Scored> then = scored.stream().map(s -> new WeeklyEvaluation.Scored(s.week(), s.id(), s.gain(),
                s.breakthrough(), before.get(s.week() + " " + s.id()))).toList();
        Map<String, java.util.function.Predicate<String>> parts = new LinkedHashMap<>();
        parts.put("all weeks", w -> true);
        for (List<String> half : List.of(first, second)) {
            if (!half.isEmpty()) {
                parts.put(half.get(0) + " to " + half.get(half.size() - 1), java.util.Set.copyOf(half)::contains);
            }
        }
        for (int k : new int[] {11, 3}) {
            Map<String, Double> a = WeeklyEvaluation.ndcgByWeek(then, k);
            Map<String, Double> b = WeeklyEvaluation.ndcgByWeek(scored, k);
            int at = k;
            parts.forEach((name, which) -> {
                org.paperboy.score.Evaluation.Change c = org.paperboy.score.Evaluation.paired(a, b, which);
                if (c.days() > 0) {
                    System.out.printf("weekly_ndcg@%d against %s, %s: %.4f -> %.4f, change %+.4f ± %.4f (paired standard error over %d"
                            + " weeks)%n", at, against.getFileName(), name, c.before(), c.after(), c.mean(), c.standardError(), c.days());
                }
            });
        }
    }

    private static void print(String prefix, Map<String, Double> metrics) {
        StringBuilder line = new StringBuilder(prefix);
        metrics.forEach((name, value) -> {
            if (!name.endsWith("weeks")) {
                line.append(prefix.isEmpty() ? "" : "  ").append(String.format("%s: %.4f", name, value)).append(prefix.isEmpty() ? "\n" : "");
            }
        });
        System.out.print(line.toString().stripTrailing() + "\n");
        System.out.printf("%sweeks: %d  with a breakthrough-grade paper: %d%n", prefix.isEmpty() ? "" : "  ", metrics.get("weeks").intValue(),
                metrics.get("breakthrough_weeks").intValue());
    }

    static String week(LocalDate day) {
        return String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
