package org.paperboy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.app.App;
import org.paperboy.bench.BenchSend;
import org.paperboy.config.ConfigLoader;
import org.paperboy.paper.AnnounceType;
import org.paperboy.paper.ArxivId;
import org.paperboy.paper.Paper;
import org.paperboy.testkit.PaperboyProcess;
import org.paperboy.testkit.TestApps;

/**
 * SIGTERM, as a service manager sends it, to the real `paperboy digest`, `weekly` and `serve` in JVMs of
 * their own while they are sending to a GreenMail server in this JVM, over a real SQLite file. Each must
 * finish the mail on the wire, mark it, put the rest back and exit: no reader gets a mail twice, and no
 * row is left in sending for a later run to send again. The tests are in two classes so that they can run
 * in two test JVMs at once.
 */
abstract class SigtermContract {

    static final int READERS = 400;
    static final LocalDate DAY = LocalDate.of(2026, 6, 9);

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path dir;
    Path db;
    final List<Process> started = new ArrayList<>();

    @BeforeEach
    void seed() {
        db = dir.resolve("paperboy.db");
        try (App app = new App(ConfigLoader.load(null, Map.of("PAPERBOY_STORE_URL", TestApps.sqlite(db))))) {
            // every reader's issue of the day is made and queued; the commands have only the sending left
            BenchSend.seed(app, READERS);
            app.db().papers().saveAll(List.of(new Paper(ArxivId.parse("2606.00001"), "A paper", List.of("A. Author"),
                    List.of("cs.CL"), "An abstract.", "", DAY, AnnounceType.NEW)));
        }
    }

    @AfterEach
    void stopAll() throws InterruptedException {
        for (Process p : started) {
            p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** Starts the command, signals it once mail is flowing, and checks what it left. */
    void stopMidSend(String name, Random random, String... command) throws Exception {
        int before = mail.getReceivedMessages().length;
        Process p = start(name, Map.of(), command);
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (mail.getReceivedMessages().length < before + 5) {
            assertThat(p.isAlive()).as(name + " ended before sending; see " + log(name)).isTrue();
            assertThat(System.nanoTime()).as(name + " sent nothing in 3 minutes; see " + log(name)).isLessThan(deadline);
            Thread.sleep(5);
        }
        Thread.sleep(random.nextInt(300));
        assertThat(p.isAlive()).as(name + " still sending when signalled").isTrue();
        long signalled = System.nanoTime();
        p.destroy();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as(name + " exits after SIGTERM").isTrue();
        System.out.printf("%s: SIGTERM after %d mails; exited %.0f ms later; %d received in all%n", name,
                mail.getReceivedMessages().length - before, (System.nanoTime() - signalled) / 1e6, mail.getReceivedMessages().length);
        assertThat(count("SELECT COUNT(*) FROM deliveries WHERE status = 'sending'")).as(name + ": rows left sending").isZero();
        assertThat(count("SELECT COUNT(*) FROM deliveries WHERE status = 'sent'")).as(name + ": every mail received is marked sent")
                .isEqualTo(mail.getReceivedMessages().length);
        assertThat(duplicates()).as(name + ": readers mailed twice").isEmpty();
    }

    /** A last run, unpaced and not signalled, must send exactly the mails still queued. */
    void finish(String name, String... command) throws Exception {
        Process p = start(name, Map.of("PAPERBOY_MAIL_MAX_PER_SECOND", "1000"), command);
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(mail.getReceivedMessages()).hasSize(READERS);
        assertThat(duplicates()).isEmpty();
        assertThat(count("SELECT COUNT(*) FROM deliveries WHERE status <> 'sent'")).isZero();
    }

    Process start(String name, Map<String, String> extra, String... args) throws Exception {
        Map<String, String> env = new HashMap<>(Map.of(
                "PAPERBOY_STORE_URL", "jdbc:sqlite:" + db,
                "PAPERBOY_MAIL_FROM_ADDRESS", "bench@paperboy.example.org",
                "PAPERBOY_MAIL_SMTP_HOST", "127.0.0.1",
                "PAPERBOY_MAIL_SMTP_PORT", String.valueOf(mail.getSmtp().getPort()),
                "PAPERBOY_MAIL_SMTP_SECURITY", "none",
                // paced, so that sending takes seconds and the signal lands mid-send
                "PAPERBOY_MAIL_MAX_PER_SECOND", "40",
                "PAPERBOY_SCHEDULE_CLUSTERED", "false",
                "PAPERBOY_SCHEDULE_DIGEST_CRON", "0/2 * * * * ?"));
        env.putAll(extra);
        Process p = PaperboyProcess.start(log(name), "512m", env, args);
        started.add(p);
        return p;
    }

    Path log(String name) {
        return dir.resolve(name + ".log");
    }

    private Map<String, Integer> duplicates() throws Exception {
        Map<String, Integer> perReader = new TreeMap<>();
        for (MimeMessage m : mail.getReceivedMessages()) {
            perReader.merge(m.getAllRecipients()[0].toString(), 1, Integer::sum);
        }
        perReader.values().removeIf(n -> n == 1);
        return perReader;
    }

    private int count(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
