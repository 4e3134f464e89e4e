package org.paperboy.bench;

import org.paperboy.app.App;
import org.paperboy.publish.Stages;
import org.paperboy.publish.DailyDigests;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.paperboy.config.ConfigLoader;
import org.paperboy.ingest.IngestReport;
import org.paperboy.ingest.JsonlSource;
import org.paperboy.paper.Paper;
import org.paperboy.store.ThrowawayDatabase;
import org.paperboy.subscriber.Subscriber;
import org.paperboy.subscriber.Tokens;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "pipeline", mixinStandardHelpOptions = true,
        description = "Runs real announcement days through ingest, embedding, scoring and composing, rendering and"
                + " storing with a queued delivery, for N generated readers, on a throwaway database (a fresh SQLite"
                + " file, or a fresh PostgreSQL schema with --store). Prints time and peak heap per stage, papers/s,"
                + " subscribers/s, the share of time spent embedding, and how scoring and rendering compare with it.")
final class BenchPipeline implements Runnable {

    /**
     * The stages in pipeline order. A digest run's readers are loaded ("load readers": the list of who is
     * due, then each chunk's readers and their history), their new criteria embedded ("embed criteria") and
     * their issues composed on a thread of their own, one chunk ahead of the run's thread, which renders
     * and packs the mail ("make issues"); a third thread stores it ("store+queue").
     */
    static final List<String> STAGES = List.of("ingest", "embed", "add readers", "load readers", "embed criteria", "make issues");
    /** A digest run from start to end: the stages from "load readers" on, on their three threads. */
    static final String DIGEST_RUN = "digest run";
    /** The parts of making the issues. */
    static final List<String> MAKING = List.of("score+compose", "render");

    @Option(names = "--subscribers", defaultValue = "1000", description = "Readers to generate (default: ${DEFAULT-VALUE}).")
    int subscribers;

    @Option(names = "--days", defaultValue = "1",
            description = "Consecutive listings from samples/, each followed by its digest (default: ${DEFAULT-VALUE}).")
    int days;

    @Option(names = "--listing", defaultValue = "samples/2026-06-09.jsonl.gz",
            description = "The first day's listing (default: ${DEFAULT-VALUE}, 570 papers).")
    Path listing;

    @Option(names = "--store", paramLabel = "URL", description = "jdbc:postgresql://host/db to measure on PostgreSQL"
            + " (with PAPERBOY_STORE_USER and PAPERBOY_STORE_PASSWORD); the run works in a schema of its own,"
            + " paperboy_bench unless the URL names one with currentSchema. Default: a SQLite file in --data.")
    String store;

    @Option(names = "--data", defaultValue = "data/bench", description = "Folder for the SQLite file (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--keep", description = "Keep the database afterwards (it is removed by default).")
    boolean keep;

    @Option(names = "--save", paramLabel = "FILE.csv", description = "Append the figures to this file (e.g. docs/bench/pipeline.csv).")
    Path save;

    @Option(names = "--chart", paramLabel = "FILE.png",
            description = "Draw every one-day run saved in --save (this one included) as a chart.")
    Path chart;

    @Option(names = "--seed", defaultValue = "7", description = "Seed of the generated readers (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public void run() {
        if (chart != null && save == null) {
            throw new IllegalArgumentException("--chart draws the runs saved with --save: give --save FILE.csv too");
        }
        List<Path> listings = listings();
        String url = store == null ? "jdbc:sqlite:" + data.resolve("bench.db") : withSchema(store);
        String user = System.getenv().getOrDefault("PAPERBOY_STORE_USER", "");
        String password = System.getenv().getOrDefault("PAPERBOY_STORE_PASSWORD", "");
        Map<String, String> settings = new HashMap<>(Map.of("PAPERBOY_STORE_URL", url));
        if (!user.isEmpty()) {
            settings.put("PAPERBOY_STORE_USER", user);
            settings.put("PAPERBOY_STORE_PASSWORD", password);
        }
        ThrowawayDatabase.open(url, user, password).close();
        double loadBefore = load();
        Stages stages = new Stages();
        HeapSampler sampler = new HeapSampler(stages);
        long start = System.nanoTime();
        int papers = 0;
        int digests = 0;
        long picked = 0;
        long[] stored = new long[2];
        String name;
        try (App app = new App(ConfigLoader.load(null, settings))) {
            name = app.db().isPostgreSQL() ? "postgresql" : "sqlite";
            BenchReaders generator = new BenchReaders(Path.of("subscribers"), Path.of("samples", "bench-topics"),
                    app.config().weekly(), samplePapers());
            List<Subscriber> readers = generator.generate(subscribers, seed);
            System.out.printf("%,d generated readers (topics from %d real topic texts), %d day(s) from %s, on %s%n",
                    subscribers, generator.topicTexts(), days, listings.get(0), name.equals("sqlite") ? url : store);
            start = System.nanoTime();
            stages.time("add readers", () -> {
                app.db().subscribers().upsertAll(readers);
                return null;
            });
            readers.clear();
            DailyDigests daily = app.digests(new Tokens(new SecureRandom().generateSeed(32)), "https://bench.example.org")
                    .timing(stages);
            for (Path file : listings) {
                IngestReport ingested = stages.time("ingest", () -> app.ingestor(line -> { }).ingest(new JsonlSource(file)));
                LocalDate day = LocalDate.parse(file.getFileName().toString().substring(0, 10));
                int embedded = stages.time("embed", () -> app.embeddings().embedNew(app.db().papers().announcedOn(day),
                        line -> System.out.println("  " + day + ": " + line)));
                System.out.printf("  %s: %,d papers stored, %,d embedded (%s)%n", day, ingested.stored(), embedded,
                        app.embeddings().model());
                int[] done = {0};
                long dbBefore = app.db().storedBytes();
                long mailBefore = app.db().mailBytes();
                DailyDigests.Report report = stages.time(DIGEST_RUN, () -> daily.make(day, s -> true, null, line -> {
                    if (++done[0] % Math.max(1, subscribers / 10) == 0) {
                        System.out.printf("  %s: %,d/%,d readers%n", day, done[0], subscribers);
                    }
                }));
                stored[0] += app.db().storedBytes() - dbBefore;
                stored[1] += app.db().mailBytes() - mailBefore;
                papers += ingested.stored();
                digests += report.made();
                picked += report.papersPicked();
            }
        } finally {
            sampler.stop();
            if (!keep) {
                ThrowawayDatabase.discard(url, user, password);
            }
        }
        double total = (System.nanoTime() - start) / 1e9;
        List<PipelineResults.Row> rows = report(stages, sampler, name, papers, digests, picked, total, loadBefore);
        System.out.printf("stored per reader-day: %,d bytes in the database (%,d KB for %,d digests: issues, their paper lists,"
                + " deliveries, indexes), of which %,d bytes of mail (packed bodies and the day's shared lines)%n",
                stored[0] / Math.max(1, digests), stored[0] >> 10, digests, stored[1] / Math.max(1, digests));
        if (save != null) {
            PipelineResults.append(save, rows);
            System.out.println("Figures added to " + save);
        }
        if (chart != null) {
            BenchChart.draw(PipelineResults.read(save), chart);
            System.out.println("Chart of the saved runs written to " + chart);
        }
    }

    private List<PipelineResults.Row> report(Stages stages, HeapSampler sampler, String name, int papers, int digests, long picked,
            double total, double loadBefore) {
        double loadAfter = load();
        String when = Instant.now().toString();
        long maxMb = Runtime.getRuntime().maxMemory() >> 20;
        Map<String, Long> nanos = stages.nanos();
        double composeWaited = nanos.getOrDefault("compose wait", 0L) / 1e9;
        double waited = nanos.getOrDefault("store wait", 0L) / 1e9;
        double digesting = nanos.getOrDefault(DIGEST_RUN, 0L) / 1e9;
        double staged = (nanos.getOrDefault("ingest", 0L) + nanos.getOrDefault("embed", 0L) + nanos.getOrDefault("add readers", 0L))
                / 1e9 + digesting;
        System.out.printf("%n%,d papers over %d day(s), %,d readers, %,d digests, %,d papers picked in all%n",
                papers, days, subscribers, digests, picked);
        // cpu seconds: processor time of the stage's own threads (embedding's model also runs on threads of its own)
        System.out.printf("%-16s %10s %7s %12s %14s %14s%n", "stage", "seconds", "share", "cpu seconds", "peak heap MB", "after GC MB");
        List<PipelineResults.Row> rows = new ArrayList<>();
        for (String stage : STAGES) {
            rows.add(line(stages, stage, stage, total, when, name, papers, digests, maxMb, loadAfter));
            if (stage.equals("make issues")) {
                for (String part : MAKING) {
                    rows.add(line(stages, part, "  " + part, total, when, name, papers, digests, maxMb, loadAfter));
                }
                System.out.printf("%-16s %10.2f %6.0f%%   (what the run's thread waited for composing; load readers, embed"
                        + " criteria and score+compose ran beside it, and make issues is render and packing each mail)%n",
                        "  compose wait", composeWaited, 100 * composeWaited / total);
                rows.add(new PipelineResults.Row(when, name, subscribers, days, papers, digests, "compose wait", composeWaited, 0, 0,
                        maxMb, loadAfter));
            }
        }
        rows.add(line(stages, "store+queue", "store+queue", total, when, name, papers, digests, maxMb, loadAfter));
        System.out.printf("%-16s %10.2f %6.0f%%   (of store+queue, what the run waited for; the rest ran beside it)%n",
                "  store wait", waited, 100 * waited / total);
        rows.add(new PipelineResults.Row(when, name, subscribers, days, papers, digests, "store wait", waited, 0, 0, maxMb, loadAfter));
        System.out.printf("%-16s %10.2f %6.0f%%   (the digest run took %.2f s of the total)%n", "other", total - staged,
                100 * (total - staged) / total, digesting);
        System.out.printf("%-16s %10.2f %7s %12s %14d %14d%n", "total", total, "", "", sampler.peak() >> 20, sampler.live() >> 20);
        rows.add(new PipelineResults.Row(when, name, subscribers, days, papers, digests, "total", total, sampler.peak() >> 20,
                sampler.live() >> 20, maxMb, loadAfter));
        double ingest = (nanos.getOrDefault("ingest", 0L) + nanos.getOrDefault("embed", 0L)) / 1e9;
        System.out.printf("papers/s (ingest + embed): %,.0f   subscribers/s (digests made per second of the digest run): %,.0f"
                + "   end to end: %,.0f digests/s%n", papers / ingest, digests / digesting, digests / total);
        double embedding = nanos.getOrDefault("embed", 0L) / 1e9;
        double busy = MAKING.stream().mapToLong(stage -> stages.cpu().getOrDefault(stage, 0L)).sum() / 1e9;
        System.out.printf("embedding: %.0f%% of the time; the digest run took %.2f times as long as embedding (%.1f s against"
                + " %.1f s; scoring and rendering took %.1f processor seconds of it)%n",
                100 * embedding / total, digesting / embedding, digesting, embedding, busy);
        System.out.printf("peak heap %d MB in use (%d MB after a collection) of at most %d MB; load average %.2f before,"
                + " %.2f after (%d cores)%n", sampler.peak() >> 20, sampler.live() >> 20, maxMb, loadBefore, loadAfter,
                Runtime.getRuntime().availableProcessors());
        return rows;
    }

    /** Prints one stage's line of the table and gives its row of the saved figures. */
    private PipelineResults.Row line(Stages stages, String stage, String label, double total, String when, String name,
            int papers, int digests, long maxMb, double loadAfter) {
        double s = stages.nanos().getOrDefault(stage, 0L) / 1e9;
        long peak = stages.peaks().getOrDefault(stage, 0L) >> 20;
        long live = stages.live().getOrDefault(stage, 0L) >> 20;
        System.out.printf("%-16s %10.2f %6.0f%% %12.2f %14s %14s%n", label, s, 100 * s / total,
                stages.cpu().getOrDefault(stage, 0L) / 1e9, peak == 0 ? "-" : String.valueOf(peak),
                live == 0 ? "-" : String.valueOf(live));
        return new PipelineResults.Row(when, name, subscribers, days, papers, digests, stage, s, peak, live, maxMb, loadAfter);
    }

    /** {@code days} consecutive listings from the samples folder, starting with --listing. */
    private List<Path> listings() {
        Path folder = listing.toAbsolutePath().getParent();
        List<Path> all = samples(folder);
        int first = all.indexOf(listing.toAbsolutePath().normalize());
        if (first < 0) {
            throw new IllegalArgumentException(listing + " is not a listing like 2026-06-09.jsonl.gz in " + folder);
        }
        if (days < 1 || first + days > all.size()) {
            throw new IllegalArgumentException("--days " + days + ": " + folder + " has " + (all.size() - first)
                    + " listing(s) from " + listing.getFileName() + " on");
        }
        return all.subList(first, first + days);
    }

    /** Every sample listing's papers: their authors are who generated readers follow. */
    private static List<Paper> samplePapers() {
        List<Paper> papers = new ArrayList<>();
        samples(Path.of("samples").toAbsolutePath()).forEach(f -> papers.addAll(new JsonlSource(f).fetch().papers()));
        return papers;
    }

    private static List<Path> samples(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().matches("\\d{4}-\\d{2}-\\d{2}\\.jsonl(\\.gz)?"))
                    .map(Path::normalize).sorted().toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot list the listings in " + folder, e);
        }
    }

    /** A PostgreSQL URL in the benchmark's own schema, so that it never wipes another's tables. */
    private static String withSchema(String url) {
        if (!url.startsWith("jdbc:postgresql:") || url.contains("currentSchema=")) {
            return url;
        }
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=paperboy_bench";
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
