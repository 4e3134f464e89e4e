package org.paperboy.publish;

import org.paperboy.testkit.TestApps;
import org.paperboy.testkit.TestEmbedder;
import org.paperboy.app.App;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.config.ConfigLoader;
import org.paperboy.deliver.QueuedMail;
import org.paperboy.subscriber.Frequency;
import org.paperboy.subscriber.Profile;
import org.paperboy.subscriber.Status;
import org.paperboy.subscriber.Subscriber;
import org.paperboy.subscriber.Tokens;
import org.paperboy.subscriber.Topic;

class WeeklyIssuesTest {

    @TempDir
    static Path shared;
    /** Three days of the sample week, ingested and embedded once; each test starts from a copy. */
    static Path ingested;
    @TempDir
    Path dir;
    App app;
    WeeklyIssues weekly;

    @BeforeAll
    static void ingestOnce() {
        ingested = shared.resolve("ingested.db");
        try (App once = new App(ConfigLoader.load(null, Map.of("PAPERBOY_STORE_URL", "jdbc:sqlite:" + ingested)), TestEmbedder.SHARED)) {
            for (String day : List.of("2026-06-08", "2026-06-09", "2026-06-10")) {
                once.ingestion(line -> { }).file(Path.of("samples", day + ".jsonl.gz"));
            }
        }
    }

    @BeforeEach
    void start() throws java.io.IOException {
        java.nio.file.Files.copy(ingested, dir.resolve("p.db"));
        app = new App(ConfigLoader.load(null, Map.of("PAPERBOY_STORE_URL", TestApps.sqlite(dir.resolve("p.db")))), TestEmbedder.SHARED);
        weekly = app.weekly(new Tokens(new SecureRandom().generateSeed(32)), "https://p.example.org");
        app.db().subscribers().upsert(reader("weekly@example.org", Frequency.WEEKLY));
        app.db().subscribers().upsert(reader("both@example.org", Frequency.BOTH));
        app.db().subscribers().upsert(reader("daily@example.org", Frequency.DAILY));
    }

    @AfterEach
    void stop() {
        app.close();
    }

    static Subscriber reader(String email, Frequency frequency) {
        return new Subscriber(0, email, "", Status.ACTIVE, new Profile(List.of(), List.of(), List.of("reasoning"), List.of(),
                List.of(), 10, 7, ZoneId.of("Europe/Berlin"), frequency, List.of("LLM & Foundation Models")));
    }

    static Subscriber reader(String email, List<Topic> topics, List<String> weekly) {
        return new Subscriber(0, email, "", Status.ACTIVE, new Profile(topics, List.of(), List.of(), List.of(), List.of(), 10, 7,
                ZoneId.of("UTC"), Frequency.WEEKLY, weekly));
    }

    static final Topic LANGUAGE = new Topic("Language models", "large language models, reasoning, alignment, instruction tuning", "");
    static final Topic VISION = new Topic("Segmentation", "semantic segmentation, instance segmentation, open-vocabulary detection", "");

    @Test
    void readersWhoChoseNoTopicGetTheNearestOneAndThoseNearNoneAnIssueOfTheirOwnComposedOnce() {
        app.db().subscribers().upsert(reader("language@example.org", List.of(LANGUAGE), List.of()));
        app.db().subscribers().upsert(reader("vision1@example.org", List.of(VISION), List.of()));
        app.db().subscribers().upsert(reader("vision2@example.org", List.of(VISION), List.of()));
        app.db().subscribers().upsert(reader("two@example.org", List.of(LANGUAGE), List.of("LLM & Foundation Models", Profile.OWN_WEEKLY)));
        List<String> composed = new java.util.ArrayList<>();
        WeeklyIssues.Report report = weekly.make("2026-W24", s -> true, null, composed::add);
        assertThat(composed).as("the topic once, each distinct own field once").hasSize(3);
        Map<String, String> subjects = new java.util.HashMap<>();
        for (QueuedMail m : app.db().deliveries().claim(20, 10, Instant.now())) {
            subjects.merge(m.to(), m.subject(), (a, b) -> a + " | " + b);
        }
        assertThat(subjects.get("language@example.org")).startsWith("LLM & Foundation Models: 2026 Week 24");
        assertThat(subjects.get("vision1@example.org")).startsWith("Segmentation: 2026 Week 24").doesNotContain("LLM");
        assertThat(subjects.get("vision2@example.org")).isEqualTo(subjects.get("vision1@example.org"));
        assertThat(subjects.get("two@example.org")).contains("LLM & Foundation Models: 2026 Week 24").contains("Language models: 2026");
        assertThat(report.editions()).filteredOn(e -> e.topic().equals("Segmentation")).singleElement()
                .satisfies(e -> assertThat(e.breakthroughs()).isNotEmpty().allSatisfy(b ->
                        assertThat((b.pick().paper().title() + b.pick().paper().abstractText()).toLowerCase())
                                .containsAnyOf("segment", "open-vocabulary detect")));
        assertThat(app.db().issues().featuredBefore("weekly-1", "2026-W25")).hasSize(3);
    }

    @Test
    void weeklyReadersGetTheIssueOnceAndDailyOnlyReadersNot() {
        WeeklyIssues.Report first = weekly.make("2026-W24", s -> true, null, line -> { });
        assertThat(first.made()).isEqualTo(2);
        assertThat(app.db().deliveryCounts()).containsEntry("queued", 2);
        List<QueuedMail> queued = app.db().deliveries().claim(3, 10, Instant.now());
        assertThat(queued).extracting(QueuedMail::to).containsExactlyInAnyOrder("weekly@example.org", "both@example.org");
        assertThat(queued.get(0).subject()).startsWith("LLM & Foundation Models: 2026 Week 24");
        assertThat(queued.get(0).text()).contains("BREAKTHROUGHS").contains("https://p.example.org/unsubscribe/");
        WeeklyIssues.Report again = weekly.make("2026-W24", s -> true, null, line -> { });
        assertThat(again.made()).isZero();
        assertThat(again.alreadyMade()).isEqualTo(2);
        assertThat(again.editions()).as("nothing to make, nothing composed").isEmpty();
        assertThat(app.db().deliveryCounts()).containsEntry("sending", 2).doesNotContainKey("queued");
        // A new weekly reader gets the same breakthroughs: only earlier weeks' features are excluded.
        app.db().subscribers().upsert(reader("late@example.org", Frequency.WEEKLY));
        WeeklyIssues.Report late = weekly.make("2026-W24", s -> true, null, line -> { });
        assertThat(late.made()).isEqualTo(1);
        assertThat(late.editions().get(0).breakthroughs()).extracting(b -> b.pick().paper().id())
                .isEqualTo(first.editions().get(0).breakthroughs().stream().map(b -> b.pick().paper().id()).toList());
        assertThat(app.db().issues().featuredBefore("weekly-1", "2026-W25")).hasSize(3);
    }

    @Test
    void aReaderWhoAvoidsSurveysFindsNoneInTheirCopyOfTheTopicsIssue() {
        app.db().subscribers().upsert(new Subscriber(0, "nosurveys@example.org", "", Status.ACTIVE, new Profile(List.of(), List.of(),
                List.of("reasoning"), List.of("surveys"), List.of(), 10, 7, ZoneId.of("Europe/Berlin"), Frequency.WEEKLY,
                List.of("LLM & Foundation Models"))));
        WeeklyIssues.Report report = weekly.make("2026-W24", s -> true, null, line -> { });
        org.paperboy.issue.WeeklyEdition e = report.editions().get(0);
        // the surveys the issue lists besides its breakthroughs: notable papers, mentions, trends' titles
        List<org.paperboy.paper.Paper> surveys = java.util.stream.Stream.concat(java.util.stream.Stream.concat(
                        e.notable().stream().map(n -> n.pick().paper()), e.mentions().stream()),
                        e.trends().stream().flatMap(t -> t.papers().stream().limit(5)))
                .filter(p -> (p.title() + " " + p.abstractText()).matches("(?is).*\\b(?:this|our) (?:[a-z-]+ )?(?:survey|review)\\b.*"
                        + "|.*\\bwe (?:[a-z]+ly )?(?:survey|review)\\b.*|.*\\bsurvey\\b.*")).distinct().toList();
        assertThat(surveys).as("the sample week's issue lists a survey").isNotEmpty();
        Map<String, String> text = new java.util.HashMap<>();
        app.db().deliveries().claim(10, 10, Instant.now()).forEach(m -> text.put(m.to(), m.text().replaceAll("\\s+", " ")));
        for (org.paperboy.paper.Paper survey : surveys) {
            assertThat(text.get("weekly@example.org")).contains(survey.id().base());
            assertThat(text.get("nosurveys@example.org")).doesNotContain(survey.id().base());
        }
        // the rest of the issue is the same: its breakthroughs, and what the summary says of them
        e.breakthroughs().forEach(b -> assertThat(text.get("nosurveys@example.org")).contains(b.pick().paper().id().base()));
    }

    @Test
    void aWeekWithoutPapersSaysWhatToIngest() {
        assertThatThrownBy(() -> weekly.make("2026-W30", s -> true, null, line -> { }))
                .hasMessageContaining("no papers are stored for 2026-W30").hasMessageContaining("paperboy ingest --from 2026-07-20");
        assertThatThrownBy(() -> WeeklyIssues.monday("week 24")).hasMessageContaining("ISO week like 2026-W24");
    }

    @Test
    void theIssueIsDueFromTheSendHourOfTheFollowingWeekInTheReadersZone() {
        Subscriber berlin = reader("b@example.org", Frequency.WEEKLY);
        // Monday 15 June 2026, 08:00 in Berlin is 06:00 UTC.
        assertThat(WeeklyIssues.isDue(berlin, "2026-W24", DayOfWeek.MONDAY, 8, Instant.parse("2026-06-15T05:59:00Z"))).isFalse();
        assertThat(WeeklyIssues.isDue(berlin, "2026-W24", DayOfWeek.MONDAY, 8, Instant.parse("2026-06-15T06:00:00Z"))).isTrue();
        assertThat(WeeklyIssues.lastCompleteWeek(Instant.parse("2026-06-15T06:00:00Z"))).isEqualTo("2026-W24");
        assertThat(WeeklyIssues.week(LocalDate.of(2026, 1, 1))).isEqualTo("2026-W01");
    }
}
