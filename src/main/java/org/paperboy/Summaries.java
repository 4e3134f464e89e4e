package org.paperboy;

import org.paperboy.deliver.OutboxReport;

/** One-line accounts of a run, for the terminal and the log. */
final class Summaries {

    private Summaries() {
    }

    static String outbox(OutboxReport r) {
        String line = String.format("Mail: %d sent, %d failed for good, %d to retry later", r.sent(), r.failed(), r.retryLater());
        if (r.uncertain() > 0) {
            line += "; " + r.uncertain() + " left mid-send by an earlier run";
        }
        if (r.suppressed() > 0) {
            line += "; " + r.suppressed() + " address(es) suppressed";
        }
        if (r.stoppedBy() != null && !r.stoppedBy().isBlank()) {
            line += "; stopped early: " + r.stoppedBy() + " (the rest stay queued for the next run)";
        }
        return line;
    }
}
