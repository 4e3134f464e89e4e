package org.paperboy.issue;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import org.paperboy.paper.Paper;
import org.paperboy.score.Blend;
import org.paperboy.score.FeedbackModel;
import org.paperboy.score.Judging;
import org.paperboy.score.Ranking;
import org.paperboy.score.Score;
import org.paperboy.score.Scorer;
import org.paperboy.subscriber.Profile;
import org.paperboy.subscriber.Subscriber;

/** Chooses what goes into one reader's issue. */
public final class Composer {

    /** Below this relevance a paper is noise for the reader, however quiet the day. */
    static final int MIN_RELEVANCE = 4;

    /** Followed authors first, then by relevance, then by the scorer's rank, then by id. */
    static final Comparator<Pick> BEST_FIRST = (a, b) -> {
        Score x = a.score();
        Score y = b.score();
        if (x.authorMatch() != y.authorMatch()) {
            return x.authorMatch() ? -1 : 1;
        }
        if (x.relevance() != y.relevance()) {
            return Integer.compare(y.relevance(), x.relevance());
        }
        int byRank = Double.compare(y.rank(), x.rank());
        return byRank != 0 ? byRank : a.paper().id().compareTo(b.paper().id());
    };

    private final Scorer scorer;
    /** The last few listings taken down to readers' categories, shared by the readers who keep to the same. */
    private final Cache<Part, List<Paper>> parts = Caffeine.newBuilder().maximumSize(64).build();

    public Composer(Scorer scorer) {
        this.scorer = scorer;
    }

    /** Does ahead the scorer's model work for these readers' criteria (see {@link Scorer#prepare}). */
    public void prepare(List<Subscriber> readers) {
        scorer.prepare(readers.stream().map(Subscriber::profile).toList());
    }

    /**
     * The daily edition for {@code date} from the papers announced on the covered days: papers already
     * mailed to this reader, papers outside their categories and papers on what they asked to leave out
     * are dropped (unless a followed author wrote them), and the rest fill up to the reader's limit,
     * followed authors first.
     */
    public DailyEdition daily(Subscriber reader, LocalDate date, List<LocalDate> coveredDays, List<LocalDate> quietDays,
            List<Paper> announced, Set<String> alreadyMailed) {
        return daily(reader, date, coveredDays, quietDays, announced, alreadyMailed, null);
    }

    /**
     * As above, with what the reader's feedback taught (null when they gave none): it reorders the
     * papers, and brings in papers close to ones they liked even when no criterion matched.
     */
    public DailyEdition daily(Subscriber reader, LocalDate date, List<LocalDate> coveredDays, List<LocalDate> quietDays,
            List<Paper> announced, Set<String> alreadyMailed, FeedbackModel feedback) {
        Profile profile = reader.profile();
        List<Paper> scanned = notMailed(inCategories(announced, profile.categories()), alreadyMailed);
        List<Pick> candidates = new ArrayList<>();
        Ranking ranking = scanned.isEmpty() ? new Ranking(List.of(), Judging.NONE) : scorer.rank(profile, scanned);
        List<Score> scores = ranking.scores();
        boolean learned = feedback != null && feedback.positives() > 0;
        double[] byModel = learned ? feedback.scores(scanned) : null;
        Map<String, Double> blended = learned ? Blend.scores(scores, scanned, feedback, byModel) : Map.of();
        Map<String, Integer> at = null;
        for (int k = 0; k < scores.size(); k++) {
            Score score = scores.get(k);
            // scorers answer in the papers' order; should one not, its papers are found by id
            int i = k;
            if (k >= scanned.size() || !scanned.get(k).id().base().equals(score.id().base())) {
                if (at == null) {
                    at = new HashMap<>();
                    for (int j = 0; j < scanned.size(); j++) {
                        at.put(scanned.get(j).id().base(), j);
                    }
                }
                Integer found = at.get(score.id().base());
                if (found == null) {
                    continue;
                }
                i = found;
            }
            Paper paper = scanned.get(i);
            if (score.authorMatch()) {
                candidates.add(new Pick(paper, score));
            } else if (score.excluded()) {
                continue; // what the reader asked to leave out stays out, however much their clicks liked its like
            } else if (score.relevance() >= MIN_RELEVANCE) {
                candidates.add(new Pick(paper, score));
            } else if (learned && byModel[i] > 0) {
                candidates.add(new Pick(paper, new Score(score.id(), MIN_RELEVANCE, score.novelty(),
                        "Like papers you marked \"more like this\"", false, score.rank())));
            }
        }
        List<Pick> picks = offInterestsLast(best(candidates, learned
                ? Comparator.comparing((Pick p) -> -blended.getOrDefault(p.paper().id().base(), 0.0)).thenComparing(p -> p.paper().id())
                : BEST_FIRST, profile.maxPapers()));
        return new DailyEdition(reader, date, coveredDays, quietDays, announced.size(), scanned.size(), picks, ranking.judging());
    }

    /**
     * The first {@code max} candidates, followed authors' papers first and each group in {@code order}:
     * what sorting them all and taking those would give, without sorting the many that are not taken.
     */
    static List<Pick> best(List<Pick> candidates, Comparator<Pick> order, int max) {
        Comparator<Pick> authorsFirst = Comparator.comparing((Pick p) -> !p.score().authorMatch()).thenComparing(order);
        PriorityQueue<Pick> kept = new PriorityQueue<>(max + 1, authorsFirst.reversed());
        for (Pick c : candidates) {
            if (kept.size() == max && (max == 0 || authorsFirst.compare(c, kept.peek()) > 0)) {
                continue;
            }
            kept.add(c);
            if (kept.size() > max) {
                kept.poll();
            }
        }
        List<Pick> picks = new ArrayList<>(kept);
        picks.sort(authorsFirst);
        return picks;
    }

    /**
     * The issue's order: a followed author's paper that is not clearly on the reader's interests
     * (relevance below {@link Score#CLEARLY_ON}, or on what they leave out) keeps its place in the issue but
     * goes after the papers that are, so that the issue opens with what the reader asked for, not with a
     * namesake's paper on something else.
     */
    static List<Pick> offInterestsLast(List<Pick> picks) {
        List<Pick> on = new ArrayList<>(picks.size());
        List<Pick> off = new ArrayList<>();
        for (Pick p : picks) {
            boolean offInterests = p.score().relevance() < Score.CLEARLY_ON || p.score().excluded();
            (p.score().authorMatch() && offInterests ? off : on).add(p);
        }
        if (off.isEmpty()) {
            return picks;
        }
        on.addAll(off);
        return on;
    }

    /** The papers in the reader's categories (all when they keep to none); readers with the same ones share the list. */
    private List<Paper> inCategories(List<Paper> announced, List<String> categories) {
        if (categories.isEmpty()) {
            return announced;
        }
        return parts.get(new Part(announced, categories),
                part -> announced.stream().filter(p -> p.categories().stream().anyMatch(categories::contains)).toList());
    }

    /** The papers not mailed to the reader before: the same list when none was. */
    private static List<Paper> notMailed(List<Paper> papers, Set<String> alreadyMailed) {
        if (alreadyMailed.isEmpty() || papers.stream().noneMatch(p -> alreadyMailed.contains(p.id().base()))) {
            return papers;
        }
        return papers.stream().filter(p -> !alreadyMailed.contains(p.id().base())).toList();
    }

    /** One listing (that very list) taken down to some categories. */
    private record Part(List<Paper> announced, List<String> categories) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Part p && p.announced == announced && p.categories.equals(categories);
        }

        @Override
        public int hashCode() {
            return 31 * System.identityHashCode(announced) + categories.hashCode();
        }
    }
}
