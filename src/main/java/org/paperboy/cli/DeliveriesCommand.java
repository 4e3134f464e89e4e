package org.paperboy.cli;

import org.paperboy.app.App;
import java.time.LocalDate;
import org.paperboy.deliver.DeliveryCounts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "deliveries", mixinStandardHelpOptions = true,
        description = {"Shows the outbox per issue, or pauses, resumes or cancels the waiting deliveries of one issue.",
            "Resuming continues where it stopped: what was sent is never sent again."})
final class DeliveriesCommand implements Runnable {

    @ParentCommand
    Paperboy root;

    @Parameters(index = "0", arity = "0..1", paramLabel = "ACTION", defaultValue = "status",
            description = "status (default), pause, resume or cancel.")
    String action;

    @Option(names = "--date", paramLabel = "DATE", description = "The issue's date (for weekly issues, the Monday of the week).")
    LocalDate date;

    @Option(names = "--kind", defaultValue = "daily", description = "daily, or weekly-1, weekly-2, ... (default: ${DEFAULT-VALUE}).")
    String kind;

    @Override
    public void run() {
        try (App app = new App(root.config())) {
            if (action.equals("status")) {
                var byIssue = app.db().deliveriesByIssue();
                byIssue.forEach((issue, counts) -> System.out.printf("%-22s %s%n", issue, DeliveryCounts.describe(counts)));
                if (byIssue.isEmpty()) {
                    System.out.println("No deliveries yet.");
                }
                return;
            }
            if (date == null) {
                throw new IllegalArgumentException("say which issue: --date YYYY-MM-DD [--kind daily|weekly-1]");
            }
            int changed = app.db().changeDeliveries(action, kind, date);
            System.out.printf("%s %s %s: %d deliveries %s%n", kind, date, action, changed,
                    switch (action) {
                        case "pause" -> "paused";
                        case "resume" -> "waiting again";
                        default -> "cancelled";
                    });
        }
    }
}
