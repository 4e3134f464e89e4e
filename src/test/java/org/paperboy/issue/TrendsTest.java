package org.paperboy.issue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.paperboy.paper.Paper;

/** The trends of the sample week (2026-W24), as the weekly issue names and describes them. */
class TrendsTest {

    private static final Pattern SIDE = Pattern.compile("often together with (.+?) and (.+?): ");

    @Test
    void aTrendsLineNamesThingsAndSaysItsCountIsTheWholeListings() {
        List<Paper> week = WeeklyComposerTest.WEEK;
        List<Trends.Group> groups = Trends.of(week.subList(0, 400), week, List.of(), 8, 3);
        assertThat(groups).isNotEmpty();
        for (Trends.Group g : groups) {
            // both counts, each said for what it is: the week's papers that use the term, and of them the topic's
            assertThat(g.line()).as(g.name()).containsPattern("\\d+ of the week's " + week.size() + " papers uses? the term, "
                    + g.papers().size() + " of them among the 400 this issue ranks first");
            Matcher m = SIDE.matcher(g.line());
            if (m.find()) {
                for (String side : List.of(m.group(1), m.group(2))) {
                    assertThat(side.indexOf(' ') > 0 || !side.equals(side.toLowerCase()))
                            .as("\"%s\" in %s: a lone modifier such as \"test-time\" names nothing", side, g.line()).isTrue();
                    assertThat(Trends.abbreviates(side, g.name())).as("\"%s\" is %s again", side, g.name()).isFalse();

                }
            }
        }
    }

    @Test
    void aSideTermIsNotPartOfTheNameAsWritten() {
        // the demo's alan, 2026-W24: "Papers on deep research agents, often together with research agents"
        List<Paper> week = WeeklyComposerTest.WEEK;
        List<Paper> members = List.of("2606.07299", "2606.07689", "2606.09730", "2606.09198").stream()
                .map(StandaloneTest.SAMPLES::get).toList();
        String line = Trends.line(Phrases.key("deep research"), members, Trends.counts(week), week.size(), 60,
                new Trends.Growth("", 6, week.size(), 0, 0), false);
        assertThat(line).startsWith("Papers on deep research agents").doesNotContain("with research agents")
                .doesNotContain("and research agents");
    }

    @Test
    void aSideTermNamesAThing() {
        // 2026-W02: "often together with direct answering and model's overall"
        assertThat(Trends.namesAThing("model's overall")).isFalse();
        assertThat(Trends.namesAThing("test-time")).isFalse();
        assertThat(Trends.namesAThing("direct answering")).isTrue();
        assertThat(Trends.namesAThing("CoT")).isTrue();
        // 2026-W09, 2026-W02 and the demo's week: "final answers", "remarkable progress", "research direction", "modern diffusion"
        assertThat(Trends.namesAThing("final answers")).isFalse();
        assertThat(Trends.namesAThing("remarkable progress")).isFalse();
        assertThat(Trends.namesAThing("research direction")).isFalse();
        assertThat(Trends.namesAThing("modern diffusion")).isFalse();
        assertThat(Trends.namesAThing("verifiable rewards")).isTrue();
        assertThat(Trends.namesAThing("supervised fine-tuning")).isTrue();
    }

    @Test
    void aTermsInitialsAreTheSameTermAgain() {
        assertThat(Trends.abbreviates("CoT", "chain-of-thought")).isTrue();
        assertThat(Trends.abbreviates("LLMs", "large language models")).isTrue();
        assertThat(Trends.abbreviates("LLM reasoning", "chain-of-thought")).isFalse();
        assertThat(Trends.abbreviates("RL", "reward models")).isFalse();
        // the demo's grace: "Papers on diffusion transformers, often together with DiT and modern diffusion"
        assertThat(Trends.abbreviates("DiT", "diffusion transformers")).isTrue();
        assertThat(Trends.abbreviates("DMD", "video diffusion models")).isFalse();
    }
}
