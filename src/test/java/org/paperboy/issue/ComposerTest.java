package org.paperboy.issue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.paperboy.paper.AnnounceType;
import org.paperboy.paper.ArxivId;
import org.paperboy.paper.Paper;
import org.paperboy.score.FeedbackModel;
import org.paperboy.score.Score;
import org.paperboy.score.Scorer;
import org.paperboy.subscriber.Frequency;
import org.paperboy.score.PaperVectors;
import org.paperboy.subscriber.Profile;
import org.paperboy.subscriber.Status;
import org.paperboy.subscriber.Subscriber;

class ComposerTest {

    static final LocalDate DAY = LocalDate.of(2026, 6, 9);

    /** Relevance is the number in the title; "by-followed" titles are author matches. */
    static final Scorer TITLE_SCORER = (profile, papers) -> {
        List<Score> scores = new ArrayList<>();
        for (Paper p : papers) {
            boolean followed = p.title().startsWith("by-followed");
            int relevance = followed ? 10 : Integer.parseInt(p.title().replaceAll("\\D", ""));
            scores.add(new Score(p.id(), relevance, 5, followed ? "Author match: Ada" : "Topic", followed, relevance));
        }
        return scores;
    };

    static Paper paper(String id, String title, String category) {
        return new Paper(ArxivId.parse(id), title, List.of("A"), List.of(category), "abs", "", DAY, AnnounceType.NEW);
    }

    static Subscriber reader(int max, List<String> categories) {
        return new Subscriber(1, "ada@example.org", "Ada", Status.ACTIVE, new Profile(List.of(), List.of("Ada"),
                List.of(), List.of(), categories, max, 7, ZoneId.of("UTC"), Frequency.DAILY));
    }

    @Test
    void followedAuthorsComeFirstWithinTheLimitWhileNoiseIsDropped() {
        List<Paper> papers = List.of(paper("2606.00001", "paper 9", "cs.CL"), paper("2606.00002", "paper 2", "cs.CL"),
                paper("2606.00003", "by-followed", "cs.CL"), paper("2606.00004", "paper 7", "cs.CL"),
                paper("2606.00005", "paper 8", "cs.CL"));
        DailyEdition e = new Composer(TITLE_SCORER).daily(reader(3, List.of()), DAY, List.of(DAY), List.of(), papers, Set.of());
        assertThat(e.picks()).extracting(p -> p.paper().title()).containsExactly("by-followed", "paper 9", "paper 8");
        DailyEdition tight = new Composer(TITLE_SCORER).daily(reader(1, List.of()), DAY, List.of(DAY), List.of(), papers, Set.of());
        assertThat(tight.picks()).extracting(p -> p.paper().title()).containsExactly("by-followed");
        assertThat(e.announced()).isEqualTo(5);
        assertThat(e.scanned()).isEqualTo(5);
    }

    @Test
    void aFollowedAuthorsPaperOffTheReadersInterestsIsSentAfterThePapersOnThem() {
        // the demo's reader of "3D reconstruction" follows Yi Yang; a namesake's Reddit dataset opened her issue
        Scorer scorer = (profile, papers) -> papers.stream().map(p -> {
            boolean followed = p.title().startsWith("by-followed");
            int relevance = Integer.parseInt(p.title().replaceAll("\\D", ""));
            return new Score(p.id(), relevance, 5, followed ? "Author match: Yi Yang" : "Keyword", followed, relevance);
        }).toList();
        List<Paper> papers = List.of(paper("2606.13187", "by-followed stance detection 3", "cs.CL"),
                paper("2606.13644", "surface flow 10", "cs.CV"), paper("2606.07436", "by-followed agentic spatial skills 9", "cs.CV"),
                paper("2606.07117", "scene generation 8", "cs.CV"), paper("2606.07024", "CAD generation 6", "cs.CV"));
        DailyEdition e = new Composer(scorer).daily(reader(4, List.of()), DAY, List.of(DAY), List.of(), papers, Set.of());
        // both followed authors' papers are still sent within the four, the one on the reader's interests first
        assertThat(e.picks()).extracting(p -> p.paper().id().base())
                .containsExactly("2606.07436", "2606.13644", "2606.07117", "2606.13187");
    }

    @Test
    void maxPapersIsTheMostPapersSentFollowedAuthorsIncluded() {
        List<Paper> papers = List.of(paper("2606.00001", "paper 9", "cs.CL"), paper("2606.00002", "by-followed 1", "cs.CL"),
                paper("2606.00003", "by-followed 2", "cs.CL"), paper("2606.00004", "by-followed 3", "cs.CL"));
        DailyEdition two = new Composer(TITLE_SCORER).daily(reader(2, List.of()), DAY, List.of(DAY), List.of(), papers, Set.of());
        assertThat(two.picks()).hasSize(2).allMatch(p -> p.score().authorMatch());
        DailyEdition five = new Composer(TITLE_SCORER).daily(reader(5, List.of()), DAY, List.of(DAY), List.of(), papers, Set.of());
        assertThat(five.picks()).extracting(p -> p.paper().title()).hasSize(4).endsWith("paper 9");
    }

    @Test
    void papersOnWhatTheReaderLeavesOutAreDroppedUnlessAFollowedAuthorWroteThem() {
        Scorer avoiding = (profile, papers) -> papers.stream().map(p -> {
            boolean followed = p.title().contains("by-followed");
            String excluded = p.title().contains("time series") ? "time series" : "";
            return new Score(p.id(), 9, 5, () -> followed ? "Author match: Ada" : "Topic", followed, 9, excluded);
        }).toList();
        List<Paper> papers = List.of(paper("2606.00001", "time series forecasting", "cs.LG"),
                paper("2606.00002", "by-followed time series", "cs.LG"), paper("2606.00003", "sparse attention", "cs.LG"));
        DailyEdition e = new Composer(avoiding).daily(reader(10, List.of()), DAY, List.of(DAY), List.of(), papers, Set.of());
        // the followed author's paper on what the reader leaves out is sent, after the paper on their interests
        assertThat(e.picks()).extracting(p -> p.paper().id().base()).containsExactly("2606.00003", "2606.00002");
    }

    @Test
    void feedbackBringsInPapersLikeTheOnesTheReaderLiked() {
        List<Paper> liked = List.of(paper("2606.00010", "paper 1 gaussian splatting scenes", "cs.CV"),
                paper("2606.00011", "paper 1 gaussian splatting avatars", "cs.CV"),
                paper("2606.00012", "paper 1 speech recognition", "cs.CL"),
                paper("2606.00013", "paper 1 speech synthesis", "cs.CL"));
        List<FeedbackModel.Example> told = List.of(new FeedbackModel.Example(liked.get(0), true),
                new FeedbackModel.Example(liked.get(1), true), new FeedbackModel.Example(liked.get(2), false),
                new FeedbackModel.Example(liked.get(3), false));
        FeedbackModel model = FeedbackModel.train(told, 1, PaperVectors.NONE);
        List<Paper> today = List.of(paper("2606.00020", "paper 2 gaussian splatting for robots", "cs.CV"),
                paper("2606.00021", "paper 2 speech emotion", "cs.CL"));
        DailyEdition e = new Composer(TITLE_SCORER).daily(reader(10, List.of()), DAY, List.of(DAY), List.of(), today, Set.of(), model);
        assertThat(e.picks()).extracting(p -> p.paper().id().base()).containsExactly("2606.00020");
        assertThat(e.picks().get(0).score().reason()).contains("more like this");
    }

    @Test
    void papersAlreadyMailedOrOutsideTheReadersCategoriesAreNotScanned() {
        List<Paper> papers = List.of(paper("2606.00001v2", "paper 9", "cs.CL"), paper("2606.00002", "paper 8", "cs.CV"),
                paper("2606.00003", "paper 7", "cs.CL"));
        DailyEdition e = new Composer(TITLE_SCORER).daily(reader(10, List.of("cs.CL")), DAY, List.of(DAY), List.of(),
                papers, Set.of("2606.00001"));
        assertThat(e.picks()).extracting(p -> p.paper().id().base()).containsExactly("2606.00003");
        assertThat(e.scanned()).isEqualTo(1);
        assertThat(e.announced()).isEqualTo(3);
    }

    @Test
    void theIssueHoldsWhatSortingEveryCandidateWouldGive() {
        java.util.Random random = new java.util.Random(7);
        for (int day = 0; day < 300; day++) {
            List<Pick> candidates = new ArrayList<>();
            int n = random.nextInt(60);
            for (int i = 0; i < n; i++) {
                Paper p = paper(String.format("2606.%05d", i), "paper", "cs.CL");
                boolean followed = random.nextInt(8) == 0;
                // few distinct ranks, so that ties fall to the id
                candidates.add(new Pick(p, new Score(p.id(), followed ? 10 : 4 + random.nextInt(7), 5, "", followed,
                        random.nextInt(5))));
            }
            java.util.Collections.shuffle(candidates, random);
            int max = random.nextInt(12);
            List<Pick> sorted = new ArrayList<>(candidates);
            sorted.sort(Composer.BEST_FIRST);
            List<Pick> expected = sorted.subList(0, Math.min(max, sorted.size()));
            assertThat(Composer.best(candidates, Composer.BEST_FIRST, max)).as("day %d, at most %d", day, max)
                    .containsExactlyElementsOf(expected);
        }
    }

    @Test
    void readersKeepingToTheSameCategoriesGetTheSameIssueFromOneSharedList() {
        List<Paper> papers = List.of(paper("2606.00001", "paper 9", "cs.CL"), paper("2606.00002", "paper 8", "cs.CV"),
                paper("2606.00003", "paper 7", "cs.CL"));
        Composer composer = new Composer(TITLE_SCORER);
        DailyEdition first = composer.daily(reader(10, List.of("cs.CL")), DAY, List.of(DAY), List.of(), papers, Set.of());
        DailyEdition second = composer.daily(reader(10, List.of("cs.CL")), DAY, List.of(DAY), List.of(), papers, Set.of());
        DailyEdition vision = composer.daily(reader(10, List.of("cs.CV")), DAY, List.of(DAY), List.of(), papers, Set.of());
        assertThat(second.picks()).isEqualTo(first.picks());
        assertThat(first.picks()).extracting(p -> p.paper().id().base()).containsExactly("2606.00001", "2606.00003");
        assertThat(vision.picks()).extracting(p -> p.paper().id().base()).containsExactly("2606.00002");
    }
}
