package org.paperboy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.paperboy.subscriber.ProfileFiles;
import org.paperboy.subscriber.Subscriber;
import picocli.CommandLine;

class CommandLineTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"", "demo", "serve", "ingest", "digest", "weekly", "eval", "bench", "bench pipeline", "bench send", "bench crash", "bench chart", "deliveries", "subscribers", "subscribers import", "subscribers list", "subscribers show", "backup"})
    void everyCommandExplainsItself(String command) {
        String[] args = Stream.concat(Stream.of(command.split(" ")).filter(a -> !a.isEmpty()), Stream.of("--help"))
                .toArray(String[]::new);
        Captured out = capture(() -> Paperboy.run(args));
        assertThat(out.code).isZero();
        assertThat(out.stdout).contains("Usage: paperboy").contains("--help");
    }

    @Test
    void everyCommandsSummaryInTheListIsAWholeSentence() {
        List<String> summaries = new java.util.ArrayList<>();
        collectSummaries(new CommandLine(new Paperboy()), summaries);
        assertThat(summaries).hasSizeGreaterThan(12).allSatisfy(s -> assertThat(s).matches("[A-Z].*[.)]"));
    }

    private static void collectSummaries(CommandLine command, List<String> into) {
        command.getSubcommands().values().forEach(sub -> {
            if (!sub.getCommandName().equals("help")) {
                into.add(sub.getCommandSpec().usageMessage().description()[0]);
                collectSummaries(sub, into);
            }
        });
    }

    @Test
    void theDemoRefusesATakenPortBeforeItTouchesTheEarlierDemo() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        Path earlier = Files.writeString(data.resolve("demo.db"), "the earlier demo's database");
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Captured run = capture(() -> Paperboy.run("demo", "--serve", "--port", String.valueOf(taken.getLocalPort()),
                    "--data", data.toString(), "--out", dir.resolve("out").toString()));
            assertThat(run.code).isEqualTo(1);
            assertThat(run.stderr).contains("port " + taken.getLocalPort() + " is taken").contains("--port");
        }
        assertThat(earlier).hasContent("the earlier demo's database");
    }

    @Test
    void theDemoRunsTheWholeWeekAndWritesEveryMail() throws Exception {
        Path out = dir.resolve("out");
        // The sample week cut to its first papers each day: the same run, with the model embedding less.
        Path samples = trimmedSamples(dir.resolve("samples"), 80);
        Captured run = capture(() -> Paperboy.run("demo", "--samples", samples.toString(), "--data", dir.resolve("data").toString(),
                "--out", out.toString()));
        assertThat(run.code).as(run.stdout).isZero();
        assertThat(run.stdout).contains("catch").contains("nobody is mailed twice").contains("Where to look")
                .contains("papers embedded").contains("vectors are read from").contains("catching up on 10 and 11 June 2026").contains(" sent");
        // sentences, not Java's printing of maps and lists
        assertThat(run.stdout).doesNotContainPattern("\\{\\w+=").doesNotContainPattern("\\[\\d{4}-");
        List<Path> eml;
        try (Stream<Path> files = Files.list(out)) {
            eml = files.filter(f -> f.toString().endsWith(".eml")).toList();
        }
        // Five sample days, one of them missed: four digests per daily reader, and one weekly issue each
        // for the readers who chose weekly or both; and the confirmation mail of the visitor who signs up.
        List<Subscriber> readers = ProfileFiles.loadDirectory(Path.of("subscribers"));
        long daily = readers.stream().filter(s -> s.profile().frequency().daily()).count();
        long weekly = readers.stream().filter(s -> s.profile().frequency().weekly()).count();
        assertThat(weekly).isPositive();
        assertThat(eml).hasSize((int) (4 * daily + weekly) + 1);
        assertThat(eml).filteredOn(f -> f.getFileName().toString().startsWith("visitor_example.org-")).singleElement()
                .satisfies(f -> assertThat(Files.readString(Path.of(f.toString().replace(".eml", ".txt")))).contains("/confirm/"));
        for (Path mail : eml) {
            String base = mail.toString().replaceAll("\\.eml$", "");
            assertThat(Path.of(base + ".html")).exists();
            assertThat(Path.of(base + ".txt")).exists();
        }
    }

    @Test
    void aFailingCommandSaysWhatToDoWithoutAStackTrace() {
        Captured run = capture(() -> Paperboy.run("ingest", "--from", "2026-06-08"));
        assertThat(run.code).isEqualTo(1);
        assertThat(run.stderr).contains("--from and --to go together").doesNotContain("at org.paperboy");
    }

    @Test
    void aDryRunPrintsTheProfileAsTheScorerReadsItAndStoresNothingAndShowPrintsItOnceStored() throws Exception {
        Path db = dir.resolve("readers.db");
        String config = Files.writeString(dir.resolve("paperboy.yaml"), "store:\n  url: jdbc:sqlite:" + db + "\n").toString();
        Path authors = Files.writeString(dir.resolve("authors.txt"), "Yann LeCun\n");
        // the rewrite that a topic name with commas and a closing list under its own sentence test
        String[] importing = {"--config", config, "subscribers", "import", "--paper-assistant",
            "src/test/resources/profiles/foundations-lists/2025-09-05.md", authors.toString(), "--email", "ada@example.org"};

        Captured dry = capture(() -> Paperboy.run(Stream.concat(Stream.of(importing), Stream.of("--dry-run")).toArray(String[]::new)));
        assertThat(dry.code).as(dry.stderr).isZero();
        assertThat(dry.stdout).contains("name: \"High performance computing, distributed training, and memory for large models\"")
                .contains("- knowledge graphs").contains("# as the scorer reads it:")
                .contains("Leave out: reinforcement learning | transfer learning").contains("nothing was stored");
        assertThat(db).doesNotExist();

        assertThat(capture(() -> Paperboy.run(importing)).code).isZero();
        Captured show = capture(() -> Paperboy.run("--config", config, "subscribers", "show", "ada@example.org"));
        assertThat(show.code).as(show.stderr).isZero();
        String profile = dry.stdout.substring(0, dry.stdout.indexOf("Would import"));
        assertThat(show.stdout).startsWith("# subscriber 1, ").endsWith(profile);

        Captured unknown = capture(() -> Paperboy.run("--config", config, "subscribers", "show", "bob@example.org"));
        assertThat(unknown.code).isEqualTo(1);
        assertThat(unknown.stderr).contains("no subscriber with the address bob@example.org").contains("subscribers list");
    }

    /** Each sample listing's first {@code papers} lines, under the same file names. */
    static Path trimmedSamples(Path into, int papers) throws java.io.IOException {
        Files.createDirectories(into);
        try (Stream<Path> files = Files.list(Path.of("samples"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".jsonl.gz")).toList()) {
                try (var in = new java.io.BufferedReader(new java.io.InputStreamReader(
                             new java.util.zip.GZIPInputStream(Files.newInputStream(f)), StandardCharsets.UTF_8));
                     var outFile = new java.io.PrintWriter(new java.io.OutputStreamWriter(
                             new java.util.zip.GZIPOutputStream(Files.newOutputStream(into.resolve(f.getFileName()))),
                             StandardCharsets.UTF_8))) {
                    in.lines().limit(papers).forEach(outFile::println);
                }
            }
        }
        // the sample papers' vectors, as the demo ships them
        Files.copy(Path.of("samples", DemoCommand.VECTORS), into.resolve(DemoCommand.VECTORS));
        return into;
    }

    record Captured(int code, String stdout, String stderr) {
    }

    static Captured capture(java.util.function.IntSupplier command) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
        try {
            int code = command.getAsInt();
            return new Captured(code, stdout.toString(StandardCharsets.UTF_8), stderr.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }
}
