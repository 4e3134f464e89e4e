package org.paperboy.testkit;

import java.nio.file.Path;
import org.paperboy.embed.KnownVectors;
import org.paperboy.embed.MiniLmEmbedder;

/**
 * all-MiniLM-L6-v2 as the tests use it: the vectors of the sample listings' papers are read from the file
 * the demo reads too ({@link #STORED}, made once by the real model and checked against it by
 * SampleVectorsTest), and any other text is embedded by the real model, loaded once per test JVM, and
 * remembered for the rest of the run. Rankings in tests are the service's own, without every test paying
 * half a minute to embed the same 1,556 papers again.
 */
public final class TestEmbedder {

    /** The sample papers' vectors, by the SHA-256 of the text the service embeds for each. */
    public static final Path STORED = Path.of("samples/vectors.bin.gz");

    public static final KnownVectors SHARED = KnownVectors.read(STORED, MiniLmEmbedder.MODEL, TestEmbedder::realModel);

    private static MiniLmEmbedder model;

    private TestEmbedder() {
    }

    /** The real model, shared by every test in this JVM (loading it takes a second or two each time). */
    public static synchronized MiniLmEmbedder realModel() {
        if (model == null) {
            model = new MiniLmEmbedder(Path.of("target", "model-cache"));
        }
        return model;
    }
}
