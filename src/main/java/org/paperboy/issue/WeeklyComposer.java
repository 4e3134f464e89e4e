package org.paperboy.issue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.paperboy.paper.Paper;
import org.paperboy.score.Score;
import org.paperboy.score.Scorer;
import org.paperboy.subscriber.Frequency;
import org.paperboy.subscriber.Profile;
import org.paperboy.subscriber.Topic;

/**
 * Builds the weekly highlights for one topic from a week's papers: breakthroughs chosen by relevance
 * and novelty over the whole week (never one featured in an earlier week), trends, notable papers and
 * honourable mentions, with extractive prose quoted from the abstracts.
 */
public final class WeeklyComposer {

    /** The operator's weekly topic: criteria in plain language, like a profile's topic. */
    public record WeeklyTopic(String name, String keep, String filter, List<String> categories) {
        public WeeklyTopic {
            categories = List.copyOf(categories);
        }
    }

    public record Sizes(int breakthroughs, int notable, int mentions) {
    }

    private static final int MIN_RELEVANCE = 4;
    private static final int TREND_POOL = 60;

    private final Scorer scorer;
    private final Sizes sizes;

    public WeeklyComposer(Scorer scorer, Sizes sizes) {
        this.scorer = scorer;
        this.sizes = sizes;
    }

    public WeeklyEdition compose(WeeklyTopic topic, String week, LocalDate from, LocalDate to, List<Paper> papers,
            Set<String> featuredBefore) {
        Profile profile = new Profile(List.of(new Topic(topic.name(), topic.keep(), topic.filter())), List.of(), List.of(),
                List.of(), topic.categories(), 500, 8, ZoneId.of("UTC"), Frequency.WEEKLY);
        List<Paper> analyzed = papers.stream()
                .filter(p -> topic.categories().isEmpty() || p.categories().stream().anyMatch(topic.categories()::contains))
                .toList();
        Map<String, Paper> byId = new HashMap<>();
        analyzed.forEach(p -> byId.put(p.id().base(), p));
        List<Pick> relevant = new ArrayList<>();
        if (!analyzed.isEmpty()) {
            for (Score s : scorer.score(profile, analyzed)) {
                if (s.relevance() >= MIN_RELEVANCE) {
                    relevant.add(new Pick(byId.get(s.id().base()), s));
                }
            }
        }
        relevant.sort(Comparator.comparingDouble((Pick p) -> -(p.score().relevance() + p.score().novelty() + 0.01 * p.score().rank()))
                .thenComparing(p -> p.paper().id()));
        List<WeeklyEdition.Breakthrough> breakthroughs = new ArrayList<>();
        List<WeeklyEdition.Notable> notable = new ArrayList<>();
        List<Paper> mentions = new ArrayList<>();
        for (Pick pick : relevant) {
            if (breakthroughs.size() < sizes.breakthroughs() && !featuredBefore.contains(pick.paper().id().base())) {
                breakthroughs.add(breakthrough(pick));
            } else if (notable.size() < sizes.notable()) {
                notable.add(new WeeklyEdition.Notable(pick, Sentences.contribution(Sentences.of(pick.paper().abstractText()))));
            } else if (mentions.size() < sizes.mentions()) {
                mentions.add(pick.paper());
            }
        }
        // Trends among the week's most relevant papers: clustering everything on topic gives catch-all groups.
        List<WeeklyEdition.Trend> trends = Trends.of(relevant.stream().limit(TREND_POOL).map(Pick::paper).toList(), 5, 3).stream()
                .map(g -> new WeeklyEdition.Trend(g.name(), g.papers()))
                .toList();
        return new WeeklyEdition(topic.name(), week, from, to, analyzed.size(), relevant.size(),
                summary(analyzed.size(), from, to, breakthroughs, notable, trends), takeaway(breakthroughs),
                breakthroughs, trends, notable, mentions);
    }

    private static WeeklyEdition.Breakthrough breakthrough(Pick pick) {
        List<String> sentences = Sentences.of(pick.paper().abstractText());
        String contribution = Sentences.contribution(sentences);
        List<String> innovations = Sentences.methods(sentences, contribution, 3);
        List<String> evidence = Sentences.results(sentences, contribution, 3);
        List<String> used = new java.util.ArrayList<>(innovations);
        used.addAll(evidence);
        used.add(contribution);
        return new WeeklyEdition.Breakthrough(pick, contribution, innovations, evidence, Sentences.impact(sentences, contribution, used));
    }

    private static String summary(int analyzed, LocalDate from, LocalDate to, List<WeeklyEdition.Breakthrough> breakthroughs,
            List<WeeklyEdition.Notable> notable, List<WeeklyEdition.Trend> trends) {
        StringBuilder s = new StringBuilder();
        s.append(analyzed).append(" papers analyzed (").append(from).append(" to ").append(to).append("). ")
                .append(breakthroughs.size()).append(breakthroughs.size() == 1 ? " breakthrough, " : " breakthroughs, ")
                .append(notable.size()).append(" notable.");
        if (!breakthroughs.isEmpty()) {
            s.append(" Top findings:");
            int n = 1;
            for (WeeklyEdition.Breakthrough b : breakthroughs) {
                s.append(n == 1 ? " " : "; ").append("(").append(n++).append(") ").append(b.pick().paper().id().base());
                String author = firstAuthor(b.pick().paper());
                s.append(author.isEmpty() ? "" : " " + author).append(": ").append(b.pick().paper().title());
            }
            s.append(".");
        }
        if (!trends.isEmpty()) {
            s.append(" Largest trend: ").append(trends.get(0).name()).append(" (").append(trends.get(0).papers().size())
                    .append(" papers).");
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

    private static String takeaway(List<WeeklyEdition.Breakthrough> breakthroughs) {
        if (breakthroughs.isEmpty()) {
            return "";
        }
        WeeklyEdition.Breakthrough top = breakthroughs.get(0);
        String evidence = top.evidence().isEmpty() ? "" : " " + top.evidence().get(0);
        return top.whyNovel() + (evidence.strip().equals(top.whyNovel()) ? "" : evidence);
    }
}
