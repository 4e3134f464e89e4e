package org.paperboy.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paperboy.testkit.Forms.awaitMail;
import static org.paperboy.testkit.Forms.post;
import static org.paperboy.testkit.Forms.signUp;
import static org.paperboy.testkit.Forms.text;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.testkit.TestApps;
import org.paperboy.web.WebServer;

/** The confirmation mail is a delivery like every issue: queued, retried when the SMTP server is down, counted. */
class SignUpMailTest {

    @TempDir
    Path dir;

    @Test
    void aSignUpWhileTheSmtpServerIsDownIsQueuedAndSentOnceItIsBack() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        try (App app = TestApps.withMail(dir, port); WebServer web = TestApps.web(app, TestApps.tokens(),
                () -> "http://paperboy.example.org")) {
            String base = "http://127.0.0.1:" + web.port();
            HttpResponse<String> answer = post(base + "/subscribe", signUp(base, "ada@example.org", "Segmentation: segment anything"));
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.body()).contains("Check your inbox");
            assertThat(waitForRows(dir.resolve("paperboy.db"), "ada@example.org")).as("the confirmation is queued, not dropped")
                    .singleElement().satisfies(status -> assertThat(status).isIn("queued", "retry"));
            assertThat(app.db().deliveriesByIssue().keySet()).anyMatch(k -> k.startsWith("confirm "));

            GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            smtp.start();
            try {
                assertThat(app.send(100, null, line -> { }).sent()).isEqualTo(1);
                assertThat(text(awaitMail(smtp, 1))).contains("/confirm/");
                assertThat(rows(dir.resolve("paperboy.db"), "ada@example.org")).containsExactly("sent");
            } finally {
                smtp.stop();
            }
        }
    }

    /** The statuses of the delivery rows to {@code address}, once a send of its first row was tried and it is settled. */
    static List<String> waitForRows(Path db, String address) throws Exception {
        long deadline = System.nanoTime() + 15_000_000_000L;
        List<String> rows = rows(db, address, "claimed_at IS NOT NULL");
        while ((rows.isEmpty() || rows.contains("sending")) && System.nanoTime() < deadline) {
            Thread.sleep(50);
            rows = rows(db, address, "claimed_at IS NOT NULL");
        }
        return rows(db, address, "1 = 1");
    }

    static List<String> rows(Path db, String address) throws Exception {
        return rows(db, address, "1 = 1");
    }

    static List<String> rows(Path db, String address, String where) throws Exception {
        List<String> statuses = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             var q = c.prepareStatement("SELECT status FROM deliveries WHERE address = ? AND " + where + " ORDER BY id")) {
            q.setString(1, address);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    statuses.add(rs.getString(1));
                }
            }
        }
        return statuses;
    }
}
