package org.paperboy.app;

import org.paperboy.bench.BenchSend;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.config.ConfigLoader;
import org.paperboy.deliver.OutboxReport;

class ParallelSendTest {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path dir;

    @Test
    void severalConnectionsShareTheQueueAndSendEachMailOnce() throws Exception {
        Map<String, String> settings = new HashMap<>(BenchSend.settings(dir.resolve("p.db"), mail.getSmtp().getPort()));
        settings.put("PAPERBOY_MAIL_CONNECTIONS", "3");
        try (App app = new App(ConfigLoader.load(null, settings))) {
            BenchSend.seed(app, 60);
            OutboxReport report = app.send(10_000, null, line -> { });
            assertThat(report.sent()).isEqualTo(60);
            assertThat(app.db().deliveryCounts()).containsExactly(Map.entry("sent", 60));
        }
        assertThat(Arrays.stream(mail.getReceivedMessages()).map(m -> {
            try {
                return m.getAllRecipients()[0].toString();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).distinct().count()).isEqualTo(60);
        assertThat(mail.getReceivedMessages()).hasSize(60);
    }
}
