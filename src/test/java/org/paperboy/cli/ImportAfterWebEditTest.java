package org.paperboy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.app.App;
import org.paperboy.cli.CommandLineTest.Captured;
import org.paperboy.subscriber.Subscriber;
import org.paperboy.subscriber.Tokens;
import org.paperboy.testkit.BrowserForm;
import org.paperboy.testkit.Forms;
import org.paperboy.testkit.TestApps;
import org.paperboy.web.WebServer;

/** `subscribers import` run again never silently undoes what a reader changed in the preference centre. */
class ImportAfterWebEditTest {

    @TempDir
    Path dir;

    @Test
    void aWebEditSurvivesAnImportUnlessItIsOverwritten() throws Exception {
        String config = Files.writeString(dir.resolve("paperboy.yaml"),
                "store:\n  url: jdbc:sqlite:" + dir.resolve("paperboy.db") + "\n").toString();
        String[] importing = {"--config", config, "subscribers", "import", "subscribers/ada-language.yaml"};
        assertThat(CommandLineTest.capture(() -> Paperboy.run(importing)).code()).isZero();

        try (App app = TestApps.withMail(dir, 25)) {
            long id = app.db().subscribers().byEmail("ada@example.org").orElseThrow().id();
            assertThat(app.db().subscribers().webEdited(id)).as("imported, not edited").isEmpty();
            Tokens tokens = TestApps.tokens();
            try (WebServer web = TestApps.web(app, tokens, () -> "http://127.0.0.1")) {
                String page = "http://127.0.0.1:" + web.port() + "/preferences/" + tokens.issue(Tokens.Purpose.PREFERENCES, id);
                HttpResponse<String> saved = BrowserForm.of(page, Forms.get(page).body()).set("hour", "9")
                        .set("topic.0.filter", "prompt engineering").submit();
                assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
            }
        }

        Captured again = CommandLineTest.capture(() -> Paperboy.run(importing));

        assertThat(again.code()).as(again.stderr()).isZero();
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        assertThat(again.stdout()).contains("ada@example.org").contains("skipped: edited on the web on " + today)
                .contains("rerun with --overwrite").contains("Imported 0 subscriber(s). Skipped 1");
        assertThat(stored().profile().deliveryHour()).isEqualTo(9);
        assertThat(stored().profile().topics().get(0).filter()).isEqualTo("prompt engineering");

        Captured overwritten = CommandLineTest.capture(() -> Paperboy.run(
                "--config", config, "subscribers", "import", "--overwrite", "subscribers/ada-language.yaml"));

        assertThat(overwritten.code()).as(overwritten.stderr()).isZero();
        assertThat(overwritten.stdout()).contains("Imported 1 subscriber(s).").doesNotContain("skipped");
        assertThat(stored().profile().deliveryHour()).isEqualTo(7);
        assertThat(stored().profile().topics().get(0).filter()).isEqualTo("prompt engineering for a single application domain");
        Captured third = CommandLineTest.capture(() -> Paperboy.run(importing));
        assertThat(third.stdout()).as("the file is the profile again").contains("Imported 1 subscriber(s).").doesNotContain("skipped");
    }

    @Test
    void aFileThatTookInTheEditIsImportedAndSoIsItsNextChange() throws Exception {
        String config = Files.writeString(dir.resolve("paperboy.yaml"),
                "store:\n  url: jdbc:sqlite:" + dir.resolve("paperboy.db") + "\n").toString();
        Path file = dir.resolve("ada.yaml");
        Files.copy(Path.of("subscribers/ada-language.yaml"), file);
        String[] importing = {"--config", config, "subscribers", "import", file.toString()};
        assertThat(CommandLineTest.capture(() -> Paperboy.run(importing)).code()).isZero();
        try (App app = TestApps.withMail(dir, 25)) {
            Subscriber ada = app.db().subscribers().byEmail("ada@example.org").orElseThrow();
            app.db().subscribers().saveWebEdit(ada.id(), ada.name(), new org.paperboy.subscriber.Profile(ada.profile().topics(),
                    ada.profile().authors(), ada.profile().keywords(), ada.profile().avoid(), ada.profile().categories(),
                    ada.profile().maxPapers(), 9, ada.profile().zone(), ada.profile().frequency(), ada.profile().weeklyTopics(),
                    ada.profile().abstracts(), ada.profile().about()));
        }
        // the operator takes the reader's edit into the file, then changes something else in it
        Files.writeString(file, Files.readString(file).replace("delivery_hour: 7", "delivery_hour: 9"));
        assertThat(CommandLineTest.capture(() -> Paperboy.run(importing)).stdout()).doesNotContain("skipped");
        Files.writeString(file, Files.readString(file).replace("max_papers: 12", "max_papers: 15"));

        Captured later = CommandLineTest.capture(() -> Paperboy.run(importing));

        assertThat(later.stdout()).contains("Imported 1 subscriber(s).").doesNotContain("skipped");
        assertThat(stored().profile().maxPapers()).isEqualTo(15);
        assertThat(stored().profile().deliveryHour()).isEqualTo(9);
    }

    private Subscriber stored() {
        try (App app = TestApps.withMail(dir, 25)) {
            return app.db().subscribers().byEmail("ada@example.org").orElseThrow();
        }
    }
}
