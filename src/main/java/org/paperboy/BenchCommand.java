package org.paperboy;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.paperboy.config.ConfigLoader;
import org.paperboy.ingest.IngestReport;
import org.paperboy.paper.Paper;
import org.paperboy.subscriber.Frequency;
import org.paperboy.subscriber.Profile;
import org.paperboy.subscriber.ProfileFiles;
import org.paperboy.subscriber.Status;
import org.paperboy.subscriber.Subscriber;
import org.paperboy.subscriber.Tokens;
import org.paperboy.subscriber.Topic;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measurements that print figures.",
        subcommands = {BenchCommand.Pipeline.class, BenchSend.class, BenchCrash.class, BenchCrash.Child.class})
final class BenchCommand implements Runnable {

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    @Command(name = "pipeline", mixinStandardHelpOptions = true,
            description = {"Runs one real announcement day through ingest, scoring and composing, rendering and",
                "storing with a queued delivery, for N generated readers (topics from subscribers/, real author",
                "names from the listing), on a fresh SQLite file. Prints time per stage and peak heap."})
    static final class Pipeline implements Runnable {

        @Option(names = "--subscribers", defaultValue = "1000", description = "Readers to generate (default: ${DEFAULT-VALUE}).")
        int subscribers;

        @Option(names = "--listing", defaultValue = "samples/2026-06-09.jsonl.gz",
                description = "The day's listing (default: ${DEFAULT-VALUE}).")
        Path listing;

        @Option(names = "--data", defaultValue = "data/bench", description = "Folder for the throwaway database (default: ${DEFAULT-VALUE}).")
        Path data;

        @Override
        public void run() {
            try {
                Files.createDirectories(data);
                for (String suffix : List.of("", "-wal", "-shm")) {
                    Files.deleteIfExists(data.resolve("bench.db" + suffix));
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            resetPeaks();
            long start = System.nanoTime();
            try (App app = new App(ConfigLoader.load(null, Map.of("PAPERBOY_STORE_URL", "jdbc:sqlite:" + data.resolve("bench.db"))))) {
                Stages stages = new Stages();
                IngestReport ingested = stages.time("ingest", () -> new Ingestion(app, line -> { }).file(listing));
                List<Paper> papers = app.db.papers().announcedBetween(LocalDate.of(1991, 1, 1), LocalDate.of(9999, 12, 31));
                LocalDate day = papers.get(0).announced();
                stages.time("add readers", () -> {
                    generate(subscribers, papers).forEach(app.db.subscribers()::upsert);
                    return null;
                });
                DailyDigests digests = app.digests(new Tokens(new SecureRandom().generateSeed(32)), "https://bench.example.org")
                        .timing(stages);
                int[] done = {0};
                DailyDigests.Report report = digests.make(day, s -> true, null, line -> {
                    if (++done[0] % Math.max(1, subscribers / 10) == 0) {
                        System.out.printf("  %d/%d readers%n", done[0], subscribers);
                    }
                });
                double total = (System.nanoTime() - start) / 1e9;
                System.out.printf("%n%d papers (%s), %d readers, %d digests, %d papers picked in all%n",
                        ingested.stored(), day, subscribers, report.made(), report.papersPicked());
                System.out.printf("%-16s %10s %8s%n", "stage", "seconds", "share");
                stages.nanos().forEach((stage, nanos) -> System.out.printf("%-16s %10.2f %7.0f%%%n", stage, nanos / 1e9,
                        100 * nanos / 1e9 / total));
                System.out.printf("%-16s %10.2f%n", "total", total);
                System.out.printf("readers/s: %.0f   peak heap: %d MB (max %d MB)%n", subscribers / total,
                        peakHeapBytes() >> 20, Runtime.getRuntime().maxMemory() >> 20);
            }
        }

        /** Varied readers: topics drawn from the example profiles, followed authors from the listing itself. */
        static List<Subscriber> generate(int n, List<Paper> papers) {
            List<Topic> topics = new ArrayList<>();
            ProfileFiles.loadDirectory(Path.of("subscribers")).forEach(s -> topics.addAll(s.profile().topics()));
            List<String> authors = papers.stream().flatMap(p -> p.authors().stream()).distinct().toList();
            List<String> zones = List.of("UTC", "Europe/Berlin", "America/New_York", "Asia/Tokyo", "America/Los_Angeles");
            Random random = new Random(7);
            List<Subscriber> readers = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                Set<Topic> chosen = new LinkedHashSet<>();
                for (int k = 0; k < 1 + random.nextInt(3); k++) {
                    chosen.add(topics.get(random.nextInt(topics.size())));
                }
                List<String> follow = new ArrayList<>();
                for (int k = 0; k < random.nextInt(4); k++) {
                    follow.add(authors.get(random.nextInt(authors.size())));
                }
                Profile profile = new Profile(List.copyOf(chosen), follow, List.of(), List.of(), List.of(),
                        5 + random.nextInt(26), random.nextInt(24), ZoneId.of(zones.get(random.nextInt(zones.size()))),
                        Frequency.DAILY);
                readers.add(new Subscriber(0, "reader" + i + "@bench.example.org", "Reader " + i, Status.ACTIVE, profile));
            }
            return readers;
        }

        private static void resetPeaks() {
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        }

        private static long peakHeapBytes() {
            return ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP)
                    .mapToLong(p -> p.getPeakUsage().getUsed())
                    .sum();
        }
    }
}
