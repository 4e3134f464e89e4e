package org.paperboy.cli;

import java.nio.file.Path;
import org.paperboy.app.App;
import org.paperboy.deliver.OutboxReport;

/** The send step of digest and weekly: a run the mail server stopped is a failed command, not a quiet exit 0. */
final class Sending {

    private Sending() {
    }

    static void sendQueued(App app, Path copies, String command) {
        OutboxReport report = app.send(10_000, copies, System.out::println);
        System.out.println(report.summary());
        if (report.serverDown()) {
            throw new IllegalStateException("the mail did not go out: " + report.stoppedBy() + ". Nothing is lost: the"
                    + " issues stay queued. Check mail.smtp.* (`paperboy check` tries the server), then run `paperboy "
                    + command + "` again; it sends what is queued and makes nothing twice");
        }
    }
}
