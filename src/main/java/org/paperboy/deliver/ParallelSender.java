package org.paperboy.deliver;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Sends what is due over several SMTP connections at once, each with an outbox of its own that claims
 * its own rows and takes its share of the pace. Remembers the outboxes at work so that a shutdown can
 * ask each to finish its mail in flight and put the rest back.
 */
public final class ParallelSender {

    private final Supplier<Mailer> mailers;
    private final BiFunction<Mailer, Integer, Outbox> outboxes;
    private final int connections;
    private final int maxAttempts;
    private final Queue<Outbox> sending = new ConcurrentLinkedQueue<>();
    private volatile boolean stopped;

    /**
     * @param mailers   opens one SMTP connection's mailer
     * @param outboxes  the outbox over a mailer that is one of that many sending in parallel
     * @param connections how many connections send at once (at least one)
     * @param maxAttempts rows that failed this often are no longer due
     */
    public ParallelSender(Supplier<Mailer> mailers, BiFunction<Mailer, Integer, Outbox> outboxes, int connections,
            int maxAttempts) {
        this.mailers = mailers;
        this.outboxes = outboxes;
        this.connections = Math.max(1, connections);
        this.maxAttempts = maxAttempts;
    }

    /** Sends up to {@code limit} due mails, also copying each to {@code copies} when not null. */
    public OutboxReport send(int limit, Path copies, Consumer<String> progress) {
        if (stopped) {
            return new OutboxReport(0, 0, 0, "the service is stopping");
        }
        List<Callable<OutboxReport>> workers = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            boolean first = i == 0;
            workers.add(() -> {
                try (Mailer mailer = mailers.get()) {
                    Outbox outbox = outboxes.apply(mailer, connections);
                    outbox = copies == null ? outbox : outbox.keepingCopiesIn(copies);
                    // only one of the parallel outboxes may re-send what a crash left, or each would
                    outbox = first ? outbox : outbox.skippingUncertain();
                    sending.add(outbox);
                    if (stopped) {
                        // stop() ran before this outbox was listed: it must not start claiming
                        outbox.stop();
                    }
                    try {
                        return outbox.run(maxAttempts, (limit + connections - 1) / connections, progress);
                    } finally {
                        sending.remove(outbox);
                    }
                }
            });
        }
        if (connections == 1) {
            try {
                return workers.get(0).call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        try {
            OutboxReport total = new OutboxReport(0, 0, 0, null);
            for (Future<OutboxReport> f : pool.invokeAll(workers)) {
                total = total.plus(f.get());
            }
            return total;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop();
            return new OutboxReport(0, 0, 0, "interrupted");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    /**
     * Asks the outboxes at work (if any) to finish the mail in flight and put the rest back; from now on
     * this sender sends nothing.
     */
    public void stop() {
        stopped = true;
        sending.forEach(Outbox::stop);
    }
}
