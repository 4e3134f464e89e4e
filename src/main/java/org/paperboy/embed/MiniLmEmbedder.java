package org.paperboy.embed;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.paperboy.score.TextEmbedder;

/**
 * all-MiniLM-L6-v2 (384 dimensions), run in-process by ONNX Runtime from the model file inside its
 * Maven artifact. Chosen by measurement over its quantized variant and bge-small-en-v1.5 (see README,
 * "Ranking quality").
 */
public final class MiniLmEmbedder implements TextEmbedder {

    public static final String MODEL = "all-minilm-l6-v2";

    private final Path cacheDir;
    private volatile EmbeddingModel model;

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
     * home folder: both are turned off or kept under {@code cacheDir}.
     */
    private EmbeddingModel loaded() {
        EmbeddingModel m = model;
        if (m == null) {
            synchronized (this) {
                if (model == null) {
                    Offline.configure(cacheDir);
                    // One caller thread already keeps both cores busy inside ONNX Runtime; the library's
                    // own thread pool only adds contention, so texts are embedded on the calling thread.
                    model = new dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel(Runnable::run);
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
