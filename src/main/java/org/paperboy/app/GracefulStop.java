package org.paperboy.app;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A command's answer to SIGTERM (Ctrl-C, `systemctl stop`, `docker stop`). The JVM runs shutdown hooks
 * and exits when they return, so the hook here tells the command to stop (its outboxes finish the mail
 * on the wire, mark it sent and put the rest back) and then waits, a bounded time, until the command has
 * finished and closed what it holds. Without it the JVM exits at once: claimed rows stay in sending, and
 * a mail that went out is never marked, so a later run sends it again.
 */
public final class GracefulStop implements AutoCloseable {

    private static final Duration BEFORE_CONFIGURED = Duration.ofSeconds(20);

    private final CountDownLatch signalled = new CountDownLatch(1);
    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook = new Thread(this::onSignal, "graceful-stop");
    private volatile Runnable stop = () -> { };
    private volatile Duration wait = BEFORE_CONFIGURED;

    private GracefulStop() {
    }

    /** Starts listening for SIGTERM; close it once the command is done (after closing what it opened). */
    public static GracefulStop install() {
        GracefulStop s = new GracefulStop();
        Runtime.getRuntime().addShutdownHook(s.hook);
        return s;
    }

    /** What a signal must do, and how long the signal waits for the command to finish after it. */
    public GracefulStop onSignal(Runnable stopWork, Duration maxWait) {
        this.stop = stopWork;
        this.wait = maxWait;
        if (requested()) {
            stopWork.run();
        }
        return this;
    }

    /** Whether a stop was asked for: work not started yet is left for the next run. */
    public boolean requested() {
        return signalled.getCount() == 0;
    }

    /** Blocks until a stop is asked for (the service's main thread). */
    public void await() throws InterruptedException {
        signalled.await();
    }

    private void onSignal() {
        signalled.countDown();
        stop.run();
        try {
            finished.await(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The command is done: a signal now has nothing to wait for, and none is listened for any more. */
    @Override
    public void close() {
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running: it returns now that the command is done
        }
    }
}
