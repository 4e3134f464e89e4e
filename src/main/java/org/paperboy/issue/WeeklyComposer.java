package org.paperboy.issue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.paperboy.paper.Paper;
import org.paperboy.score.FieldNovelty;
import org.paperboy.score.WeeklyRanking;
import org.paperboy.subscriber.Frequency;
import org.paperboy.subscriber.Profile;
import org.paperboy.subscriber.Topic;

/**
 * Builds the weekly highlights for one field from a week's papers: the week ranked at once as the daily
 * digest's scorer rates it, with the field's filter enforced (a filtered paper appears in no section);
 * breakthroughs and notable papers in order of importance (relevance and novelty; never a breakthrough
 * of an earlier week, nor a survey), trends, honourable mentions, and prose that stands on its own.
 */
public final class WeeklyComposer {

    /** The operator's weekly topic: criteria in plain language, like a profile's topic. */
    public record WeeklyTopic(String name, String keep, String filter, List<String> categories) {
        public WeeklyTopic {
            categories = List.copyOf(categories);
        }

        /** The topic as the profile its issue is ranked for. */
        public Profile profile() {
            return new Profile(List.of(new Topic(name, keep, filter)), List.of(), List.of(), List.of(), categories, 500, 8,
                    ZoneId.of("UTC"), Frequency.WEEKLY);
        }
    }

    public record Sizes(int breakthroughs, int notable, int mentions) {
    }

    /** Ranks a week's papers for a field, most important first. */
    public interface Ranking {
        List<WeeklyRanking.Ranked> rank(Profile field, List<Paper> week);
    }

    private static final int MIN_RELEVANCE = 4;
    private static final int TREND_POOL = 60;
    private static final int TRENDS = 5;
    private static final int TREND_MIN = 3;
    private static final int EARLIER_WEEKS = 4;

    private final Ranking ranking;
    private final FieldNovelty.Archive archive;
    private final Sizes sizes;

    /** @param archive the papers of earlier weeks, for how the trends grew */
    public WeeklyComposer(Ranking ranking, FieldNovelty.Archive archive, Sizes sizes) {
        this.ranking = ranking;
        this.archive = archive;
        this.sizes = sizes;
    }

    public WeeklyEdition compose(WeeklyTopic topic, String week, LocalDate from, LocalDate to, List<Paper> papers,
            Set<String> featuredBefore) {
        return compose(topic.name(), topic.profile(), week, from, to, papers, featuredBefore);
    }

    /** The issue of {@code field} (a topic's profile, or a reader's own interests), titled {@code title}. */
    public WeeklyEdition compose(String title, Profile field, String week, LocalDate from, LocalDate to, List<Paper> papers,
            Set<String> featuredBefore) {
        List<Paper> analyzed = covered(field, papers);
        List<Pick> relevant = new ArrayList<>();
        for (WeeklyRanking.Ranked r : ranked(field, analyzed)) {
            if (!r.filtered() && r.score().relevance() >= MIN_RELEVANCE) {
                relevant.add(new Pick(r.paper(), r.score()));
            }
        }
        List<Pick> breakthroughPicks = new ArrayList<>();
        List<Pick> notablePicks = new ArrayList<>();
        List<Paper> mentions = new ArrayList<>();
        int featured = sizes.breakthroughs() + sizes.notable();
        for (Pick pick : relevant) {
            // a breakthrough comes from the papers the issue features: a deeper one is less the field's than those it would pass
            if (breakthroughPicks.size() < sizes.breakthroughs() && breakthroughPicks.size() + notablePicks.size() < featured
                    && !featuredBefore.contains(pick.paper().id().base())
                    && WeeklyRanking.mayBreakThrough(pick.paper(), pick.score())) {
                breakthroughPicks.add(pick);
            } else if (notablePicks.size() < sizes.notable()) {
                notablePicks.add(pick);
            } else if (mentions.size() < sizes.mentions()) {
                mentions.add(pick.paper());
            }
        }
        List<Paper> pool = relevant.stream().limit(TREND_POOL).map(Pick::paper).toList();
        List<Trends.Group> groups = Trends.of(pool, analyzed, earlier(field, from), TRENDS, TREND_MIN);
        PaperProse prose = new PaperProse();
        Audience audience = new Audience(field, title, groups, pool, analyzed);
        List<WeeklyEdition.Trend> trends = new ArrayList<>();
        for (Trends.Group g : groups) {
            prose.say(g.line());
            trends.add(new WeeklyEdition.Trend(g.name(), g.papers(), g.line()));
        }
        List<WeeklyEdition.Breakthrough> breakthroughs = new ArrayList<>();
        for (Pick pick : breakthroughPicks) {
            PaperProse.Parts parts = prose.breakthrough(pick.paper(), audience.of(pick.paper()));
            breakthroughs.add(new WeeklyEdition.Breakthrough(pick, parts.whyNovel(), parts.innovations(), parts.evidence(),
                    parts.impact()));
        }
        List<WeeklyEdition.Notable> notable = new ArrayList<>();
        for (Pick pick : notablePicks) {
            notable.add(new WeeklyEdition.Notable(pick, prose.line(pick.paper())));
        }
        String takeaway = Takeaway.of(breakthroughs, groups, audience);
        prose.say(takeaway);
        return new WeeklyEdition(title, week, from, to, analyzed.size(), relevant.size(),
                summary(analyzed.size(), relevant.size(), from, to, breakthroughs, notable), takeaway, breakthroughs, trends,
                notable, mentions);
    }

    /** The week's papers of the field's categories, most important first, as the issue ranks them. */
    public List<WeeklyRanking.Ranked> ranked(Profile field, List<Paper> papers) {
        List<Paper> covered = covered(field, papers);
        return covered.isEmpty() ? List.of() : ranking.rank(field, covered);
    }

    /** The papers of the field's categories (all of them when it names none). */
    private static List<Paper> covered(Profile field, List<Paper> papers) {
        return papers.stream()
                .filter(p -> field.categories().isEmpty() || p.categories().stream().anyMatch(field.categories()::contains))
                .toList();
    }

    /** The field's papers of each of the weeks before, oldest first; empty lists for weeks nothing was stored of. */
    private List<List<Paper>> earlier(Profile field, LocalDate monday) {
        List<List<Paper>> weeks = new ArrayList<>();
        for (int w = EARLIER_WEEKS; w >= 1; w--) {
            LocalDate start = monday.minusWeeks(w);
            weeks.add(covered(field, archive.between(start, start.plusDays(6))));
        }
        return weeks;
    }

    static String summary(int analyzed, int relevant, LocalDate from, LocalDate to,
            List<WeeklyEdition.Breakthrough> breakthroughs, List<WeeklyEdition.Notable> notable) {
        StringBuilder s = new StringBuilder();
        s.append(analyzed).append(" papers analyzed (").append(from).append(" to ").append(to).append("), ")
                .append(relevant).append(" of them on topic: ")
                .append(breakthroughs.size()).append(breakthroughs.size() == 1 ? " breakthrough, " : " breakthroughs, ")
                .append(notable.size()).append(" notable.");
        if (!breakthroughs.isEmpty()) {
            s.append(" Top findings:");
            // what each breakthrough found, where its evidence says so of its method; the takeaway's headline is not said twice
            int headlined = Takeaway.headlined(breakthroughs);
            for (int n = 0; n < breakthroughs.size(); n++) {
                WeeklyEdition.Breakthrough b = breakthroughs.get(n);
                s.append(n == 0 ? " " : "; ").append("(").append(n + 1).append(") ").append(b.pick().paper().id().base());
                String author = firstAuthor(b.pick().paper());
                String result = n == headlined ? "" : Takeaway.result(b);
                s.append(author.isEmpty() ? "" : " " + author).append(": ").append(result.isEmpty() ? b.pick().paper().title() : result);
            }
            if (!(s.toString().endsWith("?") || s.toString().endsWith("!") || s.toString().endsWith("."))) {
                s.append('.'); // a title that asks ("... of a 6-Year-Old?") ends the summary itself
            }
        }
        return s.toString();
    }

    private static String firstAuthor(Paper p) {
        if (p.authors().isEmpty()) {
            return "";
        }
        String first = p.authors().get(0);
        String surname = first.substring(first.lastIndexOf(' ') + 1);
        return "(" + surname + (p.authors().size() > 1 ? " et al." : "") + ")";
    }
}
