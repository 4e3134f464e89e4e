package org.paperboy.app;

import org.paperboy.testkit.TestApps;
import org.paperboy.publish.Ingestion;
import org.paperboy.publish.DailyDigests;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.deliver.OutboxReport;
import org.paperboy.subscriber.Frequency;
import org.paperboy.subscriber.Profile;
import org.paperboy.subscriber.Status;
import org.paperboy.subscriber.Subscriber;
import org.paperboy.subscriber.Tokens;
import org.paperboy.subscriber.Topic;
import org.paperboy.web.WebServer;

/**
 * The whole pipeline on real parts: the bundled arXiv sample in a SQLite file, the real templates, the
 * SMTP mailer talking to GreenMail, and the web server answering the links in the mails.
 */
class EndToEndTest {

    static final LocalDate MON = LocalDate.of(2026, 6, 8);
    static final LocalDate TUE = LocalDate.of(2026, 6, 9);
    static final LocalDate WED = LocalDate.of(2026, 6, 10);

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path dir;

    App app;
    WebServer web;
    DailyDigests digests;
    String base;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() {
        app = TestApps.withMail(dir, mail.getSmtp().getPort(),
                "PAPERBOY_OUT_DIR", dir.resolve("out").toString(),
                "PAPERBOY_MAIL_LIST_ID", "daily.paperboy.example.org",
                "PAPERBOY_MAIL_UNSUBSCRIBE_MAILTO", "unsubscribe@paperboy.example.org");
        Tokens tokens = TestApps.tokens();
        web = TestApps.web(app, tokens, () -> base);
        base = "http://127.0.0.1:" + web.port();
        digests = app.digests(tokens, base);
        app.db().subscribers().upsert(reader("nlp@example.org", "Noam", "language models", "Zongqing Lu"));
        app.db().subscribers().upsert(reader("vision@example.org", "Fei", "image segmentation", "Tal August"));
        Ingestion ingestion = app.ingestion(line -> { });
        for (String day : List.of("2026-06-08", "2026-06-09", "2026-06-10")) {
            ingestion.file(Path.of("samples", day + ".jsonl.gz"));
        }
    }

    @AfterEach
    void stop() {
        web.close();
        app.close();
    }

    static Subscriber reader(String email, String name, String topic, String author) {
        Profile profile = new Profile(List.of(new Topic(topic, topic + ", benchmarks and methods", "surveys")),
                List.of(author), List.of(topic), List.of(), List.of(), 10, 7, ZoneId.of("UTC"), Frequency.DAILY);
        return new Subscriber(0, email, name, Status.ACTIVE, profile);
    }

    OutboxReport send() {
        return app.send(100, null, line -> { });
    }

    @Test
    void eachReaderGetsOneDigestWithBothPartsListHeadersAndWorkingLinks() throws Exception {
        DailyDigests.Report report = digests.make(MON, s -> true, null, line -> { });
        assertThat(report.made()).isEqualTo(2);
        assertThat(send().sent()).isEqualTo(2);

        MimeMessage[] received = mail.getReceivedMessages();
        assertThat(Arrays.stream(received).map(m -> address(m))).containsExactlyInAnyOrder("nlp@example.org", "vision@example.org");
        MimeMessage nlp = Arrays.stream(received).filter(m -> address(m).equals("nlp@example.org")).findFirst().orElseThrow();

        assertThat(nlp.getContentType()).startsWith("multipart/alternative");
        Multipart parts = (Multipart) nlp.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        String text = (String) parts.getBodyPart(0).getContent();
        String html = (String) parts.getBodyPart(1).getContent();
        assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain");
        assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html");
        assertThat(text).contains("Author match").contains("https://arxiv.org/abs/");
        assertThat(html).contains("https://arxiv.org/abs/").contains("https://arxiv.org/pdf/");
        assertThat(text).doesNotContain("[object Object]");

        assertThat(nlp.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(nlp.getHeader("List-Id", null)).contains("daily.paperboy.example.org");
        String listUnsubscribe = nlp.getHeader("List-Unsubscribe", null);
        assertThat(listUnsubscribe).contains("mailto:unsubscribe@paperboy.example.org");
        assertThat(nlp.getMessageID()).endsWith("@paperboy.example.org>");
        assertThat(received[0].getMessageID()).isNotEqualTo(received[1].getMessageID());

        String unsubscribeUrl = firstUrl(listUnsubscribe);
        String preferencesUrl = link(text, "/preferences/");
        assertThat(text).contains(unsubscribeUrl);
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(unsubscribeUrl)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("nlp@example.org").containsIgnoringCase("<form");
        assertThat(status("nlp@example.org")).as("a GET must not unsubscribe").isEqualTo(Status.ACTIVE);
        HttpResponse<String> view = http.send(HttpRequest.newBuilder(URI.create(link(text, "/view/"))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(view.statusCode()).isEqualTo(200);
        assertThat(arxivIds(view.body())).as("the issue as mailed, without the reader's own links").isEqualTo(arxivIds(html));
        HttpResponse<String> prefs = http.send(HttpRequest.newBuilder(URI.create(preferencesUrl)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(prefs.statusCode()).isEqualTo(200);
        assertThat(prefs.body()).contains("language models");
    }

    @Test
    void oneClickUnsubscribeStopsTheNextDigestAndRerunsMailNobodyTwice() throws Exception {
        digests.make(MON, s -> true, null, line -> { });
        send();
        MimeMessage nlp = Arrays.stream(mail.getReceivedMessages())
                .filter(m -> address(m).equals("nlp@example.org")).findFirst().orElseThrow();
        String unsubscribeUrl = firstUrl(nlp.getHeader("List-Unsubscribe", null));

        // What a mail provider sends for the one-click button (RFC 8058): no cookie, no login.
        HttpResponse<String> done = http.send(HttpRequest.newBuilder(URI.create(unsubscribeUrl))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(status("nlp@example.org")).isEqualTo(Status.UNSUBSCRIBED);

        DailyDigests.Report again = digests.make(MON, s -> true, null, line -> { });
        assertThat(again.made()).isZero();
        assertThat(send().sent()).isZero();
        assertThat(mail.getReceivedMessages()).hasSize(2);

        digests.make(TUE, s -> true, null, line -> { });
        send();
        assertThat(mail.getReceivedMessages()).hasSize(3);
        assertThat(address(mail.getReceivedMessages()[2])).isEqualTo("vision@example.org");

        // The page after unsubscribing offers a way back, which the address's owner confirms by mail.
        Matcher button = Pattern.compile("action=\"(/resubscribe/[^\"]+)\"").matcher(done.body());
        assertThat(button.find()).isTrue();
        HttpResponse<String> back = http.send(HttpRequest.newBuilder(URI.create(base + button.group(1)))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(back.body()).contains("Check your inbox");
        assertThat(status("nlp@example.org")).isEqualTo(Status.UNSUBSCRIBED);
        org.paperboy.testkit.Forms.awaitMail(mail, 4);
        String confirm = org.paperboy.testkit.Forms.link(body(mail.getReceivedMessages(), "nlp@example.org", 1), "confirm");
        http.send(HttpRequest.newBuilder(URI.create(confirm)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(status("nlp@example.org")).isEqualTo(Status.ACTIVE);
    }

    @Test
    void moreLikeThisFromTheMailIsRecordedAndShapesTheNextDigest() throws Exception {
        digests.make(MON, s -> true, null, line -> { });
        send();
        String text = body(mail.getReceivedMessages(), "vision@example.org", 0);
        String more = link(text, "/more");
        assertThat(http.send(HttpRequest.newBuilder(URI.create(more)).GET().build(), HttpResponse.BodyHandlers.ofString())
                .body()).contains("more like this").containsIgnoringCase("<form");
        long vision = app.db().subscribers().byEmail("vision@example.org").orElseThrow().id();
        assertThat(app.db().feedback().examples(vision)).as("a GET records nothing").isEmpty();
        HttpResponse<String> posted = http.send(HttpRequest.newBuilder(URI.create(more)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(posted.statusCode()).isEqualTo(200);
        assertThat(app.db().feedback().examples(vision)).singleElement().satisfies(e -> assertThat(e.liked()).isTrue());
        assertThat(digests.make(TUE, s -> true, null, line -> { }).made()).isEqualTo(2);
    }

    @Test
    void aForwardedDigestsFeedbackAndViewLinksNeitherOpenThePreferencesNorShowTheAddress() throws Exception {
        digests.make(MON, s -> true, null, line -> { });
        send();
        String text = body(mail.getReceivedMessages(), "nlp@example.org", 0);
        String feedback = link(text, "/more").replaceAll(".*/feedback/([^/]+)/.*", "$1");
        String view = link(text, "/view/");
        for (String token : List.of(feedback, view.replaceAll(".*/view/([^/]+)/.*", "$1"))) {
            assertThat(http.send(HttpRequest.newBuilder(URI.create(base + "/preferences/" + token)).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).as("preferences with " + token).isEqualTo(404);
            assertThat(http.send(HttpRequest.newBuilder(URI.create(base + "/unsubscribe/" + token))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);
        }
        assertThat(status("nlp@example.org")).isEqualTo(Status.ACTIVE);
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(view)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("arxiv.org/abs/").doesNotContain("nlp@example.org")
                .doesNotContain("/preferences/").doesNotContain("/unsubscribe/").doesNotContain("/feedback/");
    }

    @Test
    void afterAMissedDayTheNextDigestCatchesUpWithoutRepeatingPapers() throws Exception {
        digests.make(MON, s -> true, null, line -> { });
        send();
        DailyDigests.Report wednesday = digests.make(WED, s -> true, null, line -> { });
        assertThat(wednesday.made()).isEqualTo(2);
        assertThat(wednesday.catchUps()).isEqualTo(2);
        send();
        MimeMessage[] received = mail.getReceivedMessages();
        assertThat(received).hasSize(4);
        for (String reader : List.of("nlp@example.org", "vision@example.org")) {
            List<String> mondayIds = arxivIds(body(received, reader, 0));
            List<String> wednesdayIds = arxivIds(body(received, reader, 1));
            assertThat(wednesdayIds).isNotEmpty().doesNotContainAnyElementsOf(mondayIds);
        }
        assertThat(body(received, "nlp@example.org", 1)).containsIgnoringCase("catch");
    }

    @Test
    void aMailPastItsKeepingTimeIsNoLongerShownButItsPapersAreStillNotRepeated() throws Exception {
        digests.make(MON, s -> true, null, line -> { });
        send();
        // Monday's mail is past store.keep_days once the clean-up keeps only Tuesday on
        assertThat(app.db().retention().removeBefore(TUE).mails()).isEqualTo(2);
        MimeMessage[] monday = mail.getReceivedMessages();
        HttpResponse<String> view = http.send(HttpRequest.newBuilder(URI.create(link(body(monday, "nlp@example.org", 0), "/view/")))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(view.statusCode()).isEqualTo(410);
        assertThat(view.body()).containsIgnoringCase("no longer kept").doesNotContain("arxiv.org/abs/");
        digests.make(WED, s -> true, null, line -> { });
        send();
        for (String reader : List.of("nlp@example.org", "vision@example.org")) {
            assertThat(arxivIds(body(mail.getReceivedMessages(), reader, 1))).isNotEmpty()
                    .doesNotContainAnyElementsOf(arxivIds(body(monday, reader, 0)));
        }
    }

    private Status status(String email) {
        return app.db().subscribers().byEmail(email).orElseThrow().status();
    }

    private static String address(Message m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The decoded plain-text part of the reader's index-th message. */
    private static String body(MimeMessage[] received, String reader, int index) {
        MimeMessage m = Arrays.stream(received).filter(r -> address(r).equals(reader)).skip(index).findFirst().orElseThrow();
        try {
            return (String) ((Multipart) m.getContent()).getBodyPart(0).getContent();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> arxivIds(String body) {
        Matcher m = Pattern.compile("arxiv\\.org/abs/(\\d{4}\\.\\d{4,5})").matcher(body);
        return m.results().map(r -> r.group(1)).distinct().toList();
    }

    private static String firstUrl(String listUnsubscribe) {
        Matcher m = Pattern.compile("<(https?://[^>]+)>").matcher(listUnsubscribe);
        assertThat(m.find()).as("an http(s) URL in List-Unsubscribe: " + listUnsubscribe).isTrue();
        return m.group(1);
    }

    private static String link(String text, String path) {
        Matcher m = Pattern.compile("(https?://\\S+" + Pattern.quote(path) + "\\S*)").matcher(text);
        assertThat(m.find()).as("a link containing " + path).isTrue();
        return m.group(1);
    }
}
