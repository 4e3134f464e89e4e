package org.paperboy.testkit;

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
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.paperboy.embed.MiniLmEmbedder;
import org.paperboy.score.TextEmbedder;

/**
 * all-MiniLM-L6-v2 as the tests use it: the vectors of the sample listings' papers are read from a file
 * made once by the real model ({@link #STORED}), and any other text is embedded by the real model, loaded
 * once per test JVM, and remembered for the rest of the run. Rankings in tests are the service's own,
 * without every test paying half a minute to embed the same 1,556 papers again.
 */
public final class TestEmbedder implements TextEmbedder {

    /** The sample papers' vectors, by the SHA-256 of the text the service embeds for each. */
    public static final Path STORED = Path.of("src/test/resources/org/paperboy/testkit/sample-vectors.bin.gz");

    public static final TestEmbedder SHARED = new TestEmbedder();

    private final Map<String, float[]> known = new ConcurrentHashMap<>();
    private MiniLmEmbedder model;
    private boolean loaded;

    private TestEmbedder() {
    }

    @Override
    public String model() {
        return MiniLmEmbedder.MODEL;
    }

    @Override
    public List<float[]> embed(List<String> texts) {
        load();
        List<float[]> out = new ArrayList<>(texts.size());
        List<String> missing = new ArrayList<>();
        for (String text : texts) {
            float[] v = known.get(key(text));
            out.add(v);
            if (v == null) {
                missing.add(text);
            }
        }
        if (!missing.isEmpty()) {
            List<float[]> embedded = realModel().embed(missing);
            for (int i = 0; i < missing.size(); i++) {
                known.put(key(missing.get(i)), embedded.get(i));
            }
            for (int i = 0; i < out.size(); i++) {
                if (out.get(i) == null) {
                    out.set(i, known.get(key(texts.get(i))));
                }
            }
        }
        return out;
    }

    /** The real model, shared by every test in this JVM (loading it takes a second or two each time). */
    public static synchronized MiniLmEmbedder realModel() {
        if (SHARED.model == null) {
            SHARED.model = new MiniLmEmbedder(Path.of("target", "model-cache"));
        }
        return SHARED.model;
    }

    private synchronized void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        try (InputStream in = TestEmbedder.class.getResourceAsStream("sample-vectors.bin.gz")) {
            if (in != null) {
                known.putAll(read(in));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the stored sample vectors", e);
        }
    }

    static String key(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, float[]> read(InputStream stored) throws IOException {
        Map<String, float[]> vectors = new ConcurrentHashMap<>();
        try (DataInputStream in = new DataInputStream(new GZIPInputStream(stored, 1 << 16))) {
            int count = in.readInt();
            int dims = in.readInt();
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

    static void write(Map<String, float[]> vectors, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        try (OutputStream raw = Files.newOutputStream(file);
             DataOutputStream out = new DataOutputStream(new GZIPOutputStream(raw, 1 << 16))) {
            out.writeInt(vectors.size());
            out.writeInt(vectors.values().iterator().next().length);
            for (Map.Entry<String, float[]> e : new java.util.TreeMap<>(vectors).entrySet()) {
                out.write(HexFormat.of().parseHex(e.getKey()));
                for (float f : e.getValue()) {
                    out.writeFloat(f);
                }
            }
        }
    }
}
