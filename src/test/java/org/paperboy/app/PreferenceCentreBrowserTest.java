package org.paperboy.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.paperboy.subscriber.Profile;
import org.paperboy.subscriber.Status;
import org.paperboy.subscriber.Subscriber;
import org.paperboy.subscriber.Tokens;
import org.paperboy.testkit.TestApps;
import org.paperboy.web.WebServer;

/**
 * The preference centre's round trip in headless Chromium itself, which sends textareas, selects and
 * date inputs its own way: saving unchanged keeps the stored profile, and a new hour and a zone picked
 * from the list change only those. Screenshots at a phone's width go to target/screenshots/.
 */
class PreferenceCentreBrowserTest {

    @TempDir
    Path dir;
    App app;
    WebServer web;
    WebDriver browser;
    long id;
    String page;

    @BeforeEach
    void start() throws Exception {
        boolean present = Files.isExecutable(BrowserFlowTest.CHROMIUM) && Files.isExecutable(BrowserFlowTest.DRIVER);
        if (System.getenv("CI_REQUIRE_BROWSER") == null) {
            Assumptions.assumeTrue(present, "Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)");
        }
        app = TestApps.withMail(dir, 25);
        Tokens tokens = TestApps.tokens();
        web = TestApps.web(app, tokens, () -> "http://127.0.0.1:" + web.port());
        id = app.db().subscribers().upsert(new Subscriber(0, "ada@example.org", "Ada Lovelace", Status.ACTIVE,
                PreferenceCentreTest.RICH)).id();
        app.db().subscribers().pauseUntil(id, LocalDate.of(2026, 8, 31));
        page = "http://127.0.0.1:" + web.port() + "/preferences/" + tokens.issue(Tokens.Purpose.PREFERENCES, id);
        browser = BrowserFlowTest.chromium("--window-size=375,900");
        Files.createDirectories(BrowserFlowTest.SHOTS);
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (web != null) {
            web.close();
        }
        if (app != null) {
            app.close();
        }
    }

    private void save() {
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> b.findElement(By.tagName("h1")).getText().equals("Saved"));
    }

    @Test
    void chromiumSavesTheUnchangedPageWithoutChangingAnythingThenOnlyWhatWasChanged() throws Exception {
        browser.get(page);
        Files.write(BrowserFlowTest.SHOTS.resolve("preferences-375.png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        save();
        assertThat(app.db().subscribers().byId(id).orElseThrow().profile()).isEqualTo(PreferenceCentreTest.RICH);
        assertThat(app.db().subscribers().pausedUntil(id)).contains(LocalDate.of(2026, 8, 31));

        browser.get(page);
        WebElement hour = browser.findElement(By.name("hour"));
        hour.clear();
        hour.sendKeys("9");
        new Select(browser.findElement(By.name("zone"))).selectByVisibleText("Europe/Berlin");
        save();

        Profile r = PreferenceCentreTest.RICH;
        assertThat(app.db().subscribers().byId(id).orElseThrow().profile()).isEqualTo(new Profile(r.topics(), r.authors(), r.keywords(),
                r.avoid(), r.categories(), r.maxPapers(), 9, ZoneId.of("Europe/Berlin"), r.frequency(), r.weeklyTopics(), r.abstracts(),
                r.about()));
        assertThat(app.db().subscribers().pausedUntil(id)).contains(LocalDate.of(2026, 8, 31));
    }
}
