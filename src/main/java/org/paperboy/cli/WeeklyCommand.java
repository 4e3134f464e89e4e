package org.paperboy.cli;

import org.paperboy.app.App;
import org.paperboy.app.GracefulStop;
import org.paperboy.publish.WeeklyIssues;
import java.nio.file.Path;
import java.time.Instant;
import org.paperboy.subscriber.Tokens;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "weekly", mixinStandardHelpOptions = true,
        description = {"Makes and sends the weekly breakthroughs issue of one ISO week.",
            "There is an issue for every topic in weekly.topics, mailed to the readers whose profile says weekly or both.",
            "Running it twice mails nobody twice."})
final class WeeklyCommand implements Runnable {

    @ParentCommand
    Paperboy root;

    @Option(names = "--week", paramLabel = "WEEK", description = "ISO week, e.g. 2026-W24; default: the last complete week.")
    String week;

    @Option(names = "--dry-run", description = "Write the issues to --out (default out/preview) without storing or sending.")
    boolean dryRun;

    @Option(names = "--out", paramLabel = "DIR", description = "Also write each mail sent here as .eml, .html and .txt.")
    Path out;

    @Override
    public void run() {
        try (GracefulStop stop = GracefulStop.install(); App app = new App(root.config())) {
            // SIGTERM: the mail on the wire is finished and marked, the rest stays queued, then the JVM exits
            stop.onSignal(app::stopSending, app.shutdownWait());
            String w = week != null ? week : WeeklyIssues.lastCompleteWeek(Instant.now());
            Tokens tokens = App.tokensFor(dryRun);
            Path preview = App.previewFolder(dryRun, out);
            WeeklyIssues.Report report = app.weekly(tokens).make(w, s -> true, preview, System.out::println);
            System.out.printf("%s: %d weekly issues made, %d already made earlier%n", w, report.made(), report.alreadyMade());
            if (dryRun) {
                System.out.println("Dry run: nothing stored or sent. Open the issues in " + preview.toAbsolutePath());
                return;
            }
            if (stop.requested()) {
                System.out.println("Stopping: the %s made are queued and go out with the next run.".formatted("issues"));
                return;
            }
            System.out.println(app.send(10_000, out, System.out::println).summary());
        }
    }
}
