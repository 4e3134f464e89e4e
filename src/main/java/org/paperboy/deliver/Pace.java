package org.paperboy.deliver;

import java.time.Duration;

/** Spaces sends to at most a number per second; one per outbox, so per connection. */
final class Pace {

    private final long gapNanos;
    private final Outbox.Sleeper sleeper;
    private long lastSend;

    /** @param perSecond 0 or less = no pacing */
    Pace(int perSecond, Outbox.Sleeper sleeper) {
        this.gapNanos = perSecond <= 0 ? 0 : 1_000_000_000L / perSecond;
        this.sleeper = sleeper;
    }

    /** Waits until the next send is allowed; false when interrupted, so the caller stops. */
    boolean await() {
        if (gapNanos == 0) {
            return true;
        }
        long wait = lastSend + gapNanos - System.nanoTime();
        if (lastSend != 0 && wait > 0) {
            try {
                sleeper.sleep(Duration.ofNanos(wait));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        lastSend = System.nanoTime();
        return true;
    }
}
