package org.paperboy.cli;

import org.paperboy.app.App;
import org.paperboy.app.GracefulStop;
import org.paperboy.publish.WeeklyIssues;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.paperboy.subscriber.Tokens;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "weekly", mixinStandardHelpOptions = true,
        description = {"Makes and sends the weekly breakthroughs issues of one ISO week.",
            "Each reader whose profile says weekly or both gets the issue of their field: the weekly.topics they chose,",
            "the one nearest to their interests, or one made from their own interests. Running it twice mails nobody twice."})
final class WeeklyCommand implements Runnable {

    @ParentCommand
    Paperboy root;

    @Option(names = "--week", paramLabel = "WEEK", description = "ISO week, e.g. 2026-W24; default: the last complete week.")
    String week;

    @Option(names = "--dry-run", description = "Write the issues to --out (default out/preview) without storing or sending.")
    boolean dryRun;

    @Option(names = "--out", paramLabel = "DIR", description = "Also write each mail sent here as .eml, .html and .txt.")
    Path out;

    @Option(names = "--from", paramLabel = "DATE",
            description = "With --dry-run: the seven days from DATE (YYYY-MM-DD, any weekday) instead of an ISO week.")
    LocalDate from;

    @Option(names = "--show", paramLabel = "ID", split = ",",
            description = "With --dry-run: also say where these arXiv ids stand in each topic's issue (section, place, scores).")
    List<String> show = List.of();

    @Override
    public void run() {
        try (GracefulStop stop = GracefulStop.install(); App app = new App(root.config())) {
            // SIGTERM: the mail on the wire is finished and marked, the rest stays queued, then the JVM exits
            stop.onSignal(app::stopSending, app.shutdownWait());
            if ((from != null || !show.isEmpty()) && !dryRun) {
                throw new IllegalArgumentException("--from and --show only preview: add --dry-run");
            }
            String w = from != null ? WeeklyIssues.week(from) : week != null ? week : WeeklyIssues.lastCompleteWeek(Instant.now());
            Tokens tokens = App.tokensFor(dryRun);
            Path preview = App.previewFolder(dryRun, out);
            WeeklyIssues weekly = app.weekly(tokens);
            WeeklyIssues.Report report = from != null ? weekly.preview(from, preview, System.out::println)
                    : weekly.make(w, s -> true, preview, System.out::println);
            List<WeeklyIssues.Placement> placed = weekly.placements(from != null ? from : WeeklyIssues.monday(w), show, report.editions());
            for (WeeklyIssues.Placement p : placed) {
                System.out.printf("%s  %s  %s: %s, place %d of %d, relevance %d, novelty %d%s%n", p.topic(), p.id(), p.title(),
                        p.section(), p.rank(), p.of(), p.relevance(), p.novelty(), p.filtered() ? ", filtered out" : "");
            }
            show.stream().filter(id -> placed.stream().noneMatch(p -> p.id().equals(org.paperboy.paper.ArxivId.parse(id).base())))
                    .forEach(id -> System.out.println(id + ": not among the papers any weekly topic covers this week"));
            System.out.printf("%s: %d weekly issues made, %d already made earlier%n", w, report.made(), report.alreadyMade());
            if (dryRun) {
                System.out.println("Dry run: nothing stored or sent. Open the issues in " + preview.toAbsolutePath());
                return;
            }
            if (stop.requested()) {
                System.out.println("Stopping: the %s made are queued and go out with the next run.".formatted("issues"));
                return;
            }
            Sending.sendQueued(app, out, "weekly");
        }
    }
}
