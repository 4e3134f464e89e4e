package org.paperboy.score;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.paperboy.paper.Paper;

/**
 * Sentence vectors of papers and criteria, each computed once: looked up in memory, then in the
 * store, and only then embedded (and stored at once, batch by batch, so an interrupted run keeps
 * what it did). Scoring then is vector arithmetic, never model work.
 */
public final class Embeddings {

    private static final int BATCH = 32;
    /**
     * Criteria texts embedded and stored at a time: a few words each, and the model runs texts of one
     * length together ({@code MiniLmEmbedder}), so the more it is given at once the better it does.
     */
    private static final int TEXT_BATCH = 1_024;
    private static final int MEMORY = 60_000;
    private static final int TEXTS = 20_000;

    private final TextEmbedder embedder;
    private final VectorStore store;
    /** Vectors by their stored key (paper:ID, text:SHA-256). */
    private final Cache<String, float[]> memory = Caffeine.newBuilder().maximumSize(MEMORY).build();

    /** Criteria vectors by their text, so that each reader's criteria are found without hashing them again. */
    private final Cache<String, float[]> byText = Caffeine.newBuilder().maximumSize(TEXTS).build();

    public Embeddings(TextEmbedder embedder, VectorStore store) {
        this.embedder = embedder;
        this.store = store;
    }

    public String model() {
        return embedder.model();
    }

    /** The text a paper is embedded from. */
    static String text(Paper p) {
        return p.title() + ". " + p.abstractText();
    }

    /** Vectors of the papers, in order; papers never embedded are embedded now. */
    public float[][] papers(List<Paper> papers) {
        return papers(papers, line -> { });
    }

    /** Vectors of the papers, in order; papers never embedded are embedded now, with progress lines. */
    public float[][] papers(List<Paper> papers, Consumer<String> progress) {
        return papers(papers, progress, new int[1]);
    }

    /** Embeds and stores the papers that have no vector yet; returns how many that were. */
    public int embedNew(List<Paper> papers, Consumer<String> progress) {
        int[] embedded = new int[1];
        papers(papers, progress, embedded);
        return embedded[0];
    }

    private float[][] papers(List<Paper> papers, Consumer<String> progress, int[] embedded) {
        List<String> keys = new ArrayList<>(papers.size());
        List<String> texts = new ArrayList<>(papers.size());
        for (Paper p : papers) {
            keys.add("paper:" + p.id().base());
            texts.add(text(p));
        }
        return vectors(keys, texts, progress, embedded, BATCH);
    }

    /** The vector of one criterion text (a topic, a keyword), cached by the text's hash. */
    public float[] text(String text) {
        return texts(List.of(text))[0];
    }

    /** Vectors of criteria texts, in order; texts never embedded are embedded now. */
    public float[][] texts(List<String> texts) {
        float[][] out = new float[texts.size()][];
        List<String> missing = new ArrayList<>();
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            out[i] = byText.getIfPresent(texts.get(i));
            if (out[i] == null) {
                missing.add(texts.get(i));
                at.add(i);
            }
        }
        if (missing.isEmpty()) {
            return out;
        }
        List<String> keys = new ArrayList<>(missing.size());
        missing.forEach(t -> keys.add("text:" + sha256(t)));
        float[][] found = vectors(keys, missing, line -> { }, new int[1], TEXT_BATCH);
        for (int j = 0; j < found.length; j++) {
            out[at.get(j)] = found[j];
            byText.put(missing.get(j), found[j]);
        }
        return out;
    }

    private float[][] vectors(List<String> keys, List<String> texts, Consumer<String> progress, int[] embedded, int size) {
        float[][] out = new float[keys.size()][];
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            out[i] = memory.getIfPresent(keys.get(i));
            if (out[i] == null) {
                missing.add(i);
            }
        }
        if (missing.isEmpty()) {
            return out;
        }
        List<String> lookup = missing.stream().map(keys::get).distinct().toList();
        Map<String, float[]> stored = store.find(embedder.model(), lookup);
        List<Integer> toEmbed = new ArrayList<>();
        for (int i : missing) {
            out[i] = stored.get(keys.get(i));
            if (out[i] == null) {
                toEmbed.add(i);
            }
        }
        remember(stored);
        embedded[0] = toEmbed.size();
        long start = System.nanoTime();
        for (int from = 0; from < toEmbed.size(); from += size) {
            List<Integer> batch = toEmbed.subList(from, Math.min(toEmbed.size(), from + size));
            List<float[]> vectors = embedder.embed(batch.stream().map(texts::get).toList());
            Map<String, float[]> fresh = new LinkedHashMap<>();
            for (int j = 0; j < batch.size(); j++) {
                out[batch.get(j)] = vectors.get(j);
                fresh.put(keys.get(batch.get(j)), vectors.get(j));
            }
            store.save(embedder.model(), fresh);
            remember(fresh);
            int done = from + batch.size();
            double seconds = (System.nanoTime() - start) / 1e9;
            progress.accept(String.format("embedded %d of %d (%.0f/s)", done, toEmbed.size(), done / seconds));
        }
        return out;
    }

    private void remember(Map<String, float[]> vectors) {
        memory.putAll(vectors);
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
