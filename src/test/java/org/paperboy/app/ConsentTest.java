package org.paperboy.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paperboy.testkit.Forms.awaitMail;
import static org.paperboy.testkit.Forms.get;
import static org.paperboy.testkit.Forms.link;
import static org.paperboy.testkit.Forms.post;
import static org.paperboy.testkit.Forms.signUp;
import static org.paperboy.testkit.Forms.text;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.subscriber.Status;
import org.paperboy.subscriber.Subscriber;
import org.paperboy.subscriber.Tokens;
import org.paperboy.testkit.TestApps;
import org.paperboy.web.WebServer;

/**
 * Consent under attack, over real HTTP with the mails read back from GreenMail: an old link, a
 * resubscribe button or someone else's sign-up never makes an address active, or changes what it gets,
 * without a confirmation from its owner issued for that very attempt.
 */
class ConsentTest {

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

    Subscriber ada() {
        return app.db().subscribers().byEmail("ada@example.org").orElseThrow();
    }

    /** Signs ada up and returns the confirmation link of the mail numbered {@code n}. */
    String signUpAda(String topics, int n) throws Exception {
        assertThat(post(base + "/subscribe", signUp(base, "ada@example.org", topics)).statusCode()).isEqualTo(200);
        return link(text(awaitMail(mail, n)), "confirm");
    }

    String unsubscribeAda() throws Exception {
        HttpResponse<String> page = post(base + "/unsubscribe/" + tokens.issue(Tokens.Purpose.UNSUBSCRIBE, ada().id()), Map.of());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(ada().status()).isEqualTo(Status.UNSUBSCRIBED);
        return page.body();
    }

    @Test
    void anOldConfirmationLinkDoesNotResubscribeSomeoneWhoLeft() throws Exception {
        String confirm = signUpAda("Segmentation: segment anything", 1);
        assertThat(post(confirm, Map.of()).body()).contains("You are subscribed");
        assertThat(ada().status()).isEqualTo(Status.ACTIVE);
        unsubscribeAda();

        HttpResponse<String> replayed = post(confirm, Map.of());
        assertThat(replayed.body()).doesNotContain("You are subscribed");
        assertThat(ada().status()).as("the old link after leaving").isEqualTo(Status.UNSUBSCRIBED);

        app.db().deliveries().suppress(ada().id());
        assertThat(ada().status()).as("a hard bounce after leaving changes nothing").isEqualTo(Status.UNSUBSCRIBED);
    }

    @Test
    void anOldConfirmationLinkDoesNotLiftASuppression() throws Exception {
        String confirm = signUpAda("Segmentation: segment anything", 1);
        post(confirm, Map.of());
        app.db().deliveries().suppress(ada().id());
        assertThat(ada().status()).isEqualTo(Status.SUPPRESSED);

        post(confirm, Map.of());
        assertThat(ada().status()).isEqualTo(Status.SUPPRESSED);
    }

    @Test
    void onlyTheLinkOfTheNewestAttemptConfirms() throws Exception {
        String first = signUpAda("Segmentation: segment anything", 1);
        String second = signUpAda("Diffusion: video generation", 2);

        assertThat(post(first, Map.of()).statusCode()).isEqualTo(404);
        assertThat(ada().status()).isEqualTo(Status.PENDING);
        assertThat(post(second, Map.of()).body()).contains("You are subscribed");
        assertThat(ada().status()).isEqualTo(Status.ACTIVE);
        assertThat(ada().profile().topics()).singleElement().satisfies(t -> assertThat(t.name()).isEqualTo("Diffusion"));
    }

    @Test
    void resubscribingNeedsAConfirmationAndTheButtonExpires() throws Exception {
        post(signUpAda("Segmentation: segment anything", 1), Map.of());
        String unsubscribed = unsubscribeAda();
        String never = base + "/resubscribe/" + tokens.issue(Tokens.Purpose.UNSUBSCRIBE, ada().id());
        assertThat(post(never, Map.of()).statusCode()).as("the unsubscribe token is no resubscribe token").isEqualTo(404);
        assertThat(ada().status()).isEqualTo(Status.UNSUBSCRIBED);

        Matcher button = Pattern.compile("action=\"(/resubscribe/[^\"]+)\"").matcher(unsubscribed);
        assertThat(button.find()).isTrue();
        HttpResponse<String> asked = post(base + button.group(1), Map.of());
        assertThat(asked.statusCode()).isEqualTo(200);
        assertThat(asked.body()).contains("confirm");
        assertThat(ada().status()).as("not before the owner confirms").isEqualTo(Status.UNSUBSCRIBED);

        String confirm = link(text(awaitMail(mail, 2)), "confirm");
        post(confirm, Map.of());
        assertThat(ada().status()).isEqualTo(Status.ACTIVE);
        assertThat(ada().profile().topics()).as("the stored interests come back").singleElement()
                .satisfies(t -> assertThat(t.name()).isEqualTo("Segmentation"));

        String expired = base + "/resubscribe/" + tokens.issue(Tokens.Purpose.RESUBSCRIBE, ada().id(), Instant.now().minusSeconds(1));
        unsubscribeAda();
        assertThat(post(expired, Map.of()).statusCode()).isEqualTo(404);
    }

    @Test
    void aSignUpForAKnownAddressChangesNothingBeforeItsOwnerConfirms() throws Exception {
        app.db().subscribers().upsert(new Subscriber(0, "ada@example.org", "Ada", Status.ACTIVE, new org.paperboy.subscriber.Profile(
                java.util.List.of(new org.paperboy.subscriber.Topic("Segmentation", "segment anything", "")), null, null, null,
                null, 30, 7, null, null)));
        Map<String, String> mallory = signUp(base, "ada@example.org", "Crypto: blockchain");
        mallory.put("name", "Mallory");
        assertThat(post(base + "/subscribe", mallory).statusCode()).isEqualTo(200);
        assertThat(text(awaitMail(mail, 1))).as("the owner hears of it").contains("already");
        assertThat(ada().status()).isEqualTo(Status.ACTIVE);
        assertThat(ada().name()).isEqualTo("Ada");
        assertThat(ada().profile().topics()).singleElement().satisfies(t -> assertThat(t.name()).isEqualTo("Segmentation"));

        unsubscribeAda();
        mallory.put("csrf", org.paperboy.testkit.Forms.csrf(get(base + "/subscribe").body()));
        assertThat(post(base + "/subscribe", mallory).statusCode()).isEqualTo(200);
        String confirm = link(text(awaitMail(mail, 2)), "confirm");
        assertThat(ada().status()).as("still unsubscribed, not pending").isEqualTo(Status.UNSUBSCRIBED);
        assertThat(ada().name()).isEqualTo("Ada");
        assertThat(ada().profile().topics()).singleElement().satisfies(t -> assertThat(t.name()).isEqualTo("Segmentation"));

        post(confirm, Map.of());
        assertThat(ada().status()).as("its owner confirmed the new interests").isEqualTo(Status.ACTIVE);
        assertThat(ada().profile().topics()).singleElement().satisfies(t -> assertThat(t.name()).isEqualTo("Crypto"));
    }
}
