package org.paperboy.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.paperboy.subscriber.Subscriber;
import org.paperboy.subscriber.Tokens;
import org.paperboy.subscriber.Tokens.Purpose;
import org.paperboy.testkit.TestApps;
import org.paperboy.web.WebServer;

/**
 * Every kind of page a reader meets, checked by axe-core (from npm, injected into the page) in headless
 * Chromium at a phone's width and a desktop's: no serious or critical violation anywhere.
 */
class AccessibilityTest {

    static final Path AXE = Path.of("node_modules", "axe-core", "axe.min.js");

    @TempDir
    Path dir;
    App app;
    WebServer web;
    WebDriver browser;
    String base;
    Tokens tokens;

    @BeforeEach
    void start() {
        boolean present = Files.isExecutable(BrowserFlowTest.CHROMIUM) && Files.isExecutable(BrowserFlowTest.DRIVER)
                && Files.isReadable(AXE);
        if (System.getenv("CI_REQUIRE_BROWSER") == null) {
            Assumptions.assumeTrue(present, "needs Chromium, chromedriver and axe-core (npm ci)");
        }
        app = TestApps.withMail(dir, 25);
        tokens = TestApps.tokens();
        web = TestApps.web(app, tokens, () -> base);
        base = "http://127.0.0.1:" + web.port();
        browser = BrowserFlowTest.chromium();
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        app.db().subscribers().upsert(EndToEndTest.reader("ada@example.org", "Ada", "language models", "Zongqing Lu"));
        app.ingestion(line -> { }).file(Path.of("src/test/resources/org/paperboy/render/papers-2026-06-08.jsonl"));
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

    @Test
    void everyPageHasNoSeriousViolationOnAPhoneOrADesktop() throws Exception {
        Subscriber ada = app.db().subscribers().byEmail("ada@example.org").orElseThrow();
        String preferences = tokens.issue(Purpose.PREFERENCES, ada.id());
        List<String> pages = List.of("/", "/archive", "/subscribe",
                "/unsubscribe/" + tokens.issue(Purpose.UNSUBSCRIBE, ada.id()),
                "/preferences/" + preferences,
                "/feedback/" + preferences + "/2606.06625/more",
                "/view/not-a-token/daily/2026-06-08");
        String axe = Files.readString(AXE);
        List<String> violations = new ArrayList<>();
        for (int width : new int[] {375, 1280}) {
            browser.manage().window().setSize(new Dimension(width, 900));
            for (String page : pages) {
                browser.get(base + page);
                ((JavascriptExecutor) browser).executeScript(axe);
                Map<?, ?> found = (Map<?, ?>) ((JavascriptExecutor) browser).executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                        + "axe.run(document).then(r => done({passed: r.passes.length, serious: r.violations"
                        + "  .filter(v => v.impact === 'serious' || v.impact === 'critical')"
                        + "  .map(v => v.id + ': ' + v.help + ' (' + v.nodes.map(n => n.target.join(' ')).join(', ') + ')')}));");
                assertThat((Long) found.get("passed")).as("axe checked " + page).isGreaterThan(10);
                for (Object v : (List<?>) found.get("serious")) {
                    violations.add(width + " px " + page.replaceAll("/[A-Za-z0-9_-]{20,}", "/TOKEN") + ": " + v);
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void onlyUnsubscribingIsRedAndTheFrontPageLeadsToSignUpAndTheArchive() {
        Subscriber ada = app.db().subscribers().byEmail("ada@example.org").orElseThrow();
        browser.get(base + "/unsubscribe/" + tokens.issue(Purpose.UNSUBSCRIBE, ada.id()));
        String red = browser.findElement(By.cssSelector("button[type=submit]")).getCssValue("background-color");
        browser.get(base + "/feedback/" + tokens.issue(Purpose.PREFERENCES, ada.id()) + "/2606.06625/more");
        var more = browser.findElement(By.cssSelector("button[type=submit]"));
        assertThat(more.getText()).isEqualTo("Yes, more like this");
        assertThat(more.getCssValue("background-color")).isNotEqualTo(red);

        browser.get(base + "/");
        Map<String, String> links = new java.util.HashMap<>();
        browser.findElements(By.tagName("a")).forEach(a -> links.put(a.getText(), a.getAttribute("href")));
        assertThat(links).containsEntry("Subscribe", base + "/subscribe").containsEntry("All weekly issues", base + "/archive");
        browser.get(base + "/archive");
        assertThat(browser.findElement(By.linkText("Subscribe")).getAttribute("href")).isEqualTo(base + "/subscribe");
    }
}
