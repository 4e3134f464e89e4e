package org.paperboy.embed;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.paperboy.score.TextEmbedder;

/**
 * A model's vectors of texts it has embedded before, read from a file, in front of the model itself: a
 * known text is looked up, any other is embedded by the model (loaded only when one is needed) and
 * remembered. The demo ships the vectors of its sample papers this way, so that it spends its minute
 * on the pipeline rather than on embedding the same papers on every run.
 *
 * <p>The file: the count and the dimensions (two big-endian ints), then per text the SHA-256 of its
 * UTF-8 bytes and its floats, gzipped. Texts are keyed by their whole content, so a changed text is
 * simply embedded again.
 */
public final class KnownVectors implements TextEmbedder {

    private final String model;
    private final Map<String, float[]> known;
    private final Supplier<? extends TextEmbedder> fallback;
    private TextEmbedder loaded;

    /** @param fallback the model that made the vectors, asked only for texts not among them */
    public KnownVectors(String model, Map<String, float[]> known, Supplier<? extends TextEmbedder> fallback) {
        this.model = model;
        this.known = new ConcurrentHashMap<>(known);
        this.fallback = fallback;
    }

    /** The vectors in {@code file} (see the class comment) in front of {@code fallback}. */
    public static KnownVectors read(Path file, String model, Supplier<? extends TextEmbedder> fallback) {
        try (InputStream in = Files.newInputStream(file)) {
            return new KnownVectors(model, read(in), fallback);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the stored vectors in " + file + ": " + e.getMessage()
                    + " (write them again, or remove the file to embed every text)", e);
        }
    }

    @Override
    public String model() {
        return model;
    }

    /** How many texts' vectors are known. */
    public int size() {
        return known.size();
    }

    @Override
    public List<float[]> embed(List<String> texts) {
        List<float[]> out = new ArrayList<>(texts.size());
        List<String> missing = new ArrayList<>();
        List<Integer> at = new ArrayList<>();
        for (String text : texts) {
            float[] v = known.get(key(text));
            if (v == null) {
                missing.add(text);
                at.add(out.size());
            }
            out.add(v);
        }
        if (!missing.isEmpty()) {
            TextEmbedder m = fallback();
            if (!m.model().equals(model)) {
                throw new IllegalStateException("the stored vectors are " + model + "'s, not " + m.model() + "'s");
            }
            List<float[]> embedded = m.embed(missing);
            for (int i = 0; i < missing.size(); i++) {
                known.put(key(missing.get(i)), embedded.get(i));
                out.set(at.get(i), embedded.get(i));
            }
        }
        return out;
    }

    private synchronized TextEmbedder fallback() {
        if (loaded == null) {
            loaded = fallback.get();
        }
        return loaded;
    }

    /** A text's key: the SHA-256 of its UTF-8 bytes, in hexadecimal. */
    public static String key(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The vectors a file holds, by key. */
    public static Map<String, float[]> read(InputStream stored) throws IOException {
        Map<String, float[]> vectors = new ConcurrentHashMap<>();
        try (DataInputStream in = new DataInputStream(new GZIPInputStream(stored, 1 << 16))) {
            int count = in.readInt();
            int dims = in.readInt();
            if (count < 0 || dims <= 0 || dims > 4096) {
                throw new IOException("not a vectors file: " + count + " vectors of " + dims + " dimensions");
            }
            byte[] hash = new byte[32];
            for (int i = 0; i < count; i++) {
                in.readFully(hash);
                float[] v = new float[dims];
                for (int d = 0; d < dims; d++) {
                    v[d] = in.readFloat();
                }
                vectors.put(HexFormat.of().formatHex(hash), v);
            }
        }
        return vectors;
    }

    /** Writes {@code vectors} (by key) to {@code file}, in key order so that the same vectors make the same file. */
    public static void write(Map<String, float[]> vectors, Path file) throws IOException {
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        try (OutputStream raw = Files.newOutputStream(file);
             DataOutputStream out = new DataOutputStream(new GZIPOutputStream(raw, 1 << 16))) {
            out.writeInt(vectors.size());
            out.writeInt(vectors.isEmpty() ? 1 : vectors.values().iterator().next().length);
            for (Map.Entry<String, float[]> e : new TreeMap<>(vectors).entrySet()) {
                out.write(HexFormat.of().parseHex(e.getKey()));
                for (float f : e.getValue()) {
                    out.writeFloat(f);
                }
            }
        }
    }
}
