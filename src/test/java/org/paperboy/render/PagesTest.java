package org.paperboy.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class PagesTest {

    private final Pages pages = new Pages(Editions.templates());

    @Test
    void unsubscribePageAsksWithAPostFormAndOneButton() {
        Document page = Jsoup.parse(pages.unsubscribeForm("ada@example.org", "/unsubscribe/tok-123"));
        Element form = page.selectFirst("form");
        assertThat(form.attr("method")).isEqualTo("post");
        assertThat(form.attr("action")).isEqualTo("/unsubscribe/tok-123");
        assertThat(form.select("button")).hasSize(1);
        assertThat(form.selectFirst("button").text()).isEqualTo("Unsubscribe ada@example.org");
        assertThat(page.text()).contains("ada@example.org");
        // nothing on the page a link scanner could follow to unsubscribe
        assertThat(page.select("a[href]")).isEmpty();
    }

    @Test
    void pagesAreAccessibleAndMobileFriendly() {
        for (String html : new String[] {pages.unsubscribeForm("a@b.org", "/u"), pages.unsubscribed("a@b.org"),
                pages.message("Thanks", "Check your inbox.")}) {
            Document page = Jsoup.parse(html);
            assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
            assertThat(page.select("meta[charset]").attr("charset")).isEqualToIgnoringCase("utf-8");
            assertThat(page.select("meta[name=viewport]").attr("content")).contains("width=device-width");
            assertThat(page.select("h1")).hasSize(1);
            assertThat(page.select("main")).hasSize(1);
            assertThat(page.select("script, img")).isEmpty();
        }
    }

    @Test
    void unsubscribedPageConfirmsTheAddress() {
        Document page = Jsoup.parse(pages.unsubscribed("ada@example.org"));
        assertThat(page.title()).contains("unsubscribed");
        assertThat(page.text()).contains("ada@example.org will get no more mail from Paperboy");
        assertThat(page.select("form")).isEmpty();
    }

    @Test
    void messagePageShowsTitleAndTextEscaped() {
        Document page = Jsoup.parse(pages.message("Link expired <script>", "Ask for a new <b>link</b>."));
        assertThat(page.selectFirst("h1").text()).isEqualTo("Link expired <script>");
        assertThat(page.select("main p").last().text()).isEqualTo("Ask for a new <b>link</b>.");
        assertThat(page.select("script, b")).isEmpty();
    }

    @Test
    void addressWithMarkupCannotBreakTheForm() {
        Document page = Jsoup.parse(pages.unsubscribeForm("\"><script>x</script>@evil.org", "/u/t"));
        assertThat(page.select("script")).isEmpty();
        assertThat(page.selectFirst("button").text()).isEqualTo("Unsubscribe \"><script>x</script>@evil.org");
    }
}
