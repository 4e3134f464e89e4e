package org.paperboy.issue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.paperboy.paper.Paper;
import org.paperboy.score.Text;
import org.paperboy.subscriber.Profile;
import org.paperboy.subscriber.Topic;

/** Who a paper matters to, and the direction it works on, in words the field and the week use. */
final class Audience {

    private static final int MOST = 2;
    /** A phrase most of the field's papers use says nothing about one of them. */
    private static final double COMMON = 0.3;

    private final Profile field;
    private final String title;
    private final List<Trends.Group> trends;
    private final List<Paper> onTopic;
    private final Map<String, Integer> inWeek;
    private final int weekSize;

    /**
     * @param onTopic the week's papers on the field, to tell a phrase that says something from one they all share
     * @param week    every paper of the week, to tell a direction others work on from a paper's own coinage
     */
    Audience(Profile field, String title, List<Trends.Group> trends, List<Paper> onTopic, List<Paper> week) {
        this.field = field;
        this.title = title;
        this.trends = trends;
        this.onTopic = onTopic;
        this.inWeek = Trends.counts(week);
        this.weekSize = week.size();
    }

    /**
     * The trend the paper is part of; else the field's phrases the paper takes up ("KV cache and
     * quantization"); else the direction its title names; else the field's topic it shares most words
     * with; else the field's title.
     */
    String of(Paper paper) {
        Trends.Group trend = trendOf(paper);
        if (trend != null) {
            return trend.name();
        }
        Set<String> words = stems(paper);
        List<String> shared = new ArrayList<>();
        for (String phrase : phrases()) {
            List<String> stems = Text.stems(phrase);
            if (shared.size() < MOST && !stems.isEmpty() && words.containsAll(stems)
                    && onTopic.stream().filter(p -> stems(p).containsAll(stems)).count() <= COMMON * onTopic.size()) {
                shared.add(phrase);
            }
        }
        if (!shared.isEmpty()) {
            return String.join(" and ", shared);
        }
        String direction = direction(paper);
        if (!direction.isEmpty()) {
            return direction;
        }
        Topic closest = null;
        long most = 0;
        for (Topic t : field.topics()) {
            long n = Text.stems(t.name() + " " + t.keep()).stream().distinct().filter(words::contains).count();
            if (n > most) {
                most = n;
                closest = t;
            }
        }
        return closest != null && field.topics().size() > 1 ? closest.label() : title;
    }

    /**
     * The direction a paper works on: the trend it is part of, else the term of its title that the week
     * uses most (a direction others work on too); "" when neither.
     */
    String direction(Paper paper) {
        Trends.Group trend = trendOf(paper);
        if (trend != null) {
            return trend.name();
        }
        String best = "";
        int bestCount = 1;
        for (Map.Entry<String, String> t : Phrases.of(paper.title()).entrySet()) {
            int n = inWeek.getOrDefault(t.getKey(), 0);
            if (Phrases.length(t.getKey()) >= 2 && n > bestCount && n <= Math.max(3, weekSize / 20)) {
                best = t.getKey();
                bestCount = n;
            }
        }
        return best.isEmpty() ? "" : Trends.name(best, List.of(paper));
    }

    private Trends.Group trendOf(Paper paper) {
        for (Trends.Group g : trends) {
            if (g.papers().contains(paper)) {
                return g;
            }
        }
        return null;
    }

    private static Set<String> stems(Paper p) {
        return new HashSet<>(Text.stems(p.title() + " " + p.abstractText()));
    }

    private List<String> phrases() {
        List<String> out = new ArrayList<>();
        for (Topic t : field.topics()) {
            for (String part : (t.keep().isEmpty() ? t.name() : t.keep()).split("[,;]|\\bor\\b|\\band\\b")) {
                String p = part.strip().replaceAll("\\s+", " ").replaceAll("[.:]+$", "");
                if (p.length() >= 3 && p.length() <= 40 && !out.contains(p)) {
                    out.add(p);
                }
            }
        }
        field.keywords().stream().filter(k -> !out.contains(k)).forEach(out::add);
        return out;
    }
}
