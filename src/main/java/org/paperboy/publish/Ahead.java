package org.paperboy.publish;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Work done one step ahead, on a thread of its own: each {@link #swap} starts the next piece and hands
 * back the piece started before it, once that is done. Pieces run one at a time, in the order given, so
 * what they touch needs no more care than on one thread; a failed piece fails the swap that hands it back.
 */
final class Ahead<T> implements AutoCloseable {

    private final ExecutorService thread;
    private Future<T> running;

    Ahead(String name) {
        this.thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts {@code next} (none when null) and returns the piece started before it (null when there was none). */
    T swap(Supplier<T> next) {
        Future<T> before = running;
        running = next == null ? null : thread.submit(next::get);
        return before == null ? null : await(before, "work done ahead");
    }

    /** The piece's result once it is done; its own exception when it failed. */
    static <T> T await(Future<T> piece, String what) {
        try {
            return piece.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + what, e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /** Lets a piece still running finish (its result is no longer wanted), then stops the thread. */
    @Override
    public void close() {
        thread.shutdown();
        try {
            while (!thread.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES)) {
                // a piece is still at work; the run that started it must not end before it does
            }
        } catch (InterruptedException e) {
            thread.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
