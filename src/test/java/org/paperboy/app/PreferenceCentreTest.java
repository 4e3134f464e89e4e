package org.paperboy.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.subscriber.Abstracts;
import org.paperboy.subscriber.Frequency;
import org.paperboy.subscriber.Profile;
import org.paperboy.subscriber.Status;
import org.paperboy.subscriber.Subscriber;
import org.paperboy.subscriber.Tokens;
import org.paperboy.subscriber.Topic;
import org.paperboy.testkit.BrowserForm;
import org.paperboy.testkit.Forms;
import org.paperboy.testkit.TestApps;
import org.paperboy.web.WebServer;

/**
 * The preference centre loses nothing: the page is read and posted back as a browser would, over real
 * HTTP against the real web server and a SQLite file, and the stored profile is compared.
 */
class PreferenceCentreTest {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    static final Profile RICH = new Profile(
            List.of(new Topic("Model compression", "pruning, quantization,\ndistillation of large models",
                            "straightforward application of an existing method"),
                    new Topic("", "vision-language-action models for robot manipulation", "simulation-only results")),
            List.of("Song Han", "LeCun, Yann"), List.of("sparsity", "low-rank"), List.of("medical imaging", "time series"),
            List.of("cs.LG", "cs.CV"), 7, 6, ZoneId.of("Asia/Kolkata"), Frequency.BOTH,
            List.of("LLM & Foundation Models", Profile.OWN_WEEKLY), Abstracts.NONE,
            List.of("I build small models for phones.", "Benchmarks alone rarely interest me."));

    @TempDir
    Path dir;
    App app;
    WebServer web;
    Tokens tokens;
    long id;
    String page;

    @BeforeEach
    void start() {
        app = TestApps.withMail(dir, mail.getSmtp().getPort());
        tokens = TestApps.tokens();
        web = TestApps.web(app, tokens, () -> "http://127.0.0.1:" + web.port());
        id = app.db().subscribers().upsert(new Subscriber(0, "ada@example.org", "Ada Lovelace", Status.ACTIVE, RICH)).id();
        app.db().subscribers().pauseUntil(id, LocalDate.of(2026, 8, 31));
        page = "http://127.0.0.1:" + web.port() + "/preferences/" + tokens.issue(Tokens.Purpose.PREFERENCES, id);
    }

    @AfterEach
    void stop() {
        web.close();
        app.close();
    }

    BrowserForm form() throws Exception {
        HttpResponse<String> shown = Forms.get(page);
        assertThat(shown.statusCode()).isEqualTo(200);
        return BrowserForm.of(page, shown.body());
    }

    Subscriber stored() {
        return app.db().subscribers().byId(id).orElseThrow();
    }

    @Test
    void savingTheUnchangedFormChangesNothing() throws Exception {
        Subscriber before = stored();

        HttpResponse<String> saved = form().submit();

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(stored().profile()).isEqualTo(RICH);
        assertThat(stored().name()).isEqualTo("Ada Lovelace");
        assertThat(stored().profileChanged()).isEqualTo(before.profileChanged());
        assertThat(app.db().subscribers().pausedUntil(id)).contains(LocalDate.of(2026, 8, 31));
    }

    @Test
    void changingTheHourChangesOnlyTheHour() throws Exception {
        HttpResponse<String> saved = form().set("hour", "9").submit();

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(stored().profile()).isEqualTo(new Profile(RICH.topics(), RICH.authors(), RICH.keywords(), RICH.avoid(),
                RICH.categories(), RICH.maxPapers(), 9, RICH.zone(), RICH.frequency(), RICH.weeklyTopics(), RICH.abstracts(),
                RICH.about()));
        assertThat(app.db().subscribers().pausedUntil(id)).contains(LocalDate.of(2026, 8, 31));
    }

    @Test
    void aTopicIsEditedAddedAndRemovedInItsOwnFields() throws Exception {
        BrowserForm form = form();
        assertThat(form.get("topic.0.filter")).isEqualTo("straightforward application of an existing method");
        assertThat(form.get("topic.2.keep")).as("a blank topic to add one").isEmpty();

        HttpResponse<String> saved = form.set("topic.0.filter", "surveys").set("topic.2.name", "Agents")
                .set("topic.2.keep", "tool use, planning").set("topic.2.filter", "chatbots for customer service")
                .add("topic.1.remove", "yes").submit();

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(stored().profile().topics()).containsExactly(
                new Topic("Model compression", RICH.topics().get(0).keep(), "surveys"),
                new Topic("Agents", "tool use, planning", "chatbots for customer service"));
        assertThat(stored().profile().authors()).isEqualTo(RICH.authors());
    }

    @Test
    void theZoneIsPickedFromEveryIanaZoneAndThePauseFromADate() throws Exception {
        org.jsoup.nodes.Document shown = org.jsoup.Jsoup.parse(Forms.get(page).body());
        List<String> zones = shown.select("select[name=zone] option").eachText();
        assertThat(zones).hasSameSizeAs(ZoneId.getAvailableZoneIds()).isSorted().contains("Europe/Berlin", "UTC");
        assertThat(shown.select("select[name=zone] option[selected]").eachText()).containsExactly("Asia/Kolkata");
        assertThat(shown.selectFirst("input[name=pause]").attr("type")).isEqualTo("date");
        assertThat(shown.selectFirst("input[name=pause]").val()).isEqualTo("2026-08-31");

        HttpResponse<String> refused = form().set("pause", "31/08/2026").set("zone", "Europe/Atlantis").set("hour", "25").submit();

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Please fix these 3 things").contains("a date like 2026-08-31")
                .contains("(not Europe/Atlantis)").contains("between 0 and 23");
        assertThat(stored().profile()).isEqualTo(RICH);
        assertThat(BrowserForm.of(page, refused.body()).get("topic.0.filter")).as("the form comes back as it was sent")
                .isEqualTo("straightforward application of an existing method");

        assertThat(form().set("zone", "Europe/Berlin").set("pause", "").submit().statusCode()).isEqualTo(200);
        assertThat(stored().profile().zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(app.db().subscribers().pausedUntil(id)).isEmpty();
    }

    @Test
    void aWeeklyTopicTheOperatorNoLongerOffersStaysChosenUntilUnticked() throws Exception {
        Profile chosen = new Profile(RICH.topics(), RICH.authors(), RICH.keywords(), RICH.avoid(), RICH.categories(), RICH.maxPapers(),
                RICH.deliveryHour(), RICH.zone(), RICH.frequency(), List.of("Quantum computing"), RICH.abstracts(), RICH.about());
        app.db().subscribers().upsert(new Subscriber(0, "ada@example.org", "Ada Lovelace", Status.ACTIVE, chosen));

        BrowserForm form = form();

        assertThat(form.get("weekly")).isEqualTo("Quantum computing");
        assertThat(form.submit().statusCode()).isEqualTo(200);
        assertThat(stored().profile()).isEqualTo(chosen);
    }
}
