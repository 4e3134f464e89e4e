package org.paperboy.publish;

import java.util.List;
import java.util.concurrent.ExecutionException;
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
 * most one more is waiting: a run holds two chunks of mail at most. What was stored is reported on the
 * run's own thread, in order.
 */
final class ChunkWriter implements AutoCloseable {

    private final IssueStore issues;
    private final Stages stages;
    private final BiConsumer<Boolean, String> done;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "digest-store");
        t.setDaemon(true);
        return t;
    });
    private Future<List<Boolean>> storing;
    private List<String> lines;

    /** @param done told, for each issue stored or found made already, which it was and the issue's progress line */
    ChunkWriter(IssueStore issues, Stages stages, BiConsumer<Boolean, String> done) {
        this.issues = issues;
        this.stages = stages;
        this.done = done;
    }

    /** Starts storing {@code chunk} once the chunk before it is stored; {@code lines} are its progress lines. */
    void store(List<NewIssue> chunk, List<String> lines) {
        finish();
        if (!chunk.isEmpty()) {
            this.lines = lines;
            this.storing = thread.submit(() -> stages.time("store+queue", () -> issues.saveAll(chunk)));
        }
    }

    /** Waits until the chunk being stored is, and reports it. */
    void finish() {
        if (storing == null) {
            return;
        }
        Future<List<Boolean>> chunk = storing;
        storing = null;
        List<Boolean> stored = stages.time("store wait", () -> result(chunk));
        for (int i = 0; i < stored.size(); i++) {
            done.accept(stored.get(i), lines.get(i));
        }
    }

    private static List<Boolean> result(Future<List<Boolean>> chunk) {
        try {
            return chunk.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while a chunk of issues was being stored", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
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
