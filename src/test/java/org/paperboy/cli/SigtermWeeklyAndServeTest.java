package org.paperboy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** SIGTERM to `paperboy weekly` and `serve` while they send; `serve` refusing a mail setting it cannot use. */
class SigtermWeeklyAndServeTest extends SigtermContract {

    @Test
    void sigtermToWeeklyAndServeMidSendLeavesNoDuplicateAndNoRowSending() throws Exception {
        Random random = new Random(21);
        stopMidSend("weekly", random, "weekly", "--week", "2026-W24");
        stopMidSend("serve", random, "serve");
        finish("digest-last", "digest", "--date", DAY.toString());
    }

    @Test
    void serveRefusesToStartWithAnSmtpSecurityItCannotUse() throws Exception {
        Process p = start("bad-security", Map.of("PAPERBOY_MAIL_SMTP_SECURITY", "bogus"), "serve");
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("serve must stop at once, not run with a setting no mail can go with").isTrue();
        assertThat(p.exitValue()).isNotZero();
        assertThat(Files.readString(log("bad-security"))).contains("mail.smtp.security").contains("bogus");
    }
}
