package org.paperboy.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperboy.ingest.JsonlSource;
import org.paperboy.paper.Paper;

class FeedbackModelTest {

    static final List<Paper> MONDAY = new JsonlSource(Path.of("samples/2026-06-08.jsonl.gz")).fetch().papers();
    static final List<Paper> TUESDAY = new JsonlSource(Path.of("samples/2026-06-09.jsonl.gz")).fetch().papers();

    static boolean aboutSegmentation(Paper p) {
        return p.text().toLowerCase().contains("segmentation");
    }

    @Test
    void aReaderWhoLikedSegmentationPapersSeesTheNextDaysOnesFirst() {
        List<FeedbackModel.Example> feedback = new ArrayList<>();
        MONDAY.forEach(p -> feedback.add(new FeedbackModel.Example(p, aboutSegmentation(p))));
        FeedbackModel model = FeedbackModel.train(feedback, 1, PaperVectors.NONE);
        assertThat(model.positives()).isPositive();
        List<Paper> ranked = new ArrayList<>(TUESDAY);
        ranked.sort((a, b) -> Double.compare(model.score(b), model.score(a)));
        long relevantInTop20 = ranked.subList(0, 20).stream().filter(FeedbackModelTest::aboutSegmentation).count();
        long relevantOverall = TUESDAY.stream().filter(FeedbackModelTest::aboutSegmentation).count();
        // A random top 20 would hold about 20 * share of them; the learned one holds far more.
        assertThat(relevantInTop20).isGreaterThan(3 * 20 * relevantOverall / TUESDAY.size());
    }

    @Test
    void aFewMoreLikeThisClicksAloneAreEnoughBecauseTheRestOfTheFieldIsTheOtherSide() {
        List<FeedbackModel.Example> clicks = MONDAY.stream().filter(FeedbackModelTest::aboutSegmentation).limit(8)
                .map(p -> new FeedbackModel.Example(p, true)).toList();
        assertThat(FeedbackModel.fromClicks(List.of(new FeedbackModel.Example(MONDAY.get(0), false)), MONDAY, 1, PaperVectors.NONE))
                .as("only \"less like this\" clicks").isNull();
        FeedbackModel model = FeedbackModel.fromClicks(clicks, MONDAY, 1, PaperVectors.NONE);
        assertThat(model.positives()).isEqualTo(clicks.size()).isGreaterThanOrEqualTo(5);
        List<Paper> ranked = new ArrayList<>(TUESDAY);
        double[] s = model.scores(ranked);
        java.util.Map<Paper, Double> byPaper = new java.util.HashMap<>();
        for (int i = 0; i < s.length; i++) {
            byPaper.put(ranked.get(i), s[i]);
        }
        ranked.sort((a, b) -> Double.compare(byPaper.get(b), byPaper.get(a)));
        long relevantInTop20 = ranked.subList(0, 20).stream().filter(FeedbackModelTest::aboutSegmentation).count();
        long relevantOverall = TUESDAY.stream().filter(FeedbackModelTest::aboutSegmentation).count();
        assertThat(relevantInTop20).isGreaterThan(3 * 20 * relevantOverall / TUESDAY.size());
    }

    /** Each word's fixed random direction, drawn once per word (the tests train many models on the same papers). */
    private static final java.util.Map<String, float[]> WORDS = new java.util.concurrent.ConcurrentHashMap<>();

    /** Stands in for sentence vectors: each word a fixed random direction, a paper the normalised sum. */
    static final PaperVectors WORD_VECTORS = papers -> {
        float[][] out = new float[papers.size()][];
        for (int i = 0; i < out.length; i++) {
            float[] v = new float[64];
            for (String w : papers.get(i).text().toLowerCase().split("\\W+")) {
                float[] direction = WORDS.computeIfAbsent(w, word -> {
                    java.util.Random r = new java.util.Random(word.hashCode());
                    float[] d = new float[64];
                    for (int k = 0; k < d.length; k++) {
                        d[k] = (float) r.nextGaussian();
                    }
                    return d;
                });
                for (int d = 0; d < v.length; d++) {
                    v[d] += direction[d];
                }
            }
            double n = 0;
            for (float x : v) {
                n += x * x;
            }
            for (int d = 0; d < v.length; d++) {
                v[d] /= (float) Math.sqrt(n);
            }
            out[i] = v;
        }
        return out;
    };

    @Test
    void whichPapersAreBroughtInDoesNotHingeOnTheOrderTheClicksWereLearnedIn() {
        // The composer brings in papers the model scores above zero; the seed (the reader's id in
        // production) only shuffles the clicks, so it should hardly change which side a paper is on.
        int flips = 0;
        int papers = 0;
        for (String topic : List.of("diffusion", "graph", "language model")) {
            List<FeedbackModel.Example> feedback = new ArrayList<>();
            MONDAY.forEach(p -> feedback.add(new FeedbackModel.Example(p, p.text().toLowerCase().contains(topic))));
            List<double[]> bySeed = new ArrayList<>();
            for (long seed = 1; seed <= 6; seed++) {
                bySeed.add(FeedbackModel.train(feedback, seed, WORD_VECTORS).scores(TUESDAY));
            }
            for (int i = 0; i < TUESDAY.size(); i++) {
                int finalI = i;
                long above = bySeed.stream().filter(s -> s[finalI] > 0).count();
                if (above > 0 && above < bySeed.size()) {
                    flips++;
                }
            }
            papers += TUESDAY.size();
        }
        assertThat(flips).as("papers whose side changes with the seed").isLessThan(papers / 25);
    }

    @Test
    void eachReaderIsTrainedTheWayThatRanksTheirOwnNewestClicksBest() {
        // Readers who marked papers on different subjects, on both days; Tuesday is the held-out fifth.
        java.util.Set<Boolean> byRarity = new java.util.HashSet<>();
        for (String subject : List.of("language model", "diffusion", "graph", "reinforcement", "segmentation", "robot", "benchmark",
                "attention", "optimization", "agent")) {
            List<FeedbackModel.Example> clicks = new ArrayList<>();
            java.util.stream.Stream.concat(MONDAY.stream(), TUESDAY.stream())
                    .forEach(p -> clicks.add(new FeedbackModel.Example(p, p.text().toLowerCase().contains(subject))));
            if (clicks.stream().filter(FeedbackModel.Example::liked).count() < FeedbackModel.CHOOSE_FROM) {
                continue;
            }
            FeedbackModel.Choice chosen = FeedbackModel.train(clicks, 1, PaperVectors.NONE).choice();
            float[][] none = PaperVectors.NONE.of(clicks.stream().map(FeedbackModel.Example::paper).toList());
            double heldOut = FeedbackModel.heldOut(clicks, none, chosen, 1, PaperVectors.NONE);
            for (FeedbackModel.Choice other : FeedbackModel.CHOICES) {
                assertThat(heldOut).as(subject + ": " + chosen + " against " + other)
                        .isGreaterThanOrEqualTo(FeedbackModel.heldOut(clicks, none, other, 1, PaperVectors.NONE));
            }
            byRarity.add(chosen.byRarity());
        }
        assertThat(byRarity).as("readers for whom words weigh alike, and by rarity").containsExactlyInAnyOrder(false, true);
    }

    @Test
    void withoutFeedbackTheProfileDecidesAndFollowedAuthorsStayOnTop() {
        FeedbackModel empty = FeedbackModel.train(List.of(), 1, PaperVectors.NONE);
        assertThat(empty.positives()).isZero();
        List<Score> scores = List.of(
                new Score(MONDAY.get(0).id(), 3, 5, "", true, 0),
                new Score(MONDAY.get(1).id(), 9, 5, "", false, 5));
        var blended = Blend.scores(scores, MONDAY.subList(0, 2), empty);
        assertThat(blended.get(MONDAY.get(0).id().base())).isGreaterThan(blended.get(MONDAY.get(1).id().base()));
    }

    @Test
    void afterAnEditTheNewProfileLeadsAgainOverWhatEarlierClicksTaught() {
        List<FeedbackModel.Example> feedback = new ArrayList<>();
        MONDAY.forEach(p -> feedback.add(new FeedbackModel.Example(p, aboutSegmentation(p))));
        // the reader now asks for papers about agents: the profile ranks them first
        List<Score> profile = TUESDAY.stream().map(p -> new Score(p.id(), aboutAgents(p) ? 9 : 2, 5, "", false, 0)).toList();
        FeedbackModel model = FeedbackModel.train(feedback, 1, PaperVectors.NONE);
        long before = agentsInTop20(Blend.scores(profile, TUESDAY, model));
        assertThat(model.likes()).isEqualTo(model.positives());
        model.editedOn(TUESDAY.get(0).announced());
        assertThat(model.likes()).isLessThan(model.positives());
        long after = agentsInTop20(Blend.scores(profile, TUESDAY, model));
        assertThat(after).isGreaterThan(before);
        // likes given since the edit count in full
        assertThat(model.editedOn(MONDAY.get(0).announced()).likes()).isEqualTo(model.positives());
    }

    private static boolean aboutAgents(Paper p) {
        return p.title().toLowerCase().contains("agent");
    }

    private static long agentsInTop20(java.util.Map<String, Double> blended) {
        return TUESDAY.stream().sorted((a, b) -> Double.compare(blended.get(b.id().base()), blended.get(a.id().base())))
                .limit(20).filter(FeedbackModelTest::aboutAgents).count();
    }
}
