package org.paperboy.issue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.paperboy.ingest.JsonlSource;
import org.paperboy.paper.Paper;
import org.paperboy.score.KeywordScorer;
import org.paperboy.score.Score;
import org.paperboy.score.WeeklyRanking;

/**
 * The weekly issue composed from the real sample week, ranked by the keyword scorer (the ranking with
 * embeddings, and its filter, are tested in WeeklyRankingTest), read as its reader would.
 */
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

    /** The keyword scorer's ranking, as the weekly ranking hands it over. */
    static WeeklyComposer.Ranking byKeywords() {
        KeywordScorer scorer = new KeywordScorer();
        return (field, week) -> {
            List<WeeklyRanking.Ranked> out = new ArrayList<>();
            for (Score s : scorer.score(field, week)) {
                Paper p = week.stream().filter(x -> x.id().equals(s.id())).findFirst().orElseThrow();
                out.add(new WeeklyRanking.Ranked(p, s, s.rank(), false));
            }
            out.sort(Comparator.comparingDouble(r -> -r.importance()));
            return out;
        };
    }

    static WeeklyComposer composer() {
        return new WeeklyComposer(byKeywords(), (from, to) -> List.of(), new WeeklyComposer.Sizes(3, 8, 6));
    }

    /** The sample week's issue with nothing featured before: the same for every test that reads it, so composed once. */
    private static WeeklyEdition fresh;

    WeeklyEdition compose(Set<String> featuredBefore) {
        if (featuredBefore.isEmpty()) {
            synchronized (WeeklyComposerTest.class) {
                if (fresh == null) {
                    fresh = composer().compose(LLM, "2026-W24", MONDAY, MONDAY.plusDays(6), WEEK, featuredBefore);
                }
                return fresh;
            }
        }
        return composer().compose(LLM, "2026-W24", MONDAY, MONDAY.plusDays(6), WEEK, featuredBefore);
    }

    @Test
    void highlightsTheWeekWithEachBreakthroughInFourDifferentParts() {
        WeeklyEdition e = compose(Set.of());
        assertThat(e.breakthroughs()).hasSize(3);
        assertThat(e.notable()).hasSize(8);
        assertThat(e.mentions()).hasSize(6);
        assertThat(e.analyzed()).isLessThanOrEqualTo(WEEK.size()).isGreaterThan(0);
        for (WeeklyEdition.Breakthrough b : e.breakthroughs()) {
            assertThat(b.whyNovel()).isNotBlank();
            assertThat(b.impact()).as("every breakthrough has an impact").isNotBlank();
            List<String> parts = new ArrayList<>(List.of(b.whyNovel(), b.impact()));
            parts.addAll(b.innovations());
            parts.addAll(b.evidence());
            assertThat(parts).as("why novel, innovations, evidence and impact say different things").doesNotHaveDuplicates();
            for (String part : parts) {
                assertThat(sentencesOf(b.whyNovel())).as("no part repeats a sentence of why-novel")
                        .noneMatch(s -> !part.equals(b.whyNovel()) && part.contains(s));
            }
        }
        assertThat(e.summary()).contains(e.analyzed() + " papers analyzed").contains(e.breakthroughs().get(0).pick().paper().id().base());
        Set<String> all = Stream.of(e.breakthroughs().stream().map(b -> b.pick().paper()), e.notable().stream().map(n -> n.pick().paper()),
                e.mentions().stream()).flatMap(s -> s).map(p -> p.id().base()).collect(Collectors.toSet());
        assertThat(all).hasSize(3 + 8 + 6);
    }

    @Test
    void aSurveyIsANotablePaperNeverABreakthroughHoweverHighItRanks() {
        // "Bridging the Agent-World Gap: Text World Models for LLM-based Agents" (sample week) reviews the field without
        // its title saying so, and was the demo's breakthrough 2
        String survey = "2606.09032";
        WeeklyComposer.Ranking first = (field, week) -> {
            List<WeeklyRanking.Ranked> out = new ArrayList<>(byKeywords().rank(field, week));
            out.sort(Comparator.comparing((WeeklyRanking.Ranked r) -> !r.paper().id().base().equals(survey)));
            return out;
        };
        WeeklyEdition e = new WeeklyComposer(first, (from, to) -> List.of(), new WeeklyComposer.Sizes(3, 8, 6))
                .compose(LLM, "2026-W24", MONDAY, MONDAY.plusDays(6), WEEK, Set.of());
        assertThat(e.breakthroughs()).hasSize(3).noneMatch(b -> b.pick().paper().id().base().equals(survey));
        assertThat(e.notable().get(0).pick().paper().id().base()).isEqualTo(survey);
    }

    @Test
    void noSentenceAppearsTwiceInTheIssue() {
        WeeklyEdition e = compose(Set.of());
        List<String> sentences = new ArrayList<>();
        sentences.addAll(sentencesOf(e.summary()));
        sentences.addAll(sentencesOf(e.takeaway()));
        for (WeeklyEdition.Breakthrough b : e.breakthroughs()) {
            sentencesOf(b.whyNovel()).forEach(sentences::add);
            b.innovations().forEach(s -> sentences.addAll(sentencesOf(s)));
            b.evidence().forEach(s -> sentences.addAll(sentencesOf(s)));
            sentences.addAll(sentencesOf(b.impact()));
        }
        e.trends().forEach(t -> sentences.addAll(sentencesOf(t.line())));
        e.notable().forEach(n -> sentences.addAll(sentencesOf(n.line())));
        List<String> keys = sentences.stream().map(s -> s.toLowerCase(Locale.ROOT).strip()).toList();
        assertThat(keys).doesNotHaveDuplicates();
        assertThat(keys.size()).isGreaterThan(30);
    }

    @Test
    void everyQuotedSentenceStandsOnItsOwn() {
        WeeklyEdition e = compose(Set.of());
        List<String> shown = new ArrayList<>();
        for (WeeklyEdition.Breakthrough b : e.breakthroughs()) {
            shown.add(b.whyNovel());
            shown.addAll(b.innovations());
            shown.addAll(b.evidence());
            shown.add(b.impact());
        }
        e.notable().forEach(n -> shown.add(n.line()));
        for (String s : shown) {
            assertThat(s).as(s).doesNotStartWith("In this paper").doesNotStartWith("To address").doesNotStartWith("This ")
                    .doesNotStartWith("These ").doesNotStartWith("It ").doesNotStartWith("We ").doesNotStartWith("Our ")
                    .doesNotContainPattern("\\b(?:[Ww]e|our|us)\\b");
            // a passage that takes the sentence before along starts with one that stands alone
            assertThat(Standalone.leans(sentencesOf(s).get(0))).as(s).isFalse();
        }
    }

    @Test
    void evidenceReportsMeasuredResultsWhenTheAbstractHasThem() {
        WeeklyEdition e = compose(Set.of());
        for (WeeklyEdition.Breakthrough b : e.breakthroughs()) {
            boolean measured = Sentences.of(b.pick().paper().abstractText()).stream().anyMatch(s -> Sentences.evidence(s) >= 3);
            if (measured) {
                assertThat(b.evidence()).as(b.pick().paper().title()).isNotEmpty()
                        .first().satisfies(s -> assertThat(Sentences.evidence(s)).isGreaterThanOrEqualTo(3));
            }
        }
    }

    @Test
    void theTakeawayIsComposedForTheWeekNotCopiedFromAPaper() {
        WeeklyEdition e = compose(Set.of());
        assertThat(e.takeaway()).isNotBlank().containsIgnoringCase(e.trends().get(0).name());
        for (WeeklyEdition.Breakthrough b : e.breakthroughs()) {
            for (String s : Sentences.of(b.pick().paper().abstractText())) {
                assertThat(e.takeaway()).doesNotContain(s);
            }
        }
    }

    @Test
    void trendsAreNamedByTermsWithALineOnWhatTheyDoAndHowTheyGrew() {
        WeeklyEdition e = compose(Set.of());
        assertThat(e.trends()).isNotEmpty().hasSizeLessThanOrEqualTo(5).allSatisfy(t -> {
            assertThat(t.papers()).hasSizeGreaterThanOrEqualTo(3);
            assertThat(t.name()).doesNotContain(",").matches("\\S+(?: \\S+){0,2}");
            assertThat(t.line()).startsWith("Papers on " + t.name()).containsPattern("\\d+ of the week's \\d+ papers uses? the term, "
                    + t.papers().size() + " of them among the \\d+ this issue ranks first");
            // the papers of a trend use its name (or the start of it: "vision-language" of "vision-language models")
            t.papers().forEach(p -> assertThat(Phrases.of(p).keySet()).anyMatch(k -> Phrases.key(t.name()).startsWith(k)));
        });
        // no earlier week is stored: the issue says so once, not under every trend
        assertThat(e.trends().stream().filter(t -> t.line().contains("the first week on record"))).hasSize(1);
        assertThat(e.trends().get(0).line()).endsWith("; this is the first week on record, so there is nothing to compare with yet.");
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
        WeeklyEdition e = composer().compose(none, "2026-W24", MONDAY, MONDAY.plusDays(6), WEEK, Set.of());
        assertThat(e.analyzed()).isZero();
        assertThat(e.breakthroughs()).isEmpty();
        assertThat(e.trends()).isEmpty();
        assertThat(e.takeaway()).isEmpty();
        assertThat(e.summary()).isEqualTo("0 papers analyzed (2026-06-08 to 2026-06-14), 0 of them on topic: 0 breakthroughs, 0 notable.");
    }

    @Test
    void aSummaryWhoseLastTitleAsksEndsOnTheQuestionMark() {
        // arXiv 2601.08292, breakthrough 3 of the 8-14 January 2026 week: the summary ended "... of a 6-Year-Old?."
        Paper kidVis = new Paper(org.paperboy.paper.ArxivId.parse("2601.08292"), "KidVis: Do Multimodal Large Language Models Possess"
                + " the Visual Perceptual Capabilities of a 6-Year-Old?", List.of("Xianfeng Wang", "Kaiwei Zhang"), List.of("cs.CV"),
                "A benchmark.", "", MONDAY, org.paperboy.paper.AnnounceType.NEW);
        WeeklyEdition.Breakthrough b = new WeeklyEdition.Breakthrough(new Pick(kidVis, new Score(kidVis.id(), 10, 8, "", false, 1)),
                "", List.of(), List.of(), "");
        assertThat(WeeklyComposer.summary(872, 423, MONDAY, MONDAY.plusDays(6), List.of(b), List.of()))
                .endsWith("(1) 2601.08292 (Wang et al.): KidVis: Do Multimodal Large Language Models Possess the Visual Perceptual"
                        + " Capabilities of a 6-Year-Old?");
    }

    @Test
    void theSummarySaysWhatEachBreakthroughFoundExceptTheOneTheTakeawayHeadlines() {
        // arXiv 2602.22718 and 2602.23306, breakthroughs 2 and 3 of 2026-W09: the summary listed their titles
        Paper rlhfless = paper("2602.22718", "RLHFless: Serverless Computing for Efficient RLHF", "Rui Wei", "We present RLHFless,"
                + " the first scalable training framework for synchronous RLHF, built on serverless computing environments.");
        Paper thinkOmni = paper("2602.23306", "ThinkOmni: Lifting Textual Reasoning to Omni-modal Scenarios via Guidance Decoding",
                "Yiran Guan", "We propose ThinkOmni, a training-free and data-free framework that lifts textual reasoning to omni-modal"
                + " scenarios.");
        List<WeeklyEdition.Breakthrough> both = List.of(
                breakthrough(rlhfless, "Experiments on both physical testbeds and a large-scale simulated cluster show that RLHFless"
                        + " achieves up to 1.35x speedup and 44.8% cost reduction compared to the state-of-the-art baseline."),
                breakthrough(thinkOmni, "Experiments on six multi-modal reasoning benchmarks demonstrate that ThinkOmni consistently"
                        + " delivers performance improvements, with main results achieving 70.2 on MathVista and 75.5 on MMAU."));
        assertThat(WeeklyComposer.summary(1052, 480, MONDAY, MONDAY.plusDays(6), both, List.of()))
                .endsWith("Top findings: (1) 2602.22718 (Wei et al.): RLHFless: Serverless Computing for Efficient RLHF;"
                        + " (2) 2602.23306 (Guan et al.): ThinkOmni consistently delivers performance improvements, with main results"
                        + " achieving 70.2 on MathVista and 75.5 on MMAU.");
        assertThat(Takeaway.of(both, List.of(), new Audience(LLM.profile(), LLM.name(), List.of(), List.of(), List.of())))
                .as("the first is the takeaway's headline").contains("RLHFless achieves up to 1.35x speedup");
        assertThat(WeeklyComposer.summary(1052, 480, MONDAY, MONDAY.plusDays(6), List.of(both.get(0), breakthrough(thinkOmni,
                "Across six benchmarks, ThinkOmni improves accuracy.")), List.of()))
                .as("a result without a finding of the method's keeps the title")
                .endsWith("(2) 2602.23306 (Guan et al.): ThinkOmni: Lifting Textual Reasoning to Omni-modal Scenarios via Guidance"
                        + " Decoding.");
    }

    @Test
    void aResultWhoseSubjectIsTheMethodIsAFindingTooUnderTheNamesCoinedFirstWord() {
        // AsyncPatch Diffusion (the demo's grace, 2026-W24): its evidence says "AsyncPatch achieves ..." with no "show that"
        Paper async = paper("2606.07079", "AsyncPatch Diffusion: spatially-flexible image generation", "Samuele Papa",
                "We introduce AsyncPatch Diffusion, a joint-diffusion framework that assigns distinct noise levels to different"
                + " input dimensions, such as image pixels, or latent tokens.");
        WeeklyEdition.Breakthrough b = breakthrough(async, "AsyncPatch achieves generation quality comparable to conventional"
                + " diffusion on ImageNet 256 and LSUN, while being natively suited for inpainting without task-specific fine-tuning.");
        assertThat(Takeaway.result(b)).isEqualTo("AsyncPatch achieves generation quality comparable to conventional diffusion on"
                + " ImageNet 256 and LSUN");
    }

    private static Paper paper(String id, String title, String author, String abstractText) {
        return new Paper(org.paperboy.paper.ArxivId.parse(id), title, List.of(author, "A. Coauthor"), List.of("cs.LG"), abstractText, "",
                MONDAY, org.paperboy.paper.AnnounceType.NEW);
    }

    private static WeeklyEdition.Breakthrough breakthrough(Paper p, String evidence) {
        return new WeeklyEdition.Breakthrough(new Pick(p, new Score(p.id(), 10, 8, "", false, 1)), "", List.of(), List.of(evidence), "");
    }

    static List<String> sentencesOf(String text) {
        return text.isBlank() ? List.of() : Sentences.of(text);
    }

    static Set<String> words(String s) {
        return new HashSet<>(List.of(s.toLowerCase(Locale.ROOT).split("\\W+")));
    }
}
