package org.paperboy.app;

import org.paperboy.testkit.TestApps;
import org.paperboy.publish.Ingestion;
import org.paperboy.publish.DailyDigests;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.paperboy.subscriber.Status;
import org.paperboy.subscriber.Tokens;
import org.paperboy.web.WebServer;

/**
 * A person's whole way through Paperboy in a real browser (Debian's Chromium, headless): subscribe on
 * the page, confirm from the mail, tune the preferences, get a digest, leave with the unsubscribe
 * button, and get nothing more. Screenshots of every page go to target/screenshots/.
 */
class BrowserFlowTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SHOTS = Path.of("target", "screenshots");

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path dir;
    App app;
    WebServer web;
    String base;
    WebDriver browser;
    Tokens tokens;

    @BeforeEach
    void start() throws Exception {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        if (System.getenv("CI_REQUIRE_BROWSER") == null) {
            Assumptions.assumeTrue(present, "Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)");
        }
        app = TestApps.withMail(dir, mail.getSmtp().getPort());
        tokens = TestApps.tokens();
        web = TestApps.web(app, tokens, () -> base);
        base = "http://127.0.0.1:" + web.port();
        browser = chromium("--window-size=480,1400");
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
        Files.createDirectories(SHOTS);
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

    /** Debian's Chromium, headless, kept off the network, through its own chromedriver. */
    static WebDriver chromium(String... arguments) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync");
        options.addArguments(arguments);
        return new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build(), options);
    }

    void shot(String name) throws Exception {
        Files.write(SHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    static String text(MimeMessage m) throws Exception {
        return (String) ((Multipart) m.getContent()).getBodyPart(0).getContent();
    }

    static String link(String text, String path) {
        Matcher m = Pattern.compile("(http://\\S+" + Pattern.quote(path) + "\\S*)").matcher(text);
        assertThat(m.find()).as("a link to " + path).isTrue();
        return m.group(1);
    }

    /** Waits until the page (after a click, the next page) shows the text. */
    void shows(String text) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.tagName("body")).getText().toLowerCase().contains(text.toLowerCase()));
    }

    @Test
    void subscribeConfirmTuneReadAndLeave() throws Exception {
        browser.get(base + "/subscribe");
        shows("Subscribe to Paperboy");
        shot("1-subscribe");
        browser.findElement(By.name("email")).sendKeys("ada@example.org");
        browser.findElement(By.name("name")).sendKeys("Ada");
        browser.findElement(By.name("topics")).sendKeys("Robots: manipulation, vision-language-action");
        browser.findElement(By.name("authors")).sendKeys("Zongqing Lu");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        shows("Check your inbox");
        shot("2-check-inbox");

        String confirm = link(text(org.paperboy.testkit.Forms.awaitMail(mail, 1)), "/confirm/");
        browser.get(confirm);
        shows("Confirm my subscription");
        shot("3-confirm");
        assertThat(app.db().subscribers().byEmail("ada@example.org").orElseThrow().status()).isEqualTo(Status.PENDING);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        shows("You are subscribed");
        shot("4-subscribed");

        app.ingestion(line -> { }).file(Path.of("samples/2026-06-08.jsonl.gz"));
        app.ingestion(line -> { }).file(Path.of("samples/2026-06-09.jsonl.gz"));
        DailyDigests digests = app.digests(tokens, base);
        digests.make(LocalDate.of(2026, 6, 8), s -> true, null, line -> { });
        app.send(100, null, line -> { });
        MimeMessage digest = mail.getReceivedMessages()[1];
        String digestText = text(digest);
        assertThat(digestText).contains("Author match: Zongqing Lu");

        browser.get(link(digestText, "/preferences/"));
        shows("Save my preferences");
        shot("5-preferences");
        var keywords = browser.findElement(By.name("keywords"));
        keywords.clear();
        keywords.sendKeys("embodied");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        shows("Saved");
        assertThat(app.db().subscribers().byEmail("ada@example.org").orElseThrow().profile().keywords()).containsExactly("embodied");

        Matcher unsubscribe = Pattern.compile("<(http[^>]+/unsubscribe/[^>]+)>").matcher(digest.getHeader("List-Unsubscribe", null));
        assertThat(unsubscribe.find()).isTrue();
        browser.get(unsubscribe.group(1));
        shows("Stop the Paperboy digests");
        shot("6-unsubscribe");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        shows("unsubscribed");
        shot("7-unsubscribed");
        assertThat(app.db().subscribers().byEmail("ada@example.org").orElseThrow().status()).isEqualTo(Status.UNSUBSCRIBED);
        assertThat(browser.findElement(By.cssSelector("button[type=submit]")).getText()).isEqualTo("Subscribe me again");

        digests.make(LocalDate.of(2026, 6, 9), s -> true, null, line -> { });
        app.send(100, null, line -> { });
        assertThat(mail.getReceivedMessages()).as("nothing after leaving").hasSize(2);
    }
}
