package org.paperboy.app;

import org.paperboy.publish.WeeklyIssues;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.paperboy.publish.ArchiveStore;
import org.paperboy.render.Pages;
import org.paperboy.web.Archive;

/** The web archive over the stored issues: the index, each weekly page with navigation, the Atom feed. */
final class WebArchive implements Archive {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);

    private final ArchiveStore store;
    private final Pages pages;
    private final Supplier<String> base;

    /** @param base the public base URL; asked each time, since the demo learns its port only once listening */
    WebArchive(ArchiveStore store, Pages pages, Supplier<String> base) {
        this.store = store;
        this.pages = pages;
        this.base = base;
    }

    @Override
    public String index() {
        Map<String, List<Map<String, Object>>> months = new LinkedHashMap<>();
        for (ArchiveStore.Entry e : store.publicIssues()) {
            months.computeIfAbsent(MONTH.format(WeeklyIssues.monday(e.week())), m -> new ArrayList<>())
                    .add(Map.of("subject", e.subject(), "url", url(e)));
        }
        List<Map<String, Object>> list = new ArrayList<>();
        months.forEach((name, issues) -> list.add(Map.of("name", name, "issues", issues)));
        return pages.archive(list, base.get() + "/archive/feed.atom");
    }

    @Override
    public String home() {
        List<Map<String, Object>> newest = store.publicIssues().stream().limit(5)
                .map(e -> Map.<String, Object>of("subject", e.subject(), "url", url(e))).toList();
        return pages.home(newest, base.get() + "/archive/feed.atom");
    }

    @Override
    public Optional<String> weekly(String kind, String week) {
        List<ArchiveStore.Entry> sameKind = store.publicIssues().stream().filter(e -> e.kind().equals(kind)).toList();
        Optional<String> html = store.publicHtml(kind, week);
        if (html.isEmpty()) {
            return html;
        }
        int at = -1;
        for (int i = 0; i < sameKind.size(); i++) {
            if (sameKind.get(i).week().equals(week)) {
                at = i;
            }
        }
        // Newest first: the week before this one comes after it in the list.
        String previous = at >= 0 && at + 1 < sameKind.size() ? url(sameKind.get(at + 1)) : "";
        String next = at > 0 ? url(sameKind.get(at - 1)) : "";
        String title = at >= 0 ? sameKind.get(at).subject() : "Weekly breakthroughs";
        return Optional.of(pages.archiveIssue(title, html.get(), previous, base.get() + "/archive", next,
                base.get() + "/subscribe"));
    }

    @Override
    public String atom() {
        try {
            StringWriter out = new StringWriter();
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            List<ArchiveStore.Entry> entries = store.publicIssues();
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("feed");
            x.writeDefaultNamespace("http://www.w3.org/2005/Atom");
            element(x, "title", "Paperboy weekly breakthroughs");
            element(x, "id", base.get() + "/archive");
            element(x, "updated", entries.isEmpty() ? "1970-01-01T00:00:00Z" : entries.get(0).created().toString());
            link(x, base.get() + "/archive/feed.atom", "self");
            link(x, base.get() + "/archive", "alternate");
            x.writeStartElement("author");
            element(x, "name", "Paperboy");
            x.writeEndElement();
            for (ArchiveStore.Entry e : entries) {
                x.writeStartElement("entry");
                element(x, "title", e.subject());
                element(x, "id", url(e));
                element(x, "updated", e.created().toString());
                link(x, url(e), "alternate");
                element(x, "summary", e.summary());
                x.writeEndElement();
            }
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
            return out.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the Atom feed", e);
        }
    }

    @Override
    public Optional<String> readerIssue(long subscriberId, String kind, String date) {
        try {
            return store.readerHtml(subscriberId, kind, LocalDate.parse(date));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private String url(ArchiveStore.Entry e) {
        return base.get() + "/archive/" + e.kind() + "/" + e.week();
    }

    private static void element(XMLStreamWriter x, String name, String text) throws XMLStreamException {
        x.writeStartElement(name);
        x.writeCharacters(text);
        x.writeEndElement();
    }

    private static void link(XMLStreamWriter x, String href, String rel) throws XMLStreamException {
        x.writeEmptyElement("link");
        x.writeAttribute("href", href);
        x.writeAttribute("rel", rel);
    }
}
