package org.paperboy.ingest;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.paperboy.paper.AnnounceType;
import org.paperboy.paper.ArxivId;
import org.paperboy.paper.Paper;

/**
 * Papers submitted in a date range, from the arXiv API's Atom feed (https://info.arxiv.org/help/api/):
 * used to catch up on announcement days the service missed. Each paper is dated with the listing its
 * submission time falls into.
 */
public final class ArxivApiSource implements PaperSource {

    public static final URI ENDPOINT = URI.create("https://export.arxiv.org/api/query");
    static final int PAGE_SIZE = 200;
    /** The API caps a query's results; beyond this a range must be split. */
    static final int MAX_RESULTS = 10_000;
    static final int EMPTY_PAGE_RETRIES = 2;

    private final PoliteHttp http;
    private final URI endpoint;
    private final List<String> categories;
    private final LocalDate from;
    private final LocalDate to;
    private final AnnouncementCalendar calendar;
    private final int pageSize;

    public ArxivApiSource(PoliteHttp http, URI endpoint, List<String> categories, LocalDate from, LocalDate to,
            AnnouncementCalendar calendar) {
        this(http, endpoint, categories, from, to, calendar, PAGE_SIZE);
    }

    ArxivApiSource(PoliteHttp http, URI endpoint, List<String> categories, LocalDate from, LocalDate to,
            AnnouncementCalendar calendar, int pageSize) {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("the API range starts (" + from + ") after it ends (" + to + ")");
        }
        this.http = http;
        this.endpoint = endpoint;
        this.categories = List.copyOf(categories);
        this.from = from;
        this.to = to;
        this.calendar = calendar;
        this.pageSize = pageSize;
    }

    @Override
    public Listing fetch() {
        List<Paper> papers = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        Page first = page(0);
        int total = first.total();
        if (total > MAX_RESULTS) {
            throw new FeedException("the arXiv API has " + total + " papers for " + query() + ", more than the "
                    + MAX_RESULTS + " it serves for one query; nothing was stored, ask for fewer days at a time");
        }
        papers.addAll(first.papers());
        skipped.addAll(first.skipped());
        boolean more = total >= 0 ? pageSize < total : first.entries() == pageSize;
        for (int start = pageSize; more; start += pageSize) {
            Page page = page(start);
            for (int retry = 0; page.entries() == 0 && total >= 0 && retry < EMPTY_PAGE_RETRIES; retry++) {
                // The API is known to answer a page in the middle of a result set with nothing now and then.
                page = page(start);
            }
            if (page.entries() == 0 && total >= 0) {
                throw new FeedException("the arXiv API kept answering an empty page at " + start + " of " + total
                        + " results for " + query() + "; nothing was stored, try again later");
            }
            papers.addAll(page.papers());
            skipped.addAll(page.skipped());
            more = total >= 0 ? start + pageSize < total : page.entries() == pageSize;
        }
        return new Listing(endpoint + " " + query(), papers, skipped);
    }

    private Page page(int start) {
        URI uri = pageUri(start);
        return parsePage(http.get(uri), uri.toString(), calendar);
    }

    String query() {
        String cats = categories.stream().map(c -> "cat:" + c).collect(Collectors.joining(" OR "));
        return "(" + cats + ") AND submittedDate:[" + stamp(from) + "0000 TO " + stamp(to) + "2359]";
    }

    URI pageUri(int start) {
        return URI.create(endpoint + "?search_query=" + URLEncoder.encode(query(), StandardCharsets.UTF_8)
                + "&start=" + start + "&max_results=" + pageSize + "&sortBy=submittedDate&sortOrder=ascending");
    }

    private static String stamp(LocalDate d) {
        return d.toString().replace("-", "");
    }

    /** The entries of one Atom response; an API error entry or bad XML is a {@link FeedException}. */
    public static List<Paper> parse(String atom, String source, AnnouncementCalendar calendar) {
        return parsePage(atom, source, calendar).papers();
    }

    /**
     * One response's entries and the size of the whole result set (-1 when the response omits it).
     *
     * @param skipped entries left out as too large to be papers, with the reason
     */
    record Page(List<Paper> papers, int total, List<String> skipped) {
        int entries() {
            return papers.size() + skipped.size();
        }
    }

    static Page parsePage(String atom, String source, AnnouncementCalendar calendar) {
        XMLStreamReader r = SafeXml.open(atom, source);
        try {
            if (!"feed".equals(r.getLocalName())) {
                throw new FeedException(source + " is not an Atom feed (root <" + r.getLocalName() + ">)");
            }
            List<Paper> papers = new ArrayList<>();
            List<String> skipped = new ArrayList<>();
            int total = -1;
            Entry entry = null;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.END_ELEMENT && "entry".equals(r.getLocalName()) && entry != null) {
                    java.util.Optional<String> tooLarge = FeedLimits.problem(entry.title, entry.summary, entry.comment,
                            entry.authors.stream().mapToInt(String::length).sum(), entry.authors.size(), entry.categories.size());
                    if (tooLarge.isPresent()) {
                        String id = entry.id.strip();
                        skipped.add("entry " + (id.length() > 80 ? id.substring(0, 80) + "..." : id) + " of " + source + ": " + tooLarge.get());
                    } else {
                        papers.add(entry.toPaper(source, calendar));
                    }
                    entry = null;
                } else if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = r.getLocalName();
                    if ("entry".equals(name)) {
                        entry = new Entry();
                    } else if (entry != null) {
                        entry.read(name, r);
                    } else if ("totalResults".equals(name)) {
                        total = count(r.getElementText());
                    }
                }
            }
            return new Page(papers, total, skipped);
        } catch (XMLStreamException e) {
            throw SafeXml.malformed(source, e);
        }
    }

    private static int count(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static final class Entry {
        String id = "";
        String title = "";
        String summary = "";
        String comment = "";
        String published = "";
        String primary = "";
        final List<String> authors = new ArrayList<>();
        final List<String> categories = new ArrayList<>();

        void read(String name, XMLStreamReader r) throws XMLStreamException {
            switch (name) {
                case "id" -> id = r.getElementText();
                case "title" -> title = r.getElementText();
                case "summary" -> summary = r.getElementText();
                case "comment" -> comment = r.getElementText();
                case "published" -> published = r.getElementText();
                case "name" -> authors.add(r.getElementText());
                case "primary_category" -> primary = attribute(r, "term");
                case "category" -> categories.add(attribute(r, "term"));
                default -> { }
            }
        }

        Paper toPaper(String source, AnnouncementCalendar calendar) {
            if (id.contains("/api/errors")) {
                throw new FeedException("the arXiv API refused the query: " + summary.strip() + " (" + source + ")");
            }
            ArxivId arxivId = ArxivId.tryParse(id.strip()).orElseThrow(() -> new FeedException(
                    source + ": an entry has no arXiv id (" + id + "); nothing was stored"));
            Instant when;
            try {
                when = Instant.parse(published.strip());
            } catch (DateTimeParseException e) {
                throw new FeedException(source + ": entry " + arxivId + " has no valid published date ('" + published + "')");
            }
            List<String> cats = new ArrayList<>();
            if (!primary.isBlank()) {
                cats.add(primary);
            }
            categories.stream().filter(c -> !c.isBlank() && !cats.contains(c)).forEach(cats::add);
            return new Paper(arxivId, title, authors, cats, summary, comment, calendar.announcementDayFor(when),
                    AnnounceType.NEW);
        }

        private static String attribute(XMLStreamReader r, String name) {
            String value = r.getAttributeValue(null, name);
            return value == null ? "" : value.strip();
        }
    }
}
