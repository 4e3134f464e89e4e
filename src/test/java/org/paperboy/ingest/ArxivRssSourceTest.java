package org.paperboy.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.paper.AnnounceType;
import org.paperboy.paper.Paper;

class ArxivRssSourceTest {

    static final Path FIXTURES = Path.of("src/test/resources/ingest");

    @TempDir
    Path dir;

    @Test
    void readsEveryItemOfArxivsListingWithVersionTypeAuthorsAndDay() {
        Listing listing = ArxivRssSource.fromFile(FIXTURES.resolve("rss-2026-06-08.xml")).fetch();
        List<Paper> papers = listing.papers();
        assertThat(papers).hasSize(24);
        Paper first = papers.get(0);
        assertThat(first.id().versioned()).isEqualTo("2606.06625v1");
        assertThat(first.title()).isEqualTo("N-Player Binary Games with Unidirectional Dependencies: Cycle Robustness and Induced Indifference");
        assertThat(first.authors()).containsExactly("Jose Maria Sanchez-Saez", "Nana Odishelidze", "Francisco Criado-Aldeanueva");
        assertThat(first.categories()).containsExactly("cs.GT", "math.ST");
        assertThat(first.abstractText()).startsWith("The present study provides a closed-form characterisation")
                .doesNotContain("Announce Type");
        assertThat(first.announced()).isEqualTo(LocalDate.of(2026, 6, 8));
        assertThat(papers).extracting(Paper::announceType)
                .containsOnly(AnnounceType.NEW, AnnounceType.CROSS, AnnounceType.REPLACE, AnnounceType.REPLACE_CROSS);
        assertThat(papers.stream().filter(p -> p.announceType() == AnnounceType.REPLACE).findFirst().orElseThrow().id().version())
                .isEqualTo(2);
    }

    @Test
    void anEmptyChannelIsAValidEmptyListing() {
        assertThat(ArxivRssSource.fromFile(FIXTURES.resolve("rss-empty.xml")).fetch().papers()).isEmpty();
    }

    @Test
    void aTruncatedFeedIsRejectedNamingTheSource() {
        Path file = FIXTURES.resolve("rss-truncated.xml");
        assertThatThrownBy(() -> ArxivRssSource.fromFile(file).fetch())
                .isInstanceOf(FeedException.class)
                .hasMessageContaining("rss-truncated.xml")
                .hasMessageContaining("nothing was stored");
    }

    @Test
    void anExternalEntityIsNeverResolved() throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET");
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<rss version=\"2.0\"><channel><item><title>&xxe;</title>"
                + "<guid>oai:arXiv.org:2606.00001v1</guid><pubDate>Mon, 08 Jun 2026 00:00:00 -0400</pubDate></item></channel></rss>";
        assertThatThrownBy(() -> ArxivRssSource.parse(xxe, "hostile.xml"))
                .isInstanceOf(FeedException.class)
                .hasMessageContaining("DOCTYPE")
                .hasMessageNotContaining("TOP-SECRET");
    }

    @Test
    void billionLaughsIsRefusedQuickly() {
        StringBuilder doc = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            doc.append("<!ENTITY lol").append(i).append(" \"");
            doc.append(("&lol" + (i == 1 ? "" : String.valueOf(i - 1)) + ";").repeat(10)).append("\">");
        }
        doc.append("]>\n<rss version=\"2.0\"><channel><title>&lol9;</title></channel></rss>");
        assertThatThrownBy(() -> ArxivRssSource.parse(doc.toString(), "lolz.xml"))
                .isInstanceOf(FeedException.class)
                .hasMessageContaining("lolz.xml");
    }

    @Test
    void aDocumentThatIsNotRssSaysWhereTheListingIs() {
        assertThatThrownBy(() -> ArxivRssSource.parse("<html><body>Rate limited</body></html>", "https://rss.arxiv.org/rss/cs.CL"))
                .isInstanceOf(FeedException.class)
                .hasMessageContaining("not an RSS feed")
                .hasMessageContaining("<html>");
        assertThatThrownBy(() -> ArxivRssSource.parse("<rss version=\"2.0\"/>", "https://rss.arxiv.org/rss/cs.CL"))
                .isInstanceOf(FeedException.class)
                .hasMessageContaining("without a <channel>");
    }

    @Test
    void anItemWithoutAnIdRejectsTheWholeFeed() {
        String feed = "<rss version=\"2.0\"><channel><pubDate>Mon, 08 Jun 2026 00:00:00 -0400</pubDate>"
                + "<item><title>Good</title><guid>oai:arXiv.org:2606.00001v1</guid></item>"
                + "<item><title>Broken</title><description>no id here</description></item></channel></rss>";
        assertThatThrownBy(() -> ArxivRssSource.parse(feed, "feed.xml"))
                .isInstanceOf(FeedException.class)
                .hasMessageContaining("item 2 (Broken)");
    }

    @Test
    void htmlInATitleIsKeptAsTextForTheTemplatesToEscape() {
        String feed = "<rss version=\"2.0\"><channel><item><title>&lt;script&gt;alert(1)&lt;/script&gt; Attention</title>"
                + "<guid>oai:arXiv.org:2606.00001v1</guid><pubDate>Mon, 08 Jun 2026 00:00:00 -0400</pubDate>"
                + "<dc:creator xmlns:dc=\"http://purl.org/dc/elements/1.1/\">A. One, B. Two and C. Three</dc:creator>"
                + "</item></channel></rss>";
        Paper p = ArxivRssSource.parse(feed, "feed.xml").get(0);
        assertThat(p.title()).isEqualTo("<script>alert(1)</script> Attention");
        assertThat(p.authors()).containsExactly("A. One", "B. Two", "C. Three");
    }

    @Test
    void affiliationsInTheCreatorFieldDoNotSplitNames() {
        String creator = "Ada Lovelace (University of London, UK), Charles Babbage, and Mary Somerville (Oxford (Somerville))";
        Paper p = ArxivRssSource.parse(feed(item("2606.00001v1", "new", creator, PUB_DATE)), "feed.xml").get(0);
        assertThat(p.authors()).containsExactly("Ada Lovelace", "Charles Babbage", "Mary Somerville");
    }

    @Test
    void anAbstractOnlyUpdateIsAReplacementAndDoesNotRejectTheFeed() {
        List<Paper> papers = ArxivRssSource.parse(feed(item("2606.00001v1", "new", "A. One", PUB_DATE),
                item("2601.00002v1", "absonly", "B. Two", PUB_DATE)), "feed.xml");
        assertThat(papers).extracting(Paper::announceType).containsExactly(AnnounceType.NEW, AnnounceType.REPLACE);
    }

    @Test
    void theAnnouncementDayIsTheDateInTheFeedsOwnOffset() {
        // 23:30 in New York is already the next day in UTC; an item without a pubDate takes the channel's.
        List<Paper> papers = ArxivRssSource.parse(feed(item("2606.00001v1", "new", "A. One", "Mon, 08 Jun 2026 23:30:00 -0400"),
                item("2606.00002v1", "new", "B. Two", null)), "feed.xml");
        assertThat(papers).extracting(Paper::announced).containsOnly(LocalDate.of(2026, 6, 8));
    }

    @Test
    void arxivsErrorFeedForABadCategoryIsReportedWithItsReason() {
        String error = "<rss xmlns:arxiv=\"http://arxiv.org/schemas/atom\" version=\"2.0\"><channel>"
                + "<title>Feed error for query: https://rss.arxiv.org/rss/cs.XX</title>"
                + "<link>https://rss.arxiv.org/rss/cs.XX</link>"
                + "<description>Bad subject class 'XX'. Valid subject classes for the archive 'cs' are: cs.AI, cs.CL.</description>"
                + "<pubDate>" + PUB_DATE + "</pubDate></channel></rss>";
        assertThatThrownBy(() -> ArxivRssSource.parse(error, "https://rss.arxiv.org/rss/cs.XX"))
                .isInstanceOf(FeedException.class)
                .hasMessageContaining("Bad subject class 'XX'")
                .hasMessageContaining("ingest.categories");
    }

    static final String PUB_DATE = "Mon, 08 Jun 2026 00:00:00 -0400";

    /** An item as arXiv's feed service writes one. */
    static String item(String id, String type, String creator, String pubDate) {
        String base = id.replaceAll("v\\d+$", "");
        return "<item><title>Paper " + base + "</title><link>https://arxiv.org/abs/" + base + "</link>"
                + "<description>arXiv:" + id + " Announce Type: " + type + " \nAbstract: An abstract.</description>"
                + "<guid isPermaLink=\"false\">oai:arXiv.org:" + id + "</guid><category>cs.CL</category>"
                + (pubDate == null ? "" : "<pubDate>" + pubDate + "</pubDate>")
                + "<arxiv:announce_type>" + type + "</arxiv:announce_type>"
                + "<dc:rights>http://creativecommons.org/licenses/by/4.0/</dc:rights><dc:creator>" + creator + "</dc:creator></item>";
    }

    static String feed(String... items) {
        return "<?xml version='1.0' encoding='UTF-8'?>\n<rss xmlns:arxiv=\"http://arxiv.org/schemas/atom\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" version=\"2.0\"><channel>"
                + "<title>cs.CL updates on arXiv.org</title><pubDate>" + PUB_DATE + "</pubDate>"
                + String.join("", items) + "</channel></rss>";
    }
}
