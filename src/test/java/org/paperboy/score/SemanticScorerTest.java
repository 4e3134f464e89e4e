package org.paperboy.score;

import org.paperboy.testkit.TestApps;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.embed.MiniLmEmbedder;
import org.paperboy.testkit.TestEmbedder;
import org.paperboy.paper.ArxivId;
import org.paperboy.paper.Paper;
import org.paperboy.store.Database;
import org.paperboy.subscriber.Profile;
import org.paperboy.subscriber.Topic;

/** The embedded scorer on a real listing, with the real model and vectors kept in a real SQLite file. */
class SemanticScorerTest {

    static final List<Paper> MONDAY = KeywordScorerTest.MONDAY;

    @TempDir
    static Path dir;
    static Database db;
    static final AtomicInteger embeddedTexts = new AtomicInteger();
    static Embeddings embeddings;
    static SemanticScorer scorer;

    @BeforeAll
    static void model() {
        db = Database.open(TestApps.sqlite(dir.resolve("paperboy.db")), null, null);
        // the real model's vectors: stored for the sample papers, computed for anything else
        TextEmbedder model = TestEmbedder.SHARED;
        TextEmbedder counting = new TextEmbedder() {
            @Override
            public String model() {
                return model.model();
            }

            @Override
            public List<float[]> embed(List<String> texts) {
                embeddedTexts.addAndGet(texts.size());
                return model.embed(texts);
            }
        };
        embeddings = new Embeddings(counting, db.vectors());
        embeddings.embedNew(MONDAY, line -> { });
        scorer = new SemanticScorer(embeddings, new FieldNovelty(embeddings, (from, to) -> MONDAY.stream()
                .filter(p -> !p.announced().isBefore(from) && !p.announced().isAfter(to)).toList()));
    }

    @AfterAll
    static void close() {
        db.close();
    }

    static Map<ArxivId, Score> score(List<Topic> topics, List<String> authors, List<String> keywords, List<String> avoid) {
        return scorer.score(KeywordScorerTest.profile(topics, authors, keywords, avoid), MONDAY).stream()
                .collect(Collectors.toMap(Score::id, Function.identity()));
    }

    static List<Paper> ranked(Map<ArxivId, Score> scores) {
        return MONDAY.stream().sorted(Comparator.comparingDouble((Paper p) -> -scores.get(p.id()).rank())).toList();
    }

    @Test
    void eachPaperIsEmbeddedOnceAndStoredSoScoringIsVectorWork() {
        int before = embeddedTexts.get();
        assertThat(embeddings.embedNew(MONDAY, line -> { })).isZero();
        Embeddings fresh = new Embeddings(new TextEmbedder() {
            @Override
            public String model() {
                return MiniLmEmbedder.MODEL;
            }

            @Override
            public List<float[]> embed(List<String> texts) {
                throw new AssertionError("a stored paper was embedded again: " + texts.get(0));
            }
        }, db.vectors());
        assertThat(List.of(fresh.papers(MONDAY))).hasSize(MONDAY.size()).allSatisfy(v -> assertThat(v).hasSize(384));
        score(List.of(new Topic("Robots", "robot manipulation and grasping", "")), List.of(), List.of(), List.of());
        assertThat(embeddedTexts.get() - before).as("texts embedded to score one profile").isLessThanOrEqualTo(3);
    }

    @Test
    void criteriaPreparedAheadAreScoredAndExplainedWithoutTheModel() {
        Profile profile = KeywordScorerTest.profile(
                List.of(new Topic("Speech", "speech recognition, spoken language understanding; voice assistants", "")),
                List.of(), List.of("audio tokenizer", "text to speech"), List.of("music generation"));
        int before = embeddedTexts.get();
        scorer.prepare(List.of(profile, profile));
        int prepared = embeddedTexts.get() - before;
        // the topic whole, its name and each of its three phrases, the keywords together and each of the
        // two, and the avoided subject, each once
        assertThat(prepared).isEqualTo(9);

        List<Score> scores = scorer.score(profile, MONDAY);
        scores.forEach(Score::reason);
        assertThat(embeddedTexts.get() - before).as("texts embedded while scoring and wording reasons").isEqualTo(prepared);
        assertThat(scores).anySatisfy(s -> assertThat(s.reason())
                .matches("Speech: .+ \\(you follow \"(speech recognition|spoken language understanding|voice assistants)\"\\)"));
    }

    @Test
    void aPaperIsSaidToBeNearTheReadersWordsOnlyWhenFewOfTheDaysPapersComeNearer() {
        // a day with little on high-performance computing: the papers sent on meaning alone came nearest
        // "distributed training techniques" or "memory optimization" of all the topic's words, as papers on reasoning
        // control or cross-lingual recall do, and were said to be close to them
        Topic hpc = new Topic("High Performance Computing", "Algorithmic or systems-level innovations enabling training of"
                + " large-scale models, distributed training techniques, memory optimization", "");
        Map<ArxivId, Score> scores = score(List.of(hpc), List.of(), List.of(), List.of());
        Profile reader = KeywordScorerTest.profile(List.of(hpc), List.of(), List.of(), List.of());
        List<Paper> sent = ranked(scores).subList(0, reader.maxPapers());
        float[][] papers = embeddings.papers(MONDAY, line -> { });
        java.util.regex.Pattern named = java.util.regex.Pattern.compile("^Close in meaning to \"([^\"]+)\" \\(your topic");
        int topicOnly = 0;
        for (Paper p : sent) {
            String reason = scores.get(p.id()).reason();
            java.util.regex.Matcher m = named.matcher(reason);
            if (m.find()) {
                // named: at most two of the day's papers come nearer those words
                float[] words = embeddings.texts(List.of(m.group(1)))[0];
                double own = Vectors.dot(papers[MONDAY.indexOf(p)], words);
                assertThat(java.util.Arrays.stream(papers).filter(v -> Vectors.dot(v, words) > own).count()).as(reason)
                        .isLessThan(3);
            } else if (reason.startsWith("Close in meaning to your topic \"High Performance Computing\": ")) {
                topicOnly++;
            }
        }
        assertThat(topicOnly).as("papers near the topic, but no nearer its words than many of the day's").isPositive();
        assertThat(scores.get(ArxivId.parse("2606.07108")).reason()).as("DyCon, on reasoning control")
                .doesNotContain("distributed training").doesNotContain("memory optimization");
    }

    @Test
    void aTopicWrittenInItsOwnWordsFindsPapersThatUseOthers() {
        // None of these words need appear in a paper: the meaning does the matching.
        Map<ArxivId, Score> scores = score(List.of(new Topic("Robots",
                "robots that learn to pick up and handle objects with their hands", "")), List.of(), List.of(), List.of());
        List<Paper> top = ranked(scores).subList(0, 5);
        // The day's two papers on robot manipulation policies: neither says "pick up" or "hands".
        assertThat(top).extracting(p -> p.id().base()).contains("2606.07100", "2606.06660");
        Score first = scores.get(top.get(0).id());
        // matched on meaning, not on the topic's words, and the reason says so, with the reader's words it came near
        assertThat(first.reason()).startsWith("Close in meaning to \"robots that learn to pick up and handle objects with their"
                + " hands\" (your topic \"Robots\"): ");
        assertThat(first.relevance()).isGreaterThanOrEqualTo(7);
        assertThat(scores.values()).allSatisfy(s -> {
            assertThat(s.relevance()).isBetween(1, 10);
            assertThat(s.novelty()).isBetween(1, 10);
        });
        long lowest = scores.values().stream().filter(s -> s.relevance() <= 3).count();
        assertThat(lowest).as("most of a day is not about robots").isGreaterThan(MONDAY.size() / 2);
    }

    @Test
    void followedAuthorsAreAlwaysKept() {
        Paper any = MONDAY.get(MONDAY.size() / 2);
        String author = any.authors().get(0);
        Map<ArxivId, Score> scores = score(List.of(new Topic("Segmentation", "semantic and instance segmentation", "")),
                List.of(author), List.of(), List.of());
        assertThat(ranked(scores).get(0).authors()).contains(author);
        assertThat(scores.get(any.id()).authorMatch()).isTrue();
        assertThat(scores.get(any.id()).reason()).startsWith("Author match");
    }

    @Test
    void aFollowedAuthorsPaperIsScoredForItsFitAndSaysWhenItIsSentForTheAuthorAlone() {
        List<Topic> segmentation = List.of(new Topic("Segmentation", "semantic and instance segmentation", ""));
        Map<ArxivId, Score> plain = score(segmentation, List.of(), List.of(), List.of());
        Paper onTopic = ranked(plain).get(0);
        Paper offTopic = ranked(plain).get(ranked(plain).size() - 1);
        String near = onTopic.authors().get(0);
        String far = offTopic.authors().get(0);

        Map<ArxivId, Score> following = score(segmentation, List.of(near, far), List.of(), List.of());
        Score fits = following.get(onTopic.id());
        Score sentForTheAuthor = following.get(offTopic.id());
        assertThat(fits.authorMatch()).isTrue();
        assertThat(fits.relevance()).as("a paper on the reader's topic").isGreaterThanOrEqualTo(7);
        // a paper's words count for its relevance whoever wrote it: the top papers of a keyword, followed or not
        Map<ArxivId, Score> byKeyword = score(List.of(), List.of(), List.of("segmentation"), List.of());
        for (Paper p : ranked(byKeyword).subList(0, 5)) {
            Score followed = score(List.of(), List.of(p.authors().get(0)), List.of("segmentation"), List.of()).get(p.id());
            assertThat(followed.relevance()).as("followed: %s", p.title()).isEqualTo(byKeyword.get(p.id()).relevance());
        }
        assertThat(fits.reason()).startsWith("Author match: " + near + ", ").doesNotContain("sent for the author");
        assertThat(sentForTheAuthor.authorMatch()).isTrue();
        assertThat(sentForTheAuthor.relevance()).as("not 10 for a paper off every interest").isLessThan(7);
        assertThat(sentForTheAuthor.reason()).startsWith("Author match: " + far + ", ")
                .endsWith(" (sent for the author; not clearly on your interests)");
        assertThat(ranked(following).subList(0, 2)).as("followed authors still come first").contains(onTopic, offTopic);
    }

    @Test
    void aTitleNamingAnAvoidedSubjectKeepsThePaperOutUnlessAFollowedAuthorWroteIt() {
        Topic vlm = new Topic("Vision-language models", "large vision-language models, visual grounding", "");
        Paper medical = MONDAY.stream().filter(p -> p.id().base().equals("2606.06760")).findFirst().orElseThrow();
        Map<ArxivId, Score> plain = score(List.of(vlm), List.of(), List.of(), List.of());
        assertThat(plain.get(medical.id()).excluded()).isFalse();
        assertThat(ranked(plain).indexOf(medical)).as("on topic").isLessThan(10);

        Map<ArxivId, Score> avoiding = score(List.of(vlm), List.of(), List.of(), List.of("Medical"));
        assertThat(avoiding.get(medical.id()).excludedBy()).isEqualTo("Medical");
        Map<ArxivId, Score> following = score(List.of(vlm), List.of(medical.authors().get(0)), List.of(), List.of("Medical"));
        assertThat(following.get(medical.id()).authorMatch()).isTrue();
        assertThat(following.get(medical.id()).reason()).isEqualTo("Author match: " + medical.authors().get(0)
                + ", first author (sent for the author, although it is on \"Medical\", which you leave out)");
    }

    /** The 30 papers a profile ranks first on Monday, followed authors aside. */
    private static java.util.Set<String> top30(String topicsFile) {
        Profile p = org.paperboy.subscriber.PaperAssistantImport.read(Path.of("src/test/resources/profiles", topicsFile),
                Path.of("src/test/resources/score/foundations-authors.txt"), "r@example.org", "").profile();
        return scorer.score(p, MONDAY).stream().filter(s -> !s.authorMatch())
                .sorted(Comparator.comparingDouble(Score::rank).reversed()).limit(30)
                .map(s -> s.id().base()).collect(Collectors.toSet());
    }

    @Test
    void aProfileRewrittenAsKeywordsAsLongListsOrAsProsePicksMostlyTheSamePapers() {
        java.util.Set<String> original = top30("original/foundations-topics/2025-09-05.md");
        for (String rewrite : List.of("foundations-terse/2025-09-05.md", "foundations-lists/2025-09-05.md",
                "foundations-prose/2025-09-05.md")) {
            java.util.Set<String> same = new java.util.HashSet<>(top30(rewrite));
            same.retainAll(original);
            System.out.println(rewrite + ": " + same.size() + " of the original's top 30");
            assertThat(same).as(rewrite).hasSizeGreaterThanOrEqualTo(20);
        }
    }
}
