package org.paperboy.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.paperboy.embed.KnownVectors;
import org.paperboy.embed.MiniLmEmbedder;
import org.paperboy.ingest.JsonlSource;
import org.paperboy.paper.Paper;
import org.paperboy.score.Embeddings;
import org.paperboy.score.TextEmbedder;
import org.paperboy.score.VectorStore;

/**
 * The stored vectors of the sample papers that the demo and {@link TestEmbedder} serve are the real model's, for every
 * paper in samples/. When the samples or the model change, this fails; write the file again with
 * {@code mvn -o test -Dtest=SampleVectorsTest -Dpaperboy.writeSampleVectors=true}.
 */
class SampleVectorsTest {

    @Test
    void everySamplePaperHasTheRealModelsVector() throws IOException {
        Map<String, float[]> stored;
        assertThat(TestEmbedder.STORED).as("the stored sample vectors; write them with -Dpaperboy.writeSampleVectors=true").exists();
        try (InputStream in = Files.newInputStream(TestEmbedder.STORED)) {
            stored = KnownVectors.read(in);
        }
        List<String> texts = new ArrayList<>(textsOf(samplePapers(), null).keySet());
        assertThat(texts).hasSizeGreaterThan(1000);
        assertThat(texts).allSatisfy(t -> assertThat(stored).as("a stored vector for %s", t.substring(0, 60))
                .containsKey(KnownVectors.key(t)));
        List<String> some = List.of(texts.get(0), texts.get(texts.size() / 2), texts.get(texts.size() - 1));
        List<float[]> fresh = TestEmbedder.realModel().embed(some);
        for (int i = 0; i < some.size(); i++) {
            assertThat(cosine(fresh.get(i), stored.get(KnownVectors.key(some.get(i))))).isGreaterThan(0.9999);
        }
    }

    @Test
    @EnabledIfSystemProperty(named = "paperboy.writeSampleVectors", matches = "true")
    void writeTheStoredVectors() throws IOException {
        Map<String, float[]> vectors = new HashMap<>();
        textsOf(samplePapers(), TestEmbedder.realModel()).forEach((text, v) -> vectors.put(KnownVectors.key(text), v));
        KnownVectors.write(vectors, TestEmbedder.STORED);
    }

    static List<Paper> samplePapers() throws IOException {
        List<Paper> papers = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("samples"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".jsonl.gz")).sorted().toList()) {
                papers.addAll(new JsonlSource(f).fetch().papers());
            }
        }
        return papers;
    }

    /** The texts the service embeds for these papers, each with the model's vector (or none without a model). */
    private static Map<String, float[]> textsOf(List<Paper> papers, MiniLmEmbedder model) {
        Map<String, float[]> seen = new LinkedHashMap<>();
        TextEmbedder recorder = new TextEmbedder() {
            @Override
            public String model() {
                return MiniLmEmbedder.MODEL;
            }

            @Override
            public List<float[]> embed(List<String> texts) {
                List<float[]> out = model != null ? model.embed(texts) : texts.stream().map(t -> new float[] {1}).toList();
                for (int i = 0; i < texts.size(); i++) {
                    seen.put(texts.get(i), out.get(i));
                }
                return out;
            }
        };
        new Embeddings(recorder, new VectorStore() {
            @Override
            public Map<String, float[]> find(String model, Collection<String> items) {
                return Map.of();
            }

            @Override
            public void save(String model, Map<String, float[]> vectors) {
            }
        }).embedNew(papers, line -> { });
        return seen;
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return dot / Math.sqrt(na * nb);
    }
}
