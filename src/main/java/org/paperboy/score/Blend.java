package org.paperboy.score;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.paperboy.paper.Paper;

/**
 * Combines the profile's scores with what the reader's feedback taught: followed authors first, then
 * a mix of the two rankings in which feedback counts more the more liked papers it has seen, and last
 * the papers on what the reader asked to leave out (never sent, unless a followed author wrote them).
 */
public final class Blend {

    /** With this many liked papers, feedback and profile weigh the same. */
    static final double HALF_WEIGHT_AT = 30;

    private Blend() {
    }

    /** Base arXiv id → combined score (higher first). */
    public static Map<String, Double> scores(List<Score> profileScores, List<Paper> papers, FeedbackModel model) {
        return scores(profileScores, papers, model, model == null || model.positives() == 0 ? null : model.scores(papers));
    }

    /** As above, with the model's scores of the papers (in their order) already worked out. */
    public static Map<String, Double> scores(List<Score> profileScores, List<Paper> papers, FeedbackModel model, double[] byModel) {
        Map<String, Double> profile = new HashMap<>();
        for (Score s : profileScores) {
            profile.put(s.id().base(), s.relevance() * 10 + s.rank());
        }
        Map<String, Double> profileRank = ranks(profile);
        Map<String, Double> combined = new HashMap<>();
        if (model == null || model.positives() == 0) {
            combined.putAll(profileRank);
        } else {
            Map<String, Double> learned = new HashMap<>();
            for (int i = 0; i < byModel.length; i++) {
                learned.put(papers.get(i).id().base(), byModel[i]);
            }
            Map<String, Double> learnedRank = ranks(learned);
            double w = model.likes() / (model.likes() + HALF_WEIGHT_AT);
            profileRank.forEach((id, r) -> combined.put(id, (1 - w) * r + w * learnedRank.getOrDefault(id, 0.0)));
        }
        for (Score s : profileScores) {
            if (s.authorMatch()) {
                combined.merge(s.id().base(), 10.0, Double::sum);
            } else if (s.excluded()) {
                combined.merge(s.id().base(), -10.0, Double::sum);
            }
        }
        return combined;
    }

    /** Each id's rank as a fraction: 1 for the best, near 0 for the worst. */
    private static Map<String, Double> ranks(Map<String, Double> values) {
        List<Map.Entry<String, Double>> sorted = new ArrayList<>(values.entrySet());
        sorted.sort(Map.Entry.comparingByValue(Comparator.reverseOrder()));
        Map<String, Double> ranks = new HashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            ranks.put(sorted.get(i).getKey(), 1.0 - (double) i / sorted.size());
        }
        return ranks;
    }
}
