package org.paperboy.cli;

import org.paperboy.app.App;
import org.paperboy.publish.WeeklyIssues;
import org.paperboy.publish.Ingestion;
import org.paperboy.publish.DailyDigests;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import java.util.function.Consumer;
import org.paperboy.config.Config;
import org.paperboy.config.ConfigLoader;
import org.paperboy.deliver.DeliveryCounts;
import org.paperboy.deliver.DemoMailServer;
import org.paperboy.embed.KnownVectors;
import org.paperboy.embed.MiniLmEmbedder;
import org.paperboy.ingest.IngestReport;
import org.paperboy.score.TextEmbedder;
import org.paperboy.subscriber.ProfileFiles;
import org.paperboy.subscriber.Subscriber;
import org.paperboy.subscriber.Tokens;
import org.paperboy.web.Health;
import org.paperboy.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Runs the whole pipeline on embedded defaults, touching nothing outside this folder.",
            "It uses a fresh SQLite file (data/demo.db), the real arXiv listings in samples/, the profiles in subscribers/"
                + " and an SMTP server inside the process.",
            "It replays the sample week day by day, with the service 'down' on the third day so that the next digest"
                + " catches up, and writes every mail to out/.",
            "With PAPERBOY_WEB_ADMIN_PASSWORD set, its web server also shows /admin and /metrics."})
final class DemoCommand implements Runnable {

    /** The sample papers' vectors, in the samples folder, made by {@code mvn test -Dtest=SampleVectorsTest -Dpaperboy.writeSampleVectors=true}. */
    static final String VECTORS = "vectors.bin.gz";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    @Option(names = "--samples", paramLabel = "DIR", description = "Folder of daily JSONL listings (default: ${DEFAULT-VALUE}).")
    Path samples = Path.of("samples");

    @Option(names = "--subscribers", paramLabel = "DIR", description = "Folder of profiles (default: ${DEFAULT-VALUE}).")
    Path subscribers = Path.of("subscribers");

    @Option(names = "--out", paramLabel = "DIR", description = "Where the mails are written (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("out");

    @Option(names = "--data", paramLabel = "DIR", description = "Where the demo database goes (default: ${DEFAULT-VALUE}).")
    Path data = Path.of("data");

    @Option(names = "--outage-day", paramLabel = "N",
            description = "Which sample day (1-based) the service is down on; 0 for none (default: ${DEFAULT-VALUE}).")
    int outageDay = 3;

    @Option(names = "--serve", description = "Keep the web server running afterwards so the links in the mails work.")
    boolean serve;

    @Option(names = "--port", paramLabel = "PORT",
            description = "The web server's port (default: 8080 with --serve, or a free port when 8080 is taken).")
    Integer port;

    @Override
    public void run() {
        long start = System.nanoTime();
        // Everything that can stop the demo is checked before the earlier demo's files are removed.
        List<Path> days = listings();
        List<Subscriber> profiles = ProfileFiles.loadDirectory(subscribers);
        int webPort = DemoChecks.choose(port, serve);
        DemoChecks.writable(data);
        DemoChecks.writable(out);
        Path db = data.resolve("demo.db");
        Tokens tokens = new Tokens(new SecureRandom().generateSeed(32));
        try (DemoMailServer smtp = DemoMailServer.start()) {
            Map<String, String> settings = Map.of(
                    "PAPERBOY_STORE_URL", "jdbc:sqlite:" + db,
                    "PAPERBOY_OUT_DIR", out.toString(),
                    "PAPERBOY_SCORING_CACHE_DIR", data.resolve("cache").toString(),
                    "PAPERBOY_MAIL_FROM_NAME", "Paperboy demo",
                    "PAPERBOY_MAIL_SMTP_HOST", "127.0.0.1",
                    "PAPERBOY_MAIL_SMTP_PORT", String.valueOf(smtp.port()),
                    "PAPERBOY_MAIL_SMTP_SECURITY", "none");
            clean(db);
            AtomicReference<String> publicBase = new AtomicReference<>("");
            String admin = System.getenv().getOrDefault("PAPERBOY_WEB_ADMIN_PASSWORD", "");
            Config config = ConfigLoader.load(null, settings);
            try (App app = new App(config, knownVectors(config));
                 WebServer web = app.web("127.0.0.1", webPort, tokens, publicBase::get, app.signUps(tokens, publicBase::get),
                         Health.database(app.db()::isUp), admin, () -> app.health(() -> null).adminPage())) {
                String base = "http://localhost:" + web.port();
                publicBase.set(base);
                replay(app, app.digests(tokens, base), days, profiles);
                weekly(app, app.weekly(tokens, base), dayOf(days.get(days.size() - 1)));
                summary(app, smtp, start);
                signUp(app, tokens, publicBase::get);
                if (serve) {
                    System.out.println("Serving the links on http://localhost:" + web.port() + " - stop with Ctrl-C.");
                    awaitInterrupt();
                }
            }
        }
    }

    /**
     * The sample papers' vectors, when samples/ ships them (vectors.bin.gz, written by the same model),
     * in front of the model; null to embed everything with the model.
     */
    private TextEmbedder knownVectors(Config config) {
        Path file = samples.resolve(VECTORS);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        KnownVectors known = KnownVectors.read(file, MiniLmEmbedder.MODEL, () -> new MiniLmEmbedder(Path.of(config.scoring().cacheDir())));
        System.out.printf("The sample papers' vectors are read from %s (%,d, made by %s); the readers' interests are embedded now.%n",
                file, known.size(), known.model());
        return known;
    }

    private void replay(App app, DailyDigests digests, List<Path> days, List<Subscriber> profiles) {
        System.out.println("Paperboy demo: " + days.size() + " days of real arXiv listings, " + profiles.size() + " readers");
        profiles.forEach(app.db().subscribers()::upsert);
        Ingestion ingestion = app.ingestion(embeddingProgress());
        for (int i = 0; i < days.size(); i++) {
            LocalDate day = dayOf(days.get(i));
            IngestReport ingested = ingestion.file(days.get(i));
            System.out.printf("%n%s  ingested %d papers (%d in the listing)%n", DAY.format(day), ingested.stored(), ingested.fetched());
            if (i + 1 == outageDay) {
                System.out.println("  Paperboy is down today (simulated): no digests go out; tomorrow's catch up.");
                continue;
            }
            DailyDigests.Report made = digests.make(day, s -> true, null, line -> System.out.println("  " + line));
            System.out.println("  " + app.send(10_000, null, line -> { }).summary());
            if (i == days.size() - 1) {
                DailyDigests.Report again = digests.make(day, s -> true, null, line -> { });
                System.out.printf("  Running %s again: %d new digests, %d already made - nobody is mailed twice.%n",
                        day, again.made(), again.alreadyMade());
            }
        }
    }

    /** After the week's last listing, the weekly breakthroughs for readers who chose weekly or both. */
    private static void weekly(App app, WeeklyIssues weekly, LocalDate lastDay) {
        String week = WeeklyIssues.week(lastDay);
        System.out.printf("%nMon %s  weekly breakthroughs for %s%n", DAY.format(WeeklyIssues.monday(week).plusWeeks(1)).substring(4), week);
        WeeklyIssues.Report report = weekly.make(week, s -> true, null, line -> System.out.println("  " + line));
        System.out.println("  " + report.made() + (report.made() == 1 ? " weekly issue" : " weekly issues") + " made; "
                + app.send(10_000, null, line -> { }).summary());
    }

    private void summary(App app, DemoMailServer smtp, long start) {
        Map<String, Integer> perReader = new TreeMap<>();
        smtp.recipients().forEach(r -> perReader.merge(r, 1, Integer::sum));
        List<String> each = new ArrayList<>();
        perReader.forEach((reader, n) -> each.add(n + " to " + reader));
        System.out.println();
        System.out.println("Summary");
        System.out.printf("  papers stored:       %d%n", app.db().papers().count());
        System.out.printf("  readers:             %d%n", app.db().subscribers().all().size());
        System.out.printf("  mails delivered:     %d over SMTP (port %d): %s%n", smtp.recipients().size(), smtp.port(),
                String.join(", ", each));
        System.out.printf("  deliveries:          %s%n", DeliveryCounts.describe(app.db().deliveryCounts()));
        System.out.printf("  time:                %.1f s%n", Duration.ofNanos(System.nanoTime() - start).toMillis() / 1000.0);
        System.out.println();
        System.out.println("Where to look");
        System.out.println("  " + out.toAbsolutePath() + "/  every mail as .html (open in a browser), .txt and .eml (open in a mail program)");
        System.out.println("  " + data.resolve("demo.db") + "  the SQLite database (papers, subscribers, issues, deliveries)");
        if (!serve) {
            System.out.println("  The unsubscribe and preferences links point at this run's web server, now stopped;");
            System.out.println("  run the demo with --serve to keep it running and click them.");
        }
    }

    /** The model's progress, a line every few seconds, and the count when a day is done. */
    private static Consumer<String> embeddingProgress() {
        long[] last = {System.nanoTime()};
        return line -> {
            boolean done = line.contains("papers embedded");
            if (done || (line.contains("embedded ") && System.nanoTime() - last[0] > 3_000_000_000L)) {
                System.out.println("  " + line.strip());
                last[0] = System.nanoTime();
            }
        };
    }

    /** A visitor signs up: the confirmation mail goes through the outbox and lands in out/ like every mail. */
    private void signUp(App app, Tokens tokens, java.util.function.Supplier<String> base) {
        String visitor = "visitor@example.org";
        var answer = app.signUps(tokens, base).subscribe(Map.of("email", visitor, "name", "A visitor", "topics",
                "Retrieval-augmented generation: retrieval, RAG, grounding", "frequency", "daily", "hour", "7", "zone", "UTC"));
        if (!answer.problems().isEmpty()) {
            throw new IllegalStateException("the demo's sign-up was refused: " + answer.problems());
        }
        app.awaitSignUpMail();
        System.out.println();
        System.out.println("A visitor signs up on the web: the confirmation mail went through the outbox like the digests");
        System.out.println("  " + out.toAbsolutePath() + "/" + visitor.replaceAll("[^a-z0-9.-]", "_") + "-*.html  (and .txt, .eml)");
    }

    private List<Path> listings() {
        try (Stream<Path> files = Files.list(samples)) {
            List<Path> days = new ArrayList<>(files.filter(f -> f.getFileName().toString().matches("\\d{4}-\\d{2}-\\d{2}\\.jsonl(\\.gz)?"))
                    .sorted().toList());
            if (days.isEmpty()) {
                throw new IllegalStateException("no listings like 2026-06-08.jsonl.gz in " + samples.toAbsolutePath()
                        + ": run the demo from the Paperboy folder or pass --samples DIR");
            }
            return days;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the sample folder " + samples.toAbsolutePath(), e);
        }
    }

    private static LocalDate dayOf(Path listing) {
        return LocalDate.parse(listing.getFileName().toString().substring(0, 10));
    }

    /** Starts from nothing each time: the demo database and the mails of an earlier demo. */
    private void clean(Path db) {
        try {
            for (String suffix : List.of("", "-wal", "-shm")) {
                Files.deleteIfExists(Path.of(db + suffix));
            }
            if (Files.isDirectory(out)) {
                try (Stream<Path> old = Files.list(out)) {
                    for (Path f : old.filter(f -> f.toString().matches(".*\\.(eml|html|txt)$")).toList()) {
                        Files.delete(f);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear the earlier demo's files: " + e.getMessage(), e);
        }
    }

    private static void awaitInterrupt() {
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
        try {
            stop.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
