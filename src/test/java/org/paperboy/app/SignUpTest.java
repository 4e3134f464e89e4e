package org.paperboy.app;

import org.paperboy.testkit.Forms;
import org.paperboy.testkit.TestApps;
import org.paperboy.publish.Ingestion;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.subscriber.Status;
import org.paperboy.subscriber.Tokens;
import org.paperboy.web.WebServer;

/** Joining over real HTTP: the form, the confirmation mail read back from GreenMail, the confirm button. */
class SignUpTest {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path dir;
    App app;
    WebServer web;
    Tokens tokens;
    String base;

    @BeforeEach
    void start() {
        app = TestApps.withMail(dir, mail.getSmtp().getPort());
        tokens = TestApps.tokens();
        web = TestApps.web(app, tokens, () -> base);
        base = "http://127.0.0.1:" + web.port();
    }

    @AfterEach
    void stop() {
        web.close();
        app.close();
    }

    HttpResponse<String> get(String url) throws Exception {
        return Forms.get(url);
    }

    HttpResponse<String> post(String url, Map<String, String> form) throws Exception {
        return Forms.post(url, form);
    }

    Map<String, String> form(String email) throws Exception {
        Map<String, String> f = Forms.signUp(base, email, "Segmentation: semantic segmentation, segment anything");
        f.put("authors", "Zongqing Lu");
        f.put("zone", "Europe/Berlin");
        return f;
    }

    static String text(MimeMessage m) throws Exception {
        return Forms.text(m);
    }

    @Test
    void fromTheFormToAConfirmedSubscriptionAndAFirstDigest() throws Exception {
        HttpResponse<String> sent = post(base + "/subscribe", form("ada@example.org"));
        assertThat(sent.statusCode()).isEqualTo(200);
        assertThat(sent.body()).contains("Check your inbox");
        assertThat(app.db().subscribers().byEmail("ada@example.org").orElseThrow().status()).isEqualTo(Status.PENDING);
        String confirmation = text(org.paperboy.testkit.Forms.awaitMail(mail, 1));
        Matcher link = Pattern.compile("(http://\\S+/confirm/\\S+)").matcher(confirmation);
        assertThat(link.find()).isTrue();
        assertThat(confirmation).as("the footer offers to stop all mail, not an order never to write to us")
                .containsPattern("To stop all mail to this address:\\s+http://\\S+/unsubscribe/\\S+");

        assertThat(get(link.group(1)).body()).contains("Confirm my subscription");
        assertThat(app.db().subscribers().byEmail("ada@example.org").orElseThrow().status()).as("a GET confirms nothing").isEqualTo(Status.PENDING);
        HttpResponse<String> confirmed = post(link.group(1), Map.of());
        assertThat(confirmed.statusCode()).isEqualTo(200);
        assertThat(app.db().subscribers().byEmail("ada@example.org").orElseThrow().status()).isEqualTo(Status.ACTIVE);

        app.ingestion(line -> { }).file(Path.of("samples/2026-06-08.jsonl.gz"));
        app.digests(tokens, base).make(LocalDate.of(2026, 6, 8), s -> true, null, line -> { });
        app.send(100, null, line -> { });
        assertThat(mail.getReceivedMessages()).hasSize(2);
        assertThat(text(mail.getReceivedMessages()[1])).contains("Author match: Zongqing Lu");
    }

    @Test
    void theAnswerNeverTellsWhetherAnAddressIsKnown() throws Exception {
        post(base + "/subscribe", form("known@example.org"));
        app.db().subscribers().setStatus(app.db().subscribers().byEmail("known@example.org").orElseThrow().id(), Status.ACTIVE);
        String known = post(base + "/subscribe", form("known@example.org")).body();
        String unknown = post(base + "/subscribe", form("new@example.org")).body();
        assertThat(known).isEqualTo(unknown);
        org.paperboy.testkit.Forms.awaitMail(mail, 3);
        assertThat(text(mail.getReceivedMessages()[1])).contains("already subscribed").contains("/preferences/");
    }

    @Test
    void thePreferenceCentreShowsAndSavesEveryField() throws Exception {
        post(base + "/subscribe", form("ada@example.org"));
        long id = app.db().subscribers().byEmail("ada@example.org").orElseThrow().id();
        app.db().subscribers().setStatus(id, Status.ACTIVE);
        post(base + "/subscribe", form("ada@example.org"));
        Matcher link = Pattern.compile("(http://\\S+/preferences/\\S+)").matcher(text(org.paperboy.testkit.Forms.awaitMail(mail, 2)));
        assertThat(link.find()).isTrue();
        String page = get(link.group(1)).body();
        assertThat(page).contains("name=\"topic.0.name\" value=\"Segmentation\"").contains(">semantic segmentation, segment anything<")
                .contains("Zongqing Lu")
                .contains("<option selected>Europe/Berlin</option>").contains("Save my preferences")
                .contains("value=\"short\" checked").contains("name=\"avoid\"");
        Matcher csrf = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(csrf.find()).isTrue();
        Map<String, String> edit = new LinkedHashMap<>();
        edit.put("csrf", csrf.group(1));
        edit.put("name", "Ada L.");
        edit.put("topics", "Diffusion: video generation, image editing");
        edit.put("authors", "");
        edit.put("keywords", "diffusion");
        edit.put("frequency", "both");
        edit.put("hour", "9");
        edit.put("zone", "Asia/Tokyo");
        edit.put("pause", "2026-06-10");
        edit.put("abstracts", "none");
        edit.put("avoid", "medical imaging, time series");
        assertThat(post(link.group(1), edit).statusCode()).isEqualTo(200);
        assertThat(app.db().subscribers().pausedUntil(id)).contains(LocalDate.of(2026, 6, 10));
        app.ingestion(line -> { }).file(Path.of("samples/2026-06-08.jsonl.gz"));
        assertThat(app.digests(tokens, base)
                .make(LocalDate.of(2026, 6, 8), r -> true, null, line -> { }).made()).as("paused: no issue").isZero();
        var saved = app.db().subscribers().byId(id).orElseThrow();
        assertThat(saved.name()).isEqualTo("Ada L.");
        assertThat(saved.profile().topics()).singleElement().satisfies(t -> assertThat(t.name()).isEqualTo("Diffusion"));
        assertThat(saved.profile().authors()).isEmpty();
        assertThat(saved.profile().frequency()).isEqualTo(org.paperboy.subscriber.Frequency.BOTH);
        assertThat(saved.profile().deliveryHour()).isEqualTo(9);
        assertThat(saved.profile().abstracts()).isEqualTo(org.paperboy.subscriber.Abstracts.NONE);
        assertThat(saved.profile().avoid()).containsExactly("medical imaging", "time series");
        assertThat(get(link.group(1)).body()).contains("value=\"none\" checked").contains("medical imaging, time series");
        assertThat(saved.status()).isEqualTo(Status.ACTIVE);
        edit.put("csrf", "forged");
        HttpResponse<String> forged = post(link.group(1), edit);
        assertThat(forged.statusCode()).isEqualTo(403);
        edit.put("csrf", org.paperboy.testkit.Forms.csrf(forged.body()));
        edit.put("pause", "");
        edit.put("zone", "Mars/Olympus");
        HttpResponse<String> refused = post(link.group(1), edit);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("choose a time zone from the list").contains("or UTC (not Mars/Olympus).");
    }

    @Test
    void weeklyTopicsAreTickedAtSignUpAndInThePreferenceCentre() throws Exception {
        String signUp = get(base + "/subscribe").body();
        assertThat(signUp).contains("name=\"weekly\" value=\"LLM &amp; Foundation Models\"")
                .contains("name=\"weekly\" value=\"my interests\"").contains("the topic nearest to your interests");
        Map<String, String> f = form("grace@example.org");
        f.put("frequency", "weekly");
        f.put("weekly", "my interests");
        assertThat(post(base + "/subscribe", f).statusCode()).isEqualTo(200);
        var grace = app.db().subscribers().byEmail("grace@example.org").orElseThrow();
        assertThat(grace.profile().weeklyTopics()).containsExactly("my interests");
        app.db().subscribers().setStatus(grace.id(), Status.ACTIVE);
        String preferences = base + "/preferences/" + tokens.issue(Tokens.Purpose.PREFERENCES, grace.id());
        String page = get(preferences).body();
        assertThat(page).contains("value=\"my interests\" checked").doesNotContain("value=\"LLM &amp; Foundation Models\" checked");
        Matcher csrf = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(csrf.find()).isTrue();
        // both boxes ticked: the form sends the field twice
        String body = "csrf=" + csrf.group(1) + "&topics=Segmentation%3A+semantic+segmentation&frequency=both&hour=7&zone=UTC"
                + "&weekly=LLM+%26+Foundation+Models&weekly=my+interests";
        assertThat(java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(preferences))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(java.net.http.HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        assertThat(app.db().subscribers().byId(grace.id()).orElseThrow().profile().weeklyTopics())
                .containsExactly("LLM & Foundation Models", "my interests");
        assertThat(get(preferences).body()).contains("value=\"LLM &amp; Foundation Models\" checked").contains("value=\"my interests\" checked");
    }

    @Test
    void floodsForgedFormsAndRobotsSendNothing() throws Exception {
        HttpResponse<String> bad = post(base + "/subscribe", form("not-an-address"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("email address like");
        int refused = 0;
        for (int i = 0; i < 100; i++) {
            refused += post(base + "/subscribe", form("victim@example.org")).statusCode() == 429 ? 1 : 0;
        }
        assertThat(refused).isGreaterThanOrEqualTo(98);
        org.paperboy.testkit.Forms.awaitMail(mail, 2);
        Thread.sleep(500);
        assertThat(mail.getReceivedMessages()).as("100 requests in a minute: at most one re-send").hasSize(2);
        Map<String, String> forged = form("other@example.org");
        forged.put("csrf", "forged");
        assertThat(post(base + "/subscribe", forged).statusCode()).isEqualTo(403);
        Map<String, String> robot = form("robot@example.org");
        robot.put("website", "http://spam.example");
        assertThat(post(base + "/subscribe", robot).statusCode()).isEqualTo(200);
        assertThat(mail.getReceivedMessages()).hasSize(2);
        assertThat(get(base + "/confirm/forged").statusCode()).isEqualTo(404);

    }

    @Test
    void theSignUpFormNamesEveryProblemAtOnceAndKeepsWhatWasTyped() throws Exception {
        org.paperboy.testkit.BrowserForm form = org.paperboy.testkit.BrowserForm.of(base + "/subscribe", get(base + "/subscribe").body());
        form.set("email", "ada-at-example.org").set("name", "Ada Lovelace").set("categories", "cs.CL, cs.LG")
                .set("avoid", "medical imaging").set("hour", "25").set("zone", "Mars/Olympus").set("max_papers", "0");

        HttpResponse<String> refused = form.submit();

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Please fix these 5 things").contains("email address like ada@example.org")
                .contains("at least one topic, author or keyword").contains("delivery hour between 0 and 23")
                .contains("(not Mars/Olympus)").contains("between 1 and 500 papers");
        org.paperboy.testkit.BrowserForm again = org.paperboy.testkit.BrowserForm.of(base + "/subscribe", refused.body());
        assertThat(again.get("email")).isEqualTo("ada-at-example.org");
        assertThat(again.get("name")).isEqualTo("Ada Lovelace");
        assertThat(again.get("categories")).isEqualTo("cs.CL, cs.LG");
        assertThat(again.get("avoid")).isEqualTo("medical imaging");
        assertThat(again.get("hour")).isEqualTo("25");
        assertThat(app.db().subscribers().all()).isEmpty();

        HttpResponse<String> sent = again.set("email", "ada@example.org").set("topics", "Reasoning: chain-of-thought")
                .set("hour", "8").set("zone", "Europe/Berlin").set("max_papers", "12").submit();
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
    }
}
