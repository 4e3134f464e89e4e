package org.paperboy.deliver;

/**
 * The outcome of one outbox run.
 *
 * @param failed     permanent failures, not retried
 * @param retryLater temporary failures, still due
 * @param stoppedBy  why the run stopped early, or null when it went through
 */
public record OutboxReport(int sent, int failed, int retryLater, String stoppedBy) {

    public boolean completed() {
        return stoppedBy == null || stoppedBy.isEmpty();
    }
}
