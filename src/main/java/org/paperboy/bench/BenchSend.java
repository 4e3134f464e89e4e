package org.paperboy.bench;

import org.paperboy.app.App;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.paperboy.config.ConfigLoader;
import org.paperboy.deliver.BareSmtpLoop;
import org.paperboy.deliver.DemoMailServer;
import org.paperboy.deliver.OutboxReport;
import org.paperboy.deliver.OutgoingMail;
import org.paperboy.issue.NewIssue;
import org.paperboy.subscriber.Frequency;
import org.paperboy.subscriber.Profile;
import org.paperboy.subscriber.Status;
import org.paperboy.subscriber.Subscriber;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "send", mixinStandardHelpOptions = true,
        description = {"Measures messages per second through the whole outbox against a bare Angus Mail loop.",
            "The outbox path covers SQLite rows, claim, build, SMTP and mark sent; the bare loop sends the same messages"
                + " prebuilt over the same number of connections; both go to an SMTP server inside the process, and their"
                + " ratio is printed."})
public final class BenchSend implements Runnable {

    @Option(names = "--messages", defaultValue = "2000", description = "How many messages (default: ${DEFAULT-VALUE}).")
    int messages;

    @Option(names = "--connections", defaultValue = "1",
            description = "SMTP connections in parallel, for both paths (default: ${DEFAULT-VALUE}).")
    int connections;

    @Option(names = "--data", defaultValue = "data/bench", description = "Folder for the throwaway database (default: ${DEFAULT-VALUE}).")
    Path data;

    @Override
    public void run() {
        Path db = fresh(data, "send.db");
        try (DemoMailServer sink = DemoMailServer.start();
             App app = new App(ConfigLoader.load(null, settings(db, sink.port(), connections)))) {
            System.out.println("queueing " + messages + " messages...");
            List<OutgoingMail> same = seed(app, messages);
            // The bare loop runs before and after the outbox and the two are averaged, so neither path
            // gains from the server having warmed up (its mailboxes exist after the first pass).
            Duration before = BareSmtpLoop.send(sink.settings(), same, connections);
            long start = System.nanoTime();
            OutboxReport report = app.send(messages, null, line -> { });
            double outbox = report.sent() / ((System.nanoTime() - start) / 1e9);
            Duration after = BareSmtpLoop.send(sink.settings(), same, connections);
            double loop = same.size() / (before.plus(after).toNanos() / 2e9);
            System.out.printf("connections:     %d%n", connections);
            System.out.printf("outbox path:    %d messages, %.0f messages/s%n", report.sent(), outbox);
            System.out.printf("bare Angus loop: %d messages, %.0f messages/s%n", same.size(), loop);
            System.out.printf("ratio:          %.0f%% of the bare loop%n", 100 * outbox / loop);
        }
    }

    public static Map<String, String> settings(Path db, int smtpPort) {
        return settings(db, smtpPort, 1);
    }

    public static Map<String, String> settings(Path db, int smtpPort, int connections) {
        return Map.of(
                "PAPERBOY_MAIL_CONNECTIONS", String.valueOf(Math.max(1, connections)),
                "PAPERBOY_STORE_URL", "jdbc:sqlite:" + db,
                "PAPERBOY_MAIL_SMTP_HOST", "127.0.0.1",
                "PAPERBOY_MAIL_SMTP_PORT", String.valueOf(smtpPort),
                "PAPERBOY_MAIL_SMTP_SECURITY", "none",
                "PAPERBOY_MAIL_MAX_PER_SECOND", "0",
                "PAPERBOY_MAIL_FROM_ADDRESS", "bench@paperboy.example.org");
    }

    /** One issue and one queued delivery per reader; returns the same mails, for the bare loop. */
    public static List<OutgoingMail> seed(App app, int n) {
        Profile profile = new Profile(List.of(), List.of("Nobody"), List.of(), List.of(), List.of(), 10, 7, null, Frequency.DAILY);
        String html = "<html><body>" + "<p>A paper you might like, with its abstract.</p>".repeat(40) + "</body></html>";
        String text = "A paper you might like, with its abstract.\n".repeat(40);
        List<OutgoingMail> mails = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Subscriber s = app.db().subscribers().upsert(new Subscriber(0, "reader" + i + "@bench.example.org", "", Status.ACTIVE, profile));
            String id = "bench." + i + "@paperboy.example.org";
            String unsubscribe = "https://bench.example.org/unsubscribe/" + i;
            app.db().issues().save(new NewIssue(NewIssue.DAILY, s.id(), s.email(), java.time.LocalDate.of(2026, 6, 9),
                    java.time.LocalDate.of(2026, 6, 9), "Paperboy daily · bench " + i, html, text, List.of(), id, unsubscribe));
            mails.add(new OutgoingMail(app.mailingList(), s.email(), "Paperboy daily · bench " + i, html, text, "bare." + id, unsubscribe));
        }
        return mails;
    }

    static Path fresh(Path dir, String name) {
        try {
            Files.createDirectories(dir);
            for (String suffix : List.of("", "-wal", "-shm")) {
                Files.deleteIfExists(dir.resolve(name + suffix));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot prepare " + dir, e);
        }
        return dir.resolve(name);
    }
}
