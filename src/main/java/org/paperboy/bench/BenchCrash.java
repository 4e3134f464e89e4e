package org.paperboy.bench;

import org.paperboy.app.App;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.paperboy.config.ConfigLoader;
import org.paperboy.deliver.DemoMailServer;
import org.paperboy.app.GracefulStop;
import org.paperboy.deliver.Mailer;
import org.paperboy.deliver.Outbox;
import org.paperboy.deliver.OutboxPolicy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "crash", mixinStandardHelpOptions = true,
        description = {"Measures crash safety: how many mails are lost or sent twice when the sender is killed.",
            "A separate JVM sends queued messages through the outbox to an SMTP server in this process and is killed with"
                + " SIGKILL at a random moment after its first message arrives, then restarted, --kills times, then allowed"
                + " to finish.",
            "It prints the recipients missing their message (must be 0) and the duplicates (at most one in-flight message"
                + " per kill that landed mid-send).",
            "With --signal term the sender is stopped with SIGTERM instead, as a service manager stops it: it must finish"
                + " the message on the wire and mark it, so there must be 0 duplicates and 0 rows left sending."})
final class BenchCrash implements Runnable {

    @Option(names = "--messages", defaultValue = "1000", description = "How many messages (default: ${DEFAULT-VALUE}).")
    int messages;

    @Option(names = "--kills", defaultValue = "20", description = "How many times to kill the sender (default: ${DEFAULT-VALUE}).")
    int kills;

    @Option(names = "--rate", defaultValue = "100", description = "Messages per second the sender is paced at, so kills land mid-run (default: ${DEFAULT-VALUE}).")
    int rate;

    @Option(names = "--data", defaultValue = "data/bench", description = "Folder for the throwaway database (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--signal", defaultValue = "kill",
            description = "kill (SIGKILL: a crash) or term (SIGTERM: a graceful stop) (default: ${DEFAULT-VALUE}).")
    String signal;

    @Override
    public void run() {
        boolean term = switch (signal.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "kill" -> false;
            case "term" -> true;
            default -> throw new IllegalArgumentException("--signal must be kill or term, not '" + signal + "'");
        };
        Path db = BenchSend.fresh(data, "crash.db");
        Random random = new Random(11);
        try (DemoMailServer sink = DemoMailServer.start()) {
            try (App app = new App(ConfigLoader.load(null, BenchSend.settings(db, sink.port())))) {
                BenchSend.seed(app, messages);
            }
            System.out.printf("%d messages queued; %s the sender %d times%n", messages, term ? "stopping (SIGTERM)" : "killing (SIGKILL)",
                    kills);
            int midSend = 0;
            int leftSending = 0;
            for (int k = 1; k <= kills; k++) {
                int before = sink.received();
                Process child = start(db, sink.port());
                // A kill counts only once the sender is sending: a JVM killed while starting (slow on a
                // busy machine) tests nothing.
                if (!awaitMail(sink, before, child)) {
                    System.out.printf("  run  %2d: the sender finished the queue before it could be killed%n", k);
                    break;
                }
                sleep(Duration.ofMillis(random.nextInt(500)));
                boolean alive = child.isAlive();
                long signalled = System.nanoTime();
                if (term) {
                    child.destroy();
                } else {
                    child.destroyForcibly();
                }
                waitFor(child);
                double exitMs = (System.nanoTime() - signalled) / 1e6;
                midSend += alive ? 1 : 0;
                int sending = sendingRows(db, sink.port());
                leftSending += sending;
                System.out.printf("  %s %2d: %4d received so far, %d row(s) left sending%s%s%n", term ? "stop" : "kill", k, sink.received(),
                        sending, term ? String.format(", exited %.0f ms after the signal", exitMs) : "",
                        alive ? "" : " (it had already finished)");
            }
            Process last = start(db, sink.port());
            waitFor(last);
            Map<String, Integer> perRecipient = new TreeMap<>();
            sink.recipients().forEach(r -> perRecipient.merge(r, 1, Integer::sum));
            long missing = messages - perRecipient.size();
            long duplicates = perRecipient.values().stream().mapToLong(n -> n - 1).sum();
            System.out.printf("%nrecipients: %d of %d got their message; missing: %d; duplicates: %d (bound: %s)%n",
                    perRecipient.size(), messages, missing, duplicates, term ? "0, a stopped sender marks what it sent"
                            : midSend + ", one per kill mid-send");
            System.out.printf("rows left sending after the %s: %d in all%s%n", term ? "stops" : "kills", leftSending,
                    term ? " (must be 0)" : " (re-sent by the next run)");
        }
    }

    /** Rows a stopped or killed sender left claimed and unmarked. */
    private static int sendingRows(Path db, int port) {
        try (App app = new App(ConfigLoader.load(null, BenchSend.settings(db, port)))) {
            return app.db().deliveryCounts().getOrDefault("sending", 0);
        }
    }

    private Process start(Path db, int port) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Child.class.getName(),
                "--db", db.toString(), "--smtp-port", String.valueOf(port), "--rate", String.valueOf(rate)));
        try {
            return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the sender JVM: " + e.getMessage(), e);
        }
    }

    /** Waits until a message arrives after {@code before}; false when the sender ended first. */
    private static boolean awaitMail(DemoMailServer sink, int before, Process child) {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (sink.received() <= before) {
            if (!child.isAlive()) {
                return false;
            }
            if (System.nanoTime() > deadline) {
                child.destroyForcibly();
                throw new IllegalStateException("the sender sent nothing in 2 minutes: run `./paperboy bench send` to see why");
            }
            sleep(Duration.ofMillis(5));
        }
        return true;
    }

    private static void waitFor(Process p) {
        try {
            if (!p.waitFor(10, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IllegalStateException("the sender did not finish within 10 minutes");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The sender the benchmark kills, a JVM of its own: one outbox run over the whole queue. */
    @Command(name = "crash-child", description = "The sender JVM that bench crash kills.")
    static final class Child implements Runnable {
        public static void main(String[] args) {
            System.exit(new picocli.CommandLine(new Child()).execute(args));
        }

        @Option(names = "--db", required = true)
        Path db;

        @Option(names = "--smtp-port", required = true)
        int port;

        @Option(names = "--rate", defaultValue = "100")
        int rate;

        @Override
        public void run() {
            try (GracefulStop stop = GracefulStop.install();
                 App app = new App(ConfigLoader.load(null, BenchSend.settings(db, port)));
                 Mailer mailer = app.smtpMailer()) {
                // Every row found in sending was left by a killed sender: no other node is running.
                OutboxPolicy policy = new OutboxPolicy(true, 1, rate, 0, 0, Duration.ofSeconds(1), Duration.ZERO);
                Outbox outbox = app.outbox(mailer).withPolicy(policy);
                stop.onSignal(outbox::stop, app.shutdownWait());
                outbox.run(5, Integer.MAX_VALUE, line -> { });
            }
        }
    }
}
