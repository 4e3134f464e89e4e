package org.paperboy.score;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.paperboy.paper.Paper;

/**
 * Novelty from how far a paper sits from what the field published recently: the mean similarity to
 * its three nearest papers of the two weeks before its announcement, ranked within its day's listing,
 * blended with how the abstract describes its own contribution. Computed once per paper.
 */
public final class FieldNovelty {

    /** The papers announced within [from, to]. */
    public interface Archive {
        List<Paper> between(LocalDate from, LocalDate to);
    }

    static final int WINDOW_DAYS = 14;
    private static final int NEAREST = 3;
    private static final int MEMORY = 50_000;

    private final Embeddings embeddings;
    private final Archive archive;
    /** Each paper's novelty by its base id, worked out with the rest of its day. */
    private final Cache<String, Integer> known = Caffeine.newBuilder().maximumSize(MEMORY).build();

    public FieldNovelty(Embeddings embeddings, Archive archive) {
        this.embeddings = embeddings;
        this.archive = archive;
    }

    /** 1-10 for each paper, in order. */
    int[] novelty(List<Paper> papers) {
        int[] out = new int[papers.size()];
        for (int i = 0; i < papers.size(); i++) {
            Paper p = papers.get(i);
            Integer n = known.getIfPresent(p.id().base());
            if (n == null) {
                day(p.announced(), papers);
                n = known.getIfPresent(p.id().base());
            }
            if (n == null) {
                n = Novelty.of(p);
            }
            out[i] = n;
        }
        return out;
    }

    /** Works out the novelty of every paper of one announcement day at once: the ranking needs them all. */
    private void day(LocalDate day, List<Paper> given) {
        List<Paper> listing = new ArrayList<>(archive.between(day, day));
        Map<String, Paper> byId = new HashMap<>();
        listing.forEach(p -> byId.put(p.id().base(), p));
        given.stream().filter(p -> p.announced().equals(day)).forEach(p -> byId.putIfAbsent(p.id().base(), p));
        listing = new ArrayList<>(byId.values());
        float[][] today = embeddings.papers(listing, line -> { });
        List<Paper> before = archive.between(day.minusDays(WINDOW_DAYS), day.minusDays(1));
        float[][] field = before.isEmpty() ? today : embeddings.papers(before, line -> { });
        double[] distance = new double[listing.size()];
        float[][] columns = Vectors.columns(field);
        for (int i = 0; i < listing.size(); i++) {
            double[] nearest = new double[NEAREST];
            java.util.Arrays.fill(nearest, -1);
            double[] similar = Vectors.similarities(columns, field.length, today[i]);
            for (int j = 0; j < field.length; j++) {
                if (field == today && j == i) {
                    continue;
                }
                double cos = similar[j];
                if (cos > nearest[NEAREST - 1]) {
                    int k = NEAREST - 1;
                    while (k > 0 && nearest[k - 1] < cos) {
                        nearest[k] = nearest[k - 1];
                        k--;
                    }
                    nearest[k] = cos;
                }
            }
            double sum = 0;
            for (double c : nearest) {
                sum += Math.max(0, c);
            }
            distance[i] = 1 - sum / NEAREST;
        }
        int[] order = Vectors.top(distance, distance.length);
        for (int rank = 0; rank < order.length; rank++) {
            Paper p = listing.get(order[rank]);
            double farther = 1 - (double) rank / Math.max(1, order.length - 1);
            double claims = (Novelty.of(p) - 1) / 9.0;
            known.put(p.id().base(), (int) Math.max(1, Math.min(10, Math.round(1 + 9 * (0.7 * farther + 0.3 * claims)))));
        }
    }
}
