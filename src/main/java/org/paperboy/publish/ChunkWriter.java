package org.paperboy.publish;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import org.paperboy.publish.IssueStore;
import org.paperboy.issue.NewIssue;

/**
 * Stores a digest run's chunks of issues on a thread of its own while the run makes the next chunk, so
 * the database's work (SQLite's in this process, PostgreSQL's in its server) goes on beside scoring and
 * rendering instead of after them. One chunk is stored at a time, each in its own transaction, and at
 * most {@link #AHEAD} are waiting or being stored while the run makes the next. What was stored is
 * reported on the run's own thread, in order.
 */
final class ChunkWriter implements AutoCloseable {

    private final IssueStore issues;
    private final Stages stages;
    private final BiConsumer<Boolean, String> done;
    /** Chunks that may be waiting or being stored while the run makes the next: absorbs the store's slower moments. */
    static final int AHEAD = 2;

    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "digest-store");
        t.setDaemon(true);
        return t;
    });
    /** Chunks handed over and not yet reported, oldest first, each with its progress lines. */
    private final ArrayDeque<Map.Entry<Future<List<Boolean>>, List<String>>> storing = new ArrayDeque<>();

    /** @param done told, for each issue stored or found made already, which it was and the issue's progress line */
    ChunkWriter(IssueStore issues, Stages stages, BiConsumer<Boolean, String> done) {
        this.issues = issues;
        this.stages = stages;
        this.done = done;
    }

    /**
     * Starts storing {@code chunk} once the chunks before it are stored; {@code lines} are its progress lines.
     * Waits first while {@link #AHEAD} chunks are already waiting or being stored.
     */
    void store(List<NewIssue> chunk, List<String> lines) {
        while (storing.size() >= AHEAD) {
            reportOldest();
        }
        if (!chunk.isEmpty()) {
            storing.add(Map.entry(thread.submit(() -> stages.time("store+queue", () -> issues.saveAll(chunk))), lines));
        }
    }

    /** Waits until every chunk handed over is stored, and reports them. */
    void finish() {
        while (!storing.isEmpty()) {
            reportOldest();
        }
    }

    private void reportOldest() {
        var chunk = storing.poll();
        List<Boolean> stored = stages.time("store wait", () -> Ahead.await(chunk.getKey(), "a chunk of issues being stored"));
        for (int i = 0; i < stored.size(); i++) {
            done.accept(stored.get(i), chunk.getValue().get(i));
        }
    }

    /** Lets the chunk being stored finish (a run that fails leaves no half-written chunk behind), then stops. */
    @Override
    public void close() {
        try {
            finish();
        } finally {
            thread.shutdown();
        }
    }
}
