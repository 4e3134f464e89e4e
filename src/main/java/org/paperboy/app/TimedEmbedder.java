package org.paperboy.app;

import java.time.Duration;
import java.util.List;
import java.util.function.BiConsumer;
import org.paperboy.score.TextEmbedder;

/** The embedding model, reporting how many texts it embedded and how long that took (the embedding rate). */
final class TimedEmbedder implements TextEmbedder {

    private final TextEmbedder model;
    private final BiConsumer<Integer, Duration> report;

    TimedEmbedder(TextEmbedder model, BiConsumer<Integer, Duration> report) {
        this.model = model;
        this.report = report;
    }

    @Override
    public String model() {
        return model.model();
    }

    @Override
    public List<float[]> embed(List<String> texts) {
        long start = System.nanoTime();
        List<float[]> vectors = model.embed(texts);
        report.accept(texts.size(), Duration.ofNanos(System.nanoTime() - start));
        return vectors;
    }
}
