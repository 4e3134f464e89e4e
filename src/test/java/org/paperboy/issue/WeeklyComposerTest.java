package org.paperboy.issue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.paperboy.ingest.JsonlSource;
import org.paperboy.paper.Paper;
import org.paperboy.score.KeywordScorer;

class WeeklyComposerTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 6, 8);
    static final List<Paper> WEEK = week();
    static final WeeklyComposer.WeeklyTopic LLM = new WeeklyComposer.WeeklyTopic("LLM & Foundation Models",
            "large language models, reasoning, alignment, RLHF, agents", "applications to a single domain", List.of("cs.CL", "cs.AI"));

    static List<Paper> week() {
        List<Paper> papers = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("samples"))) {
            files.filter(f -> f.toString().endsWith(".jsonl.gz")).sorted().forEach(f -> papers.addAll(new JsonlSource(f).fetch().papers()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return papers;
    }

    WeeklyEdition compose(Set<String> featuredBefore) {
        return new WeeklyComposer(new KeywordScorer(), new WeeklyComposer.Sizes(3, 8, 6))
                .compose(LLM, "2026-W24", MONDAY, MONDAY.plusDays(6), WEEK, featuredBefore);
    }

    @Test
    void highlightsTheWeekWithClaimsQuotedFromTheAbstracts() {
        WeeklyEdition e = compose(Set.of());
        assertThat(e.breakthroughs()).hasSize(3);
        assertThat(e.notable()).hasSize(8);
        assertThat(e.mentions()).hasSize(6);
        assertThat(e.analyzed()).isLessThanOrEqualTo(WEEK.size()).isGreaterThan(0);
        for (WeeklyEdition.Breakthrough b : e.breakthroughs()) {
            String abstractText = b.pick().paper().abstractText();
            assertThat(abstractText).contains(b.whyNovel());
            b.evidence().forEach(s -> assertThat(abstractText).contains(s));
            b.innovations().forEach(s -> assertThat(abstractText).contains(s));
            assertThat(b.evidence()).doesNotContain(b.whyNovel());
        }
        assertThat(e.summary()).contains(e.analyzed() + " papers analyzed").contains(e.breakthroughs().get(0).pick().paper().id().base());
        assertThat(e.takeaway()).startsWith(e.breakthroughs().get(0).whyNovel());
        assertThat(e.trends()).isNotEmpty().allSatisfy(t -> {
            assertThat(t.papers()).hasSizeGreaterThanOrEqualTo(3);
            assertThat(t.name()).isNotBlank();
        });
        Set<String> all = Stream.of(e.breakthroughs().stream().map(b -> b.pick().paper()), e.notable().stream().map(n -> n.pick().paper()),
                e.mentions().stream()).flatMap(s -> s).map(p -> p.id().base()).collect(Collectors.toSet());
        assertThat(all).hasSize(3 + 8 + 6);
    }

    @Test
    void aPaperFeaturedInAnEarlierWeekIsNotFeaturedAgain() {
        WeeklyEdition first = compose(Set.of());
        Set<String> featured = first.breakthroughs().stream().map(b -> b.pick().paper().id().base()).collect(Collectors.toSet());
        WeeklyEdition again = compose(featured);
        assertThat(again.breakthroughs()).hasSize(3)
                .allSatisfy(b -> assertThat(featured).doesNotContain(b.pick().paper().id().base()));
    }

    @Test
    void aWeekWithNothingOnTopicIsAnHonestEmptyIssue() {
        WeeklyComposer.WeeklyTopic none = new WeeklyComposer.WeeklyTopic("Marine biology", "whales, plankton", "", List.of("q-bio.PE"));
        WeeklyEdition e = new WeeklyComposer(new KeywordScorer(), new WeeklyComposer.Sizes(3, 8, 6))
                .compose(none, "2026-W24", MONDAY, MONDAY.plusDays(6), WEEK, Set.of());
        assertThat(e.analyzed()).isZero();
        assertThat(e.breakthroughs()).isEmpty();
        assertThat(e.trends()).isEmpty();
        assertThat(e.takeaway()).isEmpty();
        assertThat(e.summary()).isEqualTo("0 papers analyzed (2026-06-08 to 2026-06-14). 0 breakthroughs, 0 notable.");
    }
}
