package org.paperboy.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MiniLmEmbedderTest {

    /** Sees every connection Java's URL and HTTP clients would open. */
    static final class Recording extends ProxySelector {
        final List<URI> asked = new CopyOnWriteArrayList<>();

        @Override
        public List<Proxy> select(URI uri) {
            asked.add(uri);
            return List.of(Proxy.NO_PROXY);
        }

        @Override
        public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
        }
    }

    static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    @Test
    void embedsOnThisMachineWithoutTheNetworkAndKeepsItsCacheInTheDataFolder(@TempDir Path cache) {
        ProxySelector before = ProxySelector.getDefault();
        Recording recording = new Recording();
        ProxySelector.setDefault(recording);
        List<float[]> v;
        try {
            MiniLmEmbedder embedder = new MiniLmEmbedder(cache);
            v = embedder.embed(List.of(
                    "Graph neural networks predict molecular properties",
                    "Message passing on molecule graphs for property prediction",
                    "A slow-fermented sourdough bread recipe",
                    ""));
        } finally {
            ProxySelector.setDefault(before);
        }
        assertThat(recording.asked).as("connections attempted").isEmpty();
        assertThat(v).hasSize(4).allSatisfy(x -> {
            assertThat(x).hasSize(384);
            assertThat(dot(x, x)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-3));
        });
        assertThat(dot(v.get(0), v.get(1))).isGreaterThan(dot(v.get(0), v.get(2)) + 0.3);
        assertThat(System.getProperty("OPT_OUT_TRACKING")).isEqualTo("true");
        // The tokenizer's native library is unpacked once per JVM, under the cache folder given first;
        // whichever that was, nothing goes to the home folder.
        assertThat(Path.of(System.getProperty("DJL_CACHE_DIR"))).startsWith(cache.toAbsolutePath());
        assertThat(Path.of(System.getProperty("user.home"), ".djl.ai")).doesNotExist();
    }

    /**
     * Criteria as readers write them, several of one length (they run in one call of the model), a blank
     * one, and a text longer than the model's window (it goes through the encoder whole): each vector is
     * the one the model's own encoder gives that text alone, bit for bit.
     */
    @Test
    void textsRunTogetherGetTheVectorEachGetsAlone(@TempDir Path cache) {
        List<String> texts = new java.util.ArrayList<>(List.of("large language model", "reasoning", "medical imaging", "agent",
                "embodied", "survey", "diffusion", "3D reconstruction", "KV-cache compression", "test-time scaling",
                "mixture of experts", "speculative decoding", "retrieval-augmented generation", "vision-language models",
                "reinforcement learning from human feedback", "Time Series", "text-to-video", "speech recognition",
                "low-rank approaches, cache", "model compression", "graph neural networks", "", "quantization",
                "hallucination", "chain-of-thought", "in-context learning", "instruction tuning", "tokenization"));
        texts.add("A long abstract. ".repeat(200));
        List<float[]> together = new MiniLmEmbedder(cache).embed(texts);
        dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel encoder =
                new dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel();
        assertThat(together).hasSameSizeAs(texts);
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i).isBlank() ? "." : texts.get(i);
            assertThat(together.get(i)).as(text.length() > 40 ? text.substring(0, 40) + "..." : text)
                    .containsExactly(encoder.embed(text).content().vector());
        }
    }
}
