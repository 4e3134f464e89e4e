package org.paperboy.deliver;

/**
 * The outcome of one outbox run.
 *
 * @param failed     permanent failures, not retried
 * @param retryLater temporary failures, tried again after a back-off
 * @param stoppedBy  why the run stopped early, or null when it went through
 * @param uncertain  rows a crashed run left in sending: re-sent with their Message-ID (counted in sent),
 *                   or left for an operator when the outbox is told not to re-send
 * @param suppressed subscribers suppressed after too many permanent failures
 * @param serverDown the run stopped because the SMTP server could not be reached or refused the login, not
 *                   because of a limit or a stop request: the command that ran it did not do its job
 */
public record OutboxReport(int sent, int failed, int retryLater, String stoppedBy, int uncertain, int suppressed,
        boolean serverDown) {

    public OutboxReport(int sent, int failed, int retryLater, String stoppedBy, int uncertain, int suppressed) {
        this(sent, failed, retryLater, stoppedBy, uncertain, suppressed, false);
    }

    public OutboxReport(int sent, int failed, int retryLater, String stoppedBy) {
        this(sent, failed, retryLater, stoppedBy, 0, 0);
    }

    /** Two runs' counts together (parallel connections). */
    public OutboxReport plus(OutboxReport other) {
        return new OutboxReport(sent + other.sent, failed + other.failed, retryLater + other.retryLater,
                stoppedBy != null ? stoppedBy : other.stoppedBy, uncertain + other.uncertain, suppressed + other.suppressed,
                serverDown || other.serverDown);
    }

    public boolean completed() {
        return stoppedBy == null || stoppedBy.isEmpty();
    }

    /** A one-line account of the run, for the terminal and the log. */
    public String summary() {
        String line = String.format("Mail: %d sent, %d failed for good, %d to retry later", sent, failed, retryLater);
        if (uncertain > 0) {
            line += "; " + uncertain + " left mid-send by an earlier run";
        }
        if (suppressed > 0) {
            line += "; " + suppressed + " address(es) suppressed";
        }
        if (!completed()) {
            line += "; stopped early: " + stoppedBy + " (the rest stay queued for the next run)";
        }
        return line;
    }
}
