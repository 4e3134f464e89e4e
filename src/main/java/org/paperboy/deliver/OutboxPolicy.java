package org.paperboy.deliver;

import java.time.Duration;

/**
 * How the outbox paces and retries.
 *
 * @param resendUncertain   re-send rows a crash left in sending (with their Message-ID, so clients can
 *                          de-duplicate); false leaves them for an operator
 * @param hardFailureLimit  permanent failures after which a subscriber is suppressed
 * @param maxPerSecond      messages per second at most (0 = unlimited)
 * @param maxPerRun         messages per run at most (0 = unlimited)
 * @param maxPerHour        messages in any rolling hour at most, counted in the store so it holds across runs,
 *                          restarts and nodes (0 = unlimited)
 * @param retryBase         first back-off after a temporary failure; doubled each attempt, with jitter
 * @param uncertainAfter    how long a row may stay in sending before it counts as left by a crash (a run
 *                          on another node may still be sending it until then)
 */
public record OutboxPolicy(boolean resendUncertain, int hardFailureLimit, int maxPerSecond, int maxPerRun, int maxPerHour,
        Duration retryBase,
        Duration uncertainAfter) {

    public static final OutboxPolicy DEFAULT = new OutboxPolicy(true, 1, 0, 0, 0, Duration.ofMinutes(1), Duration.ofMinutes(10));

    /** When a row that failed {@code attempts} times so far is tried again: doubling, capped at a day, ±25%. */
    Duration backoff(int attempts, double random) {
        long seconds = Math.min(Duration.ofDays(1).toSeconds(), retryBase.toSeconds() << Math.min(attempts, 16));
        return Duration.ofMillis((long) (seconds * 1000 * (0.75 + 0.5 * random)));
    }
}
