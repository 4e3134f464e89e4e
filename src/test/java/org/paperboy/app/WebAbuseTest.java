package org.paperboy.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paperboy.testkit.Forms.csrf;
import static org.paperboy.testkit.Forms.get;
import static org.paperboy.testkit.Forms.post;
import static org.paperboy.testkit.Forms.signUp;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.subscriber.Status;
import org.paperboy.testkit.Forms;
import org.paperboy.testkit.TestApps;
import org.paperboy.web.WebServer;

/**
 * Hostile input over real HTTP: huge fields, many sources, address variants, a proxy in front, odd
 * charsets, replayed forms. Nothing takes the service down, and every limit holds for its own key.
 */
class WebAbuseTest {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path dir;
    App app;
    WebServer web;
    String base;

    void start(String... settings) {
        app = TestApps.withMail(dir, mail.getSmtp().getPort(), settings);
        web = TestApps.web(app, TestApps.tokens(), () -> base);
        base = "http://127.0.0.1:" + web.port();
    }

    @AfterEach
    void stop() {
        if (web != null) {
            web.close();
            app.close();
        }
    }

    /** A sign-up posted from the loopback address {@code source} (127.0.0.x), read to the end. */
    int postFrom(String source, Map<String, String> form) throws Exception {
        StringBuilder body = new StringBuilder();
        form.forEach((k, v) -> body.append(body.length() == 0 ? "" : "&").append(k).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        byte[] bytes = body.toString().getBytes(StandardCharsets.US_ASCII);
        try (Socket s = new Socket()) {
            s.bind(new InetSocketAddress(InetAddress.getByName(source), 0));
            s.connect(new InetSocketAddress("127.0.0.1", web.port()));
            OutputStream out = s.getOutputStream();
            out.write(("POST /subscribe HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                    + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + bytes.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            try {
                out.write(bytes);
                out.flush();
            } catch (java.io.IOException refusedEarly) {
                // the server may answer and close before the whole body is sent
            }
            InputStream in = s.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            try {
                in.transferTo(answer);
            } catch (java.io.IOException reset) {
                // closed on us after the answer, or instead of one: either way the request was refused
            }
            String status = answer.toString(StandardCharsets.US_ASCII);
            return status.length() < 12 ? 499 : Integer.parseInt(status.substring(9, 12));
        }
    }

    static long heapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    @Test
    void hugeAddressesFromManySourcesLeaveNothingBehindInMemory() throws Exception {
        start();
        long before = heapAfterGc();
        String huge = "a".repeat(990_000) + "@example.org";
        int refused = 0;
        for (int source = 2; source < 7; source++) {
            for (int i = 0; i < 20; i++) {
                Map<String, String> form = signUp(base, huge + i, "Segmentation");
                refused += postFrom("127.0.0." + source, form) >= 400 ? 1 : 0;
            }
        }
        long kept = heapAfterGc() - before;
        System.out.printf("100 sign-ups with 990 KB addresses from 5 sources: %d refused, %.1f MB still held after them%n",
                refused, kept / 1e6);
        assertThat(refused).isEqualTo(100);
        assertThat(kept).as("bytes still held after 100 sign-ups with 990 KB addresses").isLessThan(10_000_000);
        assertThat(get(base + "/health").statusCode()).isEqualTo(200);
    }

    @Test
    void plusAddressesReachOneInboxAndCountAsOne() throws Exception {
        start();
        for (int i = 1; i <= 10; i++) {
            post(base + "/subscribe", signUp(base, "Name+" + i + "@Example.org", "Segmentation"));
        }
        Forms.awaitMail(mail, 2);
        Thread.sleep(1000);
        assertThat(mail.getReceivedMessages()).as("ten variants of one inbox: two mails").hasSize(2);
    }

    @Test
    void behindATrustedProxyEachVisitorHasTheirOwnLimitAndNobodyElseCanPickTheirs() throws Exception {
        start("PAPERBOY_WEB_TRUSTED_PROXIES", "127.0.0.1");
        for (int i = 0; i < 20; i++) {
            assertThat(post(base + "/subscribe", signUp(base, "not-an-address-" + i, "x"), "X-Forwarded-For", "203.0.113.5")
                    .statusCode()).isEqualTo(400);
        }
        assertThat(post(base + "/subscribe", signUp(base, "not-an-address", "x"), "X-Forwarded-For", "203.0.113.5").statusCode())
                .isEqualTo(429);
        assertThat(post(base + "/subscribe", signUp(base, "not-an-address", "x"), "X-Forwarded-For", "198.51.100.7").statusCode())
                .as("another visitor behind the same proxy").isEqualTo(400);
        // a visitor cannot pose as another by writing the header themselves: the proxy appends the address it saw
        assertThat(post(base + "/subscribe", signUp(base, "not-an-address", "x"), "X-Forwarded-For", "198.51.100.9, 203.0.113.5")
                .statusCode()).isEqualTo(429);
    }

    @Test
    void withoutATrustedProxyTheForwardedHeaderIsIgnored() throws Exception {
        start();
        int refused = 0;
        for (int i = 0; i < 25; i++) {
            refused += post(base + "/subscribe", signUp(base, "not-an-address-" + i, "x"), "X-Forwarded-For", "192.0.2." + i)
                    .statusCode() == 429 ? 1 : 0;
        }
        assertThat(refused).isEqualTo(5);
    }

    @Test
    void oversizedFieldsAreRefusedWithAReasonAndNothingIsStored() throws Exception {
        start();
        Map<String, String> longName = signUp(base, "ada@example.org", "Segmentation");
        longName.put("name", "N".repeat(100_000));
        HttpResponse<String> refused = post(base + "/subscribe", longName);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("The name is 100,000 characters long");
        longName.put("name", "N".repeat(150_000));
        longName.put("csrf", csrf(refused.body()));
        HttpResponse<String> tooLarge = post(base + "/subscribe", longName);
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(tooLarge.body()).contains("shorten the longest field").doesNotContain("Something went wrong");

        StringBuilder topics = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            topics.append("Topic ").append(i).append(": words ").append(i).append('\n');
        }
        HttpResponse<String> many = post(base + "/subscribe", signUp(base, "grace@example.org", topics.toString()));
        assertThat(many.statusCode()).isEqualTo(400);
        assertThat(many.body()).contains("at most 20 topics");
        assertThat(app.db().subscribers().byEmail("ada@example.org")).isEmpty();
        assertThat(app.db().subscribers().byEmail("grace@example.org")).isEmpty();
    }

    @Test
    void aBogusCharsetIsABadRequestNotAnError() throws Exception {
        start();
        HttpResponse<String> r = post(base + "/subscribe", signUp(base, "ada@example.org", "x"),
                "Content-Type", "application/x-www-form-urlencoded; charset=bogus");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("UTF-8");
    }

    @Test
    void aFormTokenWorksOnce() throws Exception {
        start();
        Map<String, String> form = signUp(base, "not-an-address", "x");
        assertThat(post(base + "/subscribe", form).statusCode()).isEqualTo(400);
        HttpResponse<String> replayed = post(base + "/subscribe", form);
        assertThat(replayed.statusCode()).isEqualTo(403);
        form.put("csrf", csrf(replayed.body()));
        assertThat(post(base + "/subscribe", form).statusCode()).as("the fresh form of the refusal page works").isEqualTo(400);
        assertThat(app.db().subscribers().all()).noneMatch(s -> s.status() == Status.ACTIVE);
    }
}
