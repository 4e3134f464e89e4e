package org.paperboy.publish;

import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.paperboy.ingest.AnnouncementCalendar;
import org.paperboy.ingest.ArxivApiSource;
import org.paperboy.ingest.ArxivRssSource;
import org.paperboy.ingest.IngestReport;
import org.paperboy.ingest.Ingestor;
import org.paperboy.ingest.JsonlSource;
import org.paperboy.ingest.PaperSource;
import org.paperboy.ingest.PoliteHttp;
import org.paperboy.paper.Paper;
import org.paperboy.paper.PaperStore;
import org.paperboy.score.Embeddings;

/** The ways papers come in: today's RSS listing, catch-up through the API, or files. */
public final class Ingestion {

    /** Where the listings come from: the RSS and API addresses, the categories and how far back to catch up. */
    public record Feeds(URI rss, URI api, List<String> categories, int catchUpDays) {
    }

    private final PaperStore papers;
    private final Ingestor ingestor;
    private final Supplier<PoliteHttp> http;
    private final Feeds feeds;
    private final AnnouncementCalendar calendar;
    private final Supplier<Embeddings> embeddings;
    private final Consumer<String> progress;

    /**
     * @param http       the polite HTTP client, made only when a source on the network is asked
     * @param embeddings the embedding model, loaded only when there are new papers to embed
     */
    public Ingestion(PaperStore papers, Ingestor ingestor, Supplier<PoliteHttp> http, Feeds feeds,
            AnnouncementCalendar calendar, Supplier<Embeddings> embeddings, Consumer<String> progress) {
        this.papers = papers;
        this.ingestor = ingestor;
        this.http = http;
        this.feeds = feeds;
        this.calendar = calendar;
        this.embeddings = embeddings;
        this.progress = progress;
    }

    /**
     * Fetches the current RSS listing, then asks the API for any recent announcement day that has no
     * papers stored (the service was down), so the next digest can catch up.
     */
    public List<IngestReport> latest(Instant now) {
        List<IngestReport> reports = new ArrayList<>();
        reports.add(ingest(ArxivRssSource.forCategories(http.get(), feeds.rss(), feeds.categories())));
        LocalDate latest = calendar.latestAnnouncementDay(now);
        List<LocalDate> window = calendar.announcementDaysBetween(latest.minusDays(feeds.catchUpDays() * 7L / 5 + 2), latest);
        window = window.subList(Math.max(0, window.size() - feeds.catchUpDays()), window.size());
        List<LocalDate> missing = window.stream().filter(d -> papers.announcedOn(d).isEmpty()).toList();
        if (!missing.isEmpty()) {
            progress.accept("no papers stored for " + Days.of(missing) + ": asking the arXiv API for them");
            reports.add(api(missing.get(0), missing.get(missing.size() - 1)));
        }
        return reports;
    }

    /** Papers submitted in the days whose announcements fall in [from, to]. */
    public IngestReport api(LocalDate from, LocalDate to) {
        LocalDate submittedFrom = calendar.previousAnnouncementDay(from);
        LocalDate submittedTo = calendar.previousAnnouncementDay(to).plusDays(1);
        return ingest(new ArxivApiSource(http.get(), feeds.api(), feeds.categories(), submittedFrom, submittedTo, calendar));
    }

    public IngestReport file(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        PaperSource source = name.endsWith(".jsonl") || name.endsWith(".jsonl.gz")
                ? new JsonlSource(file)
                : ArxivRssSource.fromFile(file);
        return ingest(source);
    }

    public IngestReport url(URI url) {
        return ingest(ArxivRssSource.fromUrl(http.get(), url));
    }

    /** Each new paper is embedded once, now, so that no digest waits for the model. */
    private void embed(IngestReport report) {
        for (LocalDate day : report.days()) {
            List<Paper> announced = papers.announcedOn(day);
            int embedded = embeddings.get().embedNew(announced, line -> progress.accept("  " + day + ": " + line));
            if (embedded > 0) {
                progress.accept(day + ": " + embedded + " papers embedded (" + embeddings.get().model() + ")");
            }
        }
    }

    private IngestReport ingest(PaperSource source) {
        IngestReport report = ingestor.ingest(source);
        progress.accept(String.format("%s: %d papers in the listing, %d kept, %d new", report.source(),
                report.fetched(), report.kept(), report.stored()));
        embed(report);
        return report;
    }
}
