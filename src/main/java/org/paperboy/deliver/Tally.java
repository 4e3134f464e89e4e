package org.paperboy.deliver;

/** The counts of one outbox run, as it goes. */
final class Tally {
    int tried;
    int sent;
    int failed;
    int retryLater;
    int uncertain;
    int suppressed;
    String stoppedBy;
    boolean serverDown;

    OutboxReport report() {
        return new OutboxReport(sent, failed, retryLater, stoppedBy, uncertain, suppressed, serverDown);
    }
}
