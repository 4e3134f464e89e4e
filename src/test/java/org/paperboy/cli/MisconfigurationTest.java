package org.paperboy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.app.App;
import org.paperboy.bench.BenchSend;
import org.paperboy.config.ConfigLoader;
import org.paperboy.paper.AnnounceType;
import org.paperboy.paper.ArxivId;
import org.paperboy.paper.Paper;
import org.paperboy.testkit.PaperboyProcess;

/**
 * Mistakes an operator makes that used to pass in silence, each tried on the real command in a JVM of its
 * own: each must end with a non-zero exit and a message that names the setting and what to do.
 */
class MisconfigurationTest {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path dir;

    @Test
    void aConfigFileThatDoesNotExistIsAnErrorNotTheDefaults() throws Exception {
        Run run = run(Map.of(), "--config", dir.resolve("paperboy.yml").toString(), "digest");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.log()).contains("config file " + dir.resolve("paperboy.yml") + " does not exist")
                .contains("leave --config out");
    }

    @Test
    void aMisspeltVariableIsRefusedWithTheNameItMeant() throws Exception {
        Run run = run(Map.of("PAPERBOY_MAIL_SMTP_HOSTNAME", "smtp.example.org"), "check");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.log()).contains("unknown environment variable PAPERBOY_MAIL_SMTP_HOSTNAME")
                .contains("did you mean PAPERBOY_MAIL_SMTP_HOST?");
    }

    @Test
    void serveRefusesToStartWithoutAnOperatorAddressAndSaysWhatElseIsWrong() throws Exception {
        Run run = run(Map.of("PAPERBOY_INGEST_OPERATOR_EMAIL", "", "PAPERBOY_STORE_URL", "jdbc:sqlite:" + dir.resolve("p.db")),
                "serve");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.log()).contains("error: ingest.operator_email is empty").contains("PAPERBOY_INGEST_OPERATOR_EMAIL")
                .contains("warning: web.base_url is http://localhost:8080").contains("warning: mail.from_address is 'paperboy@localhost'")
                .contains("not starting").doesNotContain("Paperboy is serving");
    }

    @Test
    void checkPassesOnlyWhenEverythingItChecksIsInOrder() throws Exception {
        Run defaults = run(Map.of("PAPERBOY_MAIL_SMTP_PORT", String.valueOf(closedPort())), "check");
        assertThat(defaults.exit()).isEqualTo(1);
        assertThat(defaults.log()).contains("warning: web.base_url").contains("warning: mail.from_address")
                .contains("warning: the SMTP server localhost:").contains("does not answer")
                .contains("0 error(s), 3 warning(s)");

        Run ready = run(Map.of("PAPERBOY_WEB_BASE_URL", "https://paperboy.example.org",
                "PAPERBOY_MAIL_FROM_ADDRESS", "digest@paperboy.example.org",
                "PAPERBOY_MAIL_SMTP_HOST", "127.0.0.1",
                "PAPERBOY_MAIL_SMTP_PORT", String.valueOf(mail.getSmtp().getPort())), "check");
        assertThat(ready.exit()).as(ready.log()).isZero();
        assertThat(ready.log()).contains("Everything checked is in order.");
    }

    @Test
    void digestExitsNonZeroWhenTheMailServerIsDownAndKeepsTheMailQueued() throws Exception {
        Path db = dir.resolve("paperboy.db");
        try (App app = new App(ConfigLoader.load(null, Map.of("PAPERBOY_STORE_URL", "jdbc:sqlite:" + db)))) {
            BenchSend.seed(app, 3);
            app.db().papers().saveAll(List.of(new Paper(ArxivId.parse("2606.00001"), "A paper", List.of("A. Author"),
                    List.of("cs.CL"), "An abstract.", "", SigtermTest.DAY, AnnounceType.NEW)));
        }
        Run run = run(Map.of("PAPERBOY_STORE_URL", "jdbc:sqlite:" + db,
                "PAPERBOY_MAIL_FROM_ADDRESS", "digest@paperboy.example.org",
                "PAPERBOY_MAIL_SMTP_HOST", "127.0.0.1",
                "PAPERBOY_MAIL_SMTP_PORT", String.valueOf(closedPort()),
                "PAPERBOY_MAIL_SMTP_SECURITY", "none"), "digest", "--date", SigtermTest.DAY.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.log()).contains("the mail did not go out").contains("Nothing is lost").contains("paperboy digest");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             ResultSet rs = c.createStatement().executeQuery("SELECT status, COUNT(*) FROM deliveries GROUP BY status")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1) + " " + rs.getInt(2)).isEqualTo("queued 3");
            assertThat(rs.next()).as("every mail is still queued").isFalse();
        }
    }

    private record Run(int exit, String log) {
    }

    private Run run(Map<String, String> settings, String... args) throws Exception {
        Path log = Files.createTempFile(dir, "run", ".log");
        Process p = PaperboyProcess.start(log, "512m", new HashMap<>(settings), args);
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).as("the command ends; see " + log).isTrue();
        return new Run(p.exitValue(), Files.readString(log));
    }

    private static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
