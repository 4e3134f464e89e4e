package org.paperboy.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.score.TextEmbedder;

class KnownVectorsTest {

    @TempDir
    Path dir;

    /** Stands in for the model: counts what it is asked, and gives each text its length as a vector. */
    static final class Counting implements TextEmbedder {
        final String model;
        final List<String> asked = new ArrayList<>();

        Counting(String model) {
            this.model = model;
        }

        @Override
        public String model() {
            return model;
        }

        @Override
        public List<float[]> embed(List<String> texts) {
            asked.addAll(texts);
            return texts.stream().map(t -> new float[] {t.length(), 0}).toList();
        }
    }

    @Test
    void knownTextsAreReadBackAndOnlyTheOthersReachTheModelOnce() throws Exception {
        Path file = dir.resolve("vectors.bin.gz");
        KnownVectors.write(Map.of(KnownVectors.key("sparse attention"), new float[] {0.6f, 0.8f}), file);
        List<Counting> loaded = new ArrayList<>();
        KnownVectors vectors = KnownVectors.read(file, "m", () -> {
            Counting c = new Counting("m");
            loaded.add(c);
            return c;
        });
        assertThat(vectors.size()).isEqualTo(1);

        assertThat(vectors.embed(List.of("sparse attention")).get(0)).containsExactly(0.6f, 0.8f);
        assertThat(loaded).as("the model is not loaded while every text is known").isEmpty();

        List<float[]> mixed = vectors.embed(List.of("KV cache", "sparse attention", "KV cache!"));
        assertThat(mixed.get(0)).containsExactly(8f, 0f);
        assertThat(mixed.get(1)).containsExactly(0.6f, 0.8f);
        assertThat(mixed.get(2)).containsExactly(9f, 0f);
        vectors.embed(List.of("KV cache"));
        assertThat(loaded).singleElement().satisfies(c -> assertThat(c.asked).containsExactly("KV cache", "KV cache!"));
    }

    @Test
    void vectorsOfAnotherModelAreNeverMixedWithTheModelsOwn() throws Exception {
        Path file = dir.resolve("vectors.bin.gz");
        KnownVectors.write(Map.of(KnownVectors.key("a"), new float[] {1, 0}), file);
        KnownVectors vectors = KnownVectors.read(file, "old-model", () -> new Counting("new-model"));
        assertThatThrownBy(() -> vectors.embed(List.of("b"))).hasMessageContaining("old-model").hasMessageContaining("new-model");
    }

    @Test
    void aFileThatIsNotVectorsIsRefusedWithWhatToDo() throws Exception {
        Path file = Files.writeString(dir.resolve("vectors.bin.gz"), "not gzip");
        assertThatThrownBy(() -> KnownVectors.read(file, "m", () -> new Counting("m")))
                .hasMessageContaining(file.toString()).hasMessageContaining("remove the file");
    }
}
