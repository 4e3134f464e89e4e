package org.paperboy.ingest;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.paperboy.paper.AnnounceType;
import org.paperboy.paper.ArxivId;
import org.paperboy.paper.Paper;

/**
 * arXiv's daily RSS listing (rss.arxiv.org/rss/cs.CL+cs.AI), in the RSS 2.0 form arXiv's feed service
 * writes: per item the title, the abs link, a description "arXiv:ID Announce Type: new Abstract: ...",
 * the oai guid, categories, {@code arxiv:announce_type}, {@code dc:creator} and the pubDate of the
 * listing.
 */
public final class ArxivRssSource implements PaperSource {

    private static final Pattern DESCRIPTION = Pattern.compile(
            "^\\s*arXiv:(\\S+)\\s+Announce Type:\\s*(\\S+)\\s*(?:Abstract:\\s*)?(.*)$", Pattern.DOTALL);

    private static final Pattern AND = Pattern.compile("\\s+and\\s+");

    private final String source;
    private final Supplier<String> body;

    private ArxivRssSource(String source, Supplier<String> body) {
        this.source = source;
        this.body = body;
    }

    public static ArxivRssSource fromUrl(PoliteHttp http, URI url) {
        return new ArxivRssSource(url.toString(), () -> http.get(url));
    }

    public static ArxivRssSource forCategories(PoliteHttp http, URI base, List<String> categories) {
        if (categories.isEmpty()) {
            throw new IllegalArgumentException("ingest.categories is empty: name at least one arXiv category, e.g. cs.CL");
        }
        String root = base.toString().endsWith("/") ? base.toString() : base + "/";
        return fromUrl(http, URI.create(root + String.join("+", categories)));
    }

    public static ArxivRssSource fromFile(Path file) {
        return new ArxivRssSource(file.toString(), () -> {
            try {
                return FeedText.read(file, HttpSettings.MAX_FEED_BYTES);
            } catch (IOException e) {
                throw new FeedException("cannot read " + file + ": " + e.getMessage(), e);
            }
        });
    }

    @Override
    public Listing fetch() {
        List<String> skipped = new ArrayList<>();
        return new Listing(source, parse(body.get(), source, skipped::add), skipped);
    }

    /** All items of the feed, or a {@link FeedException} naming the problem; never part of a feed. */
    public static List<Paper> parse(String xml, String source) {
        return parse(xml, source, reason -> { });
    }

    /** As above; an item too large to be a paper is left out and {@code skipped} told why. */
    static List<Paper> parse(String xml, String source, java.util.function.Consumer<String> skipped) {
        ErrorFeed.reason(xml).ifPresent(reason -> {
            throw new FeedException(source + ": arXiv refused the query: " + reason
                    + "; check ingest.categories against https://arxiv.org/category_taxonomy");
        });
        XMLStreamReader r = SafeXml.open(xml, source);
        try {
            if (!"rss".equals(r.getLocalName())) {
                throw new FeedException(source + " is not an RSS feed (its root element is <" + r.getLocalName()
                        + ">); check the URL, arXiv's listing is at https://rss.arxiv.org/rss/<categories>");
            }
            List<Paper> papers = new ArrayList<>();
            LocalDate channelDate = null;
            Item item = null;
            int items = 0;
            boolean channel = false;
            int depth = 0;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.END_ELEMENT) {
                    if ("item".equals(r.getLocalName()) && item != null) {
                        items++;
                        Paper paper = item.toPaper(source, items, channelDate, skipped);
                        if (paper != null) {
                            papers.add(paper);
                        }
                        item = null;
                    }
                    depth--;
                    continue;
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                depth++;
                String name = r.getLocalName();
                channel |= depth == 1 && "channel".equals(name);
                if ("item".equals(name)) {
                    item = new Item();
                } else if (item != null) {
                    item.set(name, r.getPrefix(), r.getElementText());
                    depth--;
                } else if ("pubDate".equals(name)) {
                    channelDate = date(r.getElementText(), source);
                    depth--;
                }
            }
            if (depth > 0) {
                throw new FeedException(source + " ends before its elements are closed (truncated); nothing was stored");
            }
            if (!channel) {
                throw new FeedException(source + " is an RSS document without a <channel>, not a listing;"
                        + " nothing was stored, try again later");
            }
            return papers;
        } catch (XMLStreamException e) {
            throw SafeXml.malformed(source, e);
        }
    }

    static LocalDate date(String rfc822, String source) {
        try {
            return ZonedDateTime.parse(rfc822.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
        } catch (DateTimeParseException e) {
            throw new FeedException(source + " has a pubDate that is not an RFC 822 date: '" + rfc822 + "'");
        }
    }

    /** One item's fields as read. */
    private static final class Item {
        String title = "";
        String link = "";
        String description = "";
        String guid = "";
        String announceType = "";
        String creator = "";
        String pubDate = "";
        final List<String> categories = new ArrayList<>();

        void set(String name, String prefix, String text) {
            switch (name) {
                case "title" -> title = text;
                case "link" -> link = text;
                case "description" -> description = text;
                case "guid" -> guid = text;
                case "category" -> categories.add(text.strip());
                case "announce_type" -> announceType = text;
                case "creator" -> creator = text;
                case "pubDate" -> pubDate = text;
                default -> { }
            }
        }

        /** The item's paper; null (and {@code skipped} told why) when its fields are too large to be one. */
        Paper toPaper(String source, int number, LocalDate channelDate, java.util.function.Consumer<String> skipped) {
            java.util.Optional<String> tooLarge = FeedLimits.problem(title, description, "", creator.length(), 0, categories.size());
            if (tooLarge.isPresent()) {
                String id = ArxivId.tryParse(guid).map(ArxivId::toString).orElse(guid.length() > 60 ? guid.substring(0, 60) : guid);
                skipped.accept("item " + number + " (" + id + ") of " + source + ": " + tooLarge.get().replace("abstract", "abstract (description)"));
                return null;
            }
            Matcher d = DESCRIPTION.matcher(description);
            String idText = !guid.isBlank() ? guid : d.matches() ? d.group(1) : link;
            ArxivId id = ArxivId.tryParse(idText).or(() -> d.matches() ? ArxivId.tryParse(d.group(1)) : java.util.Optional.empty())
                    .orElseThrow(() -> new FeedException(source + ": item " + number + " (" + title.strip()
                            + ") has no arXiv id in its guid, description or link; nothing was stored"));
            String type = !announceType.isBlank() ? announceType : d.matches() ? d.group(2) : "new";
            AnnounceType announce;
            try {
                // "absonly" (a revised abstract, no new version) is a kind of replacement.
                announce = "absonly".equalsIgnoreCase(type.strip()) ? AnnounceType.REPLACE : AnnounceType.fromArxiv(type);
            } catch (IllegalArgumentException e) {
                throw new FeedException(source + ": item " + number + ": " + e.getMessage());
            }
            LocalDate day = !pubDate.isBlank() ? date(pubDate, source) : channelDate;
            if (day == null) {
                throw new FeedException(source + ": item " + number + " has no pubDate and neither has the channel");
            }
            String abstractText = d.matches() ? d.group(3) : description;
            return new Paper(id, title, authors(creator), categories, abstractText, "", day, announce);
        }

        /**
         * "A, B and C" or "A, B, C": arXiv joins names with commas, sometimes "and" before the last.
         * A name may carry its affiliations in parentheses, "A (MIT, USA)", whose commas are not separators;
         * they are dropped so that author matching compares names only.
         */
        static List<String> authors(String creator) {
            List<String> names = new ArrayList<>();
            Matcher and = AND.matcher(creator);
            int start = 0;
            int parens = 0;
            for (int i = 0; i < creator.length(); i++) {
                char c = creator.charAt(i);
                parens += c == '(' ? 1 : c == ')' && parens > 0 ? -1 : 0;
                if (parens > 0) {
                    continue;
                }
                // " and " is looked for only where a run of spaces starts: trying it at every space of a long
                // run would read the whole run each time (quadratic)
                boolean runStarts = Character.isWhitespace(c) && (i == 0 || !Character.isWhitespace(creator.charAt(i - 1)));
                int end = c == ',' ? i + 1 : runStarts && and.region(i, creator.length()).lookingAt() ? and.end() : -1;
                if (end > 0) {
                    addName(creator.substring(start, i), names);
                    start = end;
                    i = end - 1;
                }
            }
            addName(creator.substring(start), names);
            return names;
        }

        /** Adds the name without its parenthesised affiliations, in one pass (a pattern would be quadratic in spaces). */
        private static void addName(String text, List<String> names) {
            StringBuilder name = new StringBuilder(Math.min(text.length(), 256));
            int depth = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '(') {
                    depth++;
                } else if (c == ')' && depth > 0) {
                    depth--;
                } else if (depth == 0) {
                    name.append(c);
                }
            }
            String clean = name.toString().strip();
            if (!clean.isEmpty()) {
                names.add(clean);
            }
        }
    }
}
