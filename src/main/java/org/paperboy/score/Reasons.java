package org.paperboy.score;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.paperboy.paper.Paper;

/**
 * Says why a paper was matched on meaning alone: the topic it is closest to, the phrase of that topic it
 * is closest to, and what in the paper comes nearest that phrase. Only papers near the top get a phrase;
 * the rest are never shown.
 */
final class Reasons {

    private final SemanticScorer.Queries queries;
    private final List<Paper> papers;
    private final float[][] vectors;
    private final boolean[] near;
    private final Map<Integer, float[][]> phraseVectors = new HashMap<>();
    private final Embeddings embeddings;
    /** Every paper's similarity to a vector, worked out once per listing for all readers ({@code Listing.similarities}). */
    private final Function<float[], double[]> similarities;
    /** Among how many of the day's papers closest to a phrase a paper must be for the phrase to be named its reason. */
    private static final int CLOSEST = 3;

    Reasons(SemanticScorer.Queries queries, List<Paper> papers, float[][] vectors, double[] scores, int howMany, Embeddings embeddings,
            Function<float[], double[]> similarities) {
        this.queries = queries;
        this.similarities = similarities;
        this.papers = papers;
        this.vectors = vectors;
        this.embeddings = embeddings;
        this.near = Vectors.topSet(scores, howMany);
    }

    String of(int paper, int query) {
        if (queries.labels().isEmpty()) {
            return "No topic or keyword set: ranked by your feedback and followed authors";
        }
        String interest = queries.labels().get(query);
        boolean keywords = queries.keywords(query);
        List<String> phrases = queries.phrases().get(query);
        if (!near[paper] || phrases.isEmpty()) {
            return Why.near(papers.get(paper), interest, keywords, "");
        }
        float[][] pv = phraseVectors.computeIfAbsent(query, q -> embeddings.texts(phrases));
        int best = 0;
        double bestCos = Double.NEGATIVE_INFINITY;
        for (int p = 0; p < pv.length; p++) {
            double cos = Vectors.dot(vectors[paper], pv[p]);
            if (cos > bestCos) {
                bestCos = cos;
                best = p;
            }
        }
        // a phrase many of the day's papers come as close to says nothing of this one: the topic it is near does
        return Why.near(papers.get(paper), interest, keywords, standsOut(paper, pv[best]) ? phrases.get(best) : "");
    }

    /**
     * True when the paper is among the day's {@value #CLOSEST} papers closest to the phrase (its closest hundredth
     * on a larger day). A short phrase ("Autoencoders") sits about as close to papers on anything, and naming it
     * for a paper on hallucination would say what is not so.
     */
    private boolean standsOut(int paper, float[] phrase) {
        double[] all = similarities.apply(phrase);
        int closer = 0;
        int allowed = Math.max(CLOSEST, all.length / 100);
        for (double v : all) {
            if (v > all[paper] && ++closer >= allowed) {
                return false;
            }
        }
        return true;
    }
}
