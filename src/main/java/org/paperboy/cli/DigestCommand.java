package org.paperboy.cli;

import org.paperboy.app.App;
import org.paperboy.app.GracefulStop;
import org.paperboy.publish.DailyDigests;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import org.paperboy.subscriber.Tokens;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "digest", mixinStandardHelpOptions = true,
        description = {"Makes every active reader's daily digest for one announcement day and sends it.",
            "Readers who already have that day's issue are skipped, so running it twice mails nobody twice;",
            "an issue after missed days catches up on them. Deliveries that failed earlier are retried."})
final class DigestCommand implements Runnable {

    @ParentCommand
    Paperboy root;

    @Option(names = "--date", paramLabel = "DATE",
            description = "Announcement day (YYYY-MM-DD); default: the latest arXiv has made.")
    LocalDate date;

    @Option(names = "--dry-run",
            description = "Write the digests to --out (default out/preview) without storing or sending anything.")
    boolean dryRun;

    @Option(names = "--out", paramLabel = "DIR", description = "Also write each mail sent here as .eml, .html and .txt.")
    Path out;

    @Override
    public void run() {
        try (GracefulStop stop = GracefulStop.install(); App app = new App(root.config())) {
            // SIGTERM: the mail on the wire is finished and marked, the rest stays queued, then the JVM exits
            stop.onSignal(app::stopSending, app.shutdownWait());
            LocalDate day = date != null ? date : app.calendar().latestAnnouncementDay(Instant.now());
            Tokens tokens = App.tokensFor(dryRun);
            Path preview = App.previewFolder(dryRun, out);
            DailyDigests.Report report = app.digests(tokens).make(day, s -> true, preview, System.out::println);
            System.out.printf("%s: %d digests made (%d catching up, %d papers in all), %d already made earlier%n",
                    day, report.made(), report.catchUps(), report.papersPicked(), report.alreadyMade());
            report.skipped().forEach(s -> System.out.println("skipped " + s));
            if (dryRun) {
                System.out.println("Dry run: nothing stored or sent. Open the digests in " + preview.toAbsolutePath());
                return;
            }
            if (stop.requested()) {
                System.out.println("Stopping: the %s made are queued and go out with the next run.".formatted("digests"));
                return;
            }
            Sending.sendQueued(app, out, "digest");
        }
    }
}
