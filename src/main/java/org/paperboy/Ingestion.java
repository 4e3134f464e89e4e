package org.paperboy;

import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.paperboy.ingest.ArxivApiSource;
import org.paperboy.ingest.ArxivRssSource;
import org.paperboy.ingest.IngestReport;
import org.paperboy.ingest.JsonlSource;
import org.paperboy.ingest.PaperSource;

/** The ways papers come in: today's RSS listing, catch-up through the API, or files. */
final class Ingestion {

    private final App app;
    private final Consumer<String> progress;

    Ingestion(App app, Consumer<String> progress) {
        this.app = app;
        this.progress = progress;
    }

    /**
     * Fetches the current RSS listing, then asks the API for any recent announcement day that has no
     * papers stored (the service was down), so the next digest can catch up.
     */
    List<IngestReport> latest(Instant now) {
        List<IngestReport> reports = new ArrayList<>();
        reports.add(ingest(ArxivRssSource.forCategories(app.http(), app.rssBase(), app.config.ingest().categories())));
        LocalDate latest = app.calendar.latestAnnouncementDay(now);
        List<LocalDate> window = app.calendar.announcementDaysBetween(
                latest.minusDays(app.config.ingest().catchUpDays() * 7L / 5 + 2), latest);
        window = window.subList(Math.max(0, window.size() - app.config.ingest().catchUpDays()), window.size());
        List<LocalDate> missing = window.stream().filter(d -> app.db.papers().announcedOn(d).isEmpty()).toList();
        if (!missing.isEmpty()) {
            progress.accept("no papers stored for " + missing + ": asking the arXiv API for them");
            reports.add(api(missing.get(0), missing.get(missing.size() - 1)));
        }
        return reports;
    }

    /** Papers submitted in the days whose announcements fall in [from, to]. */
    IngestReport api(LocalDate from, LocalDate to) {
        LocalDate submittedFrom = app.calendar.previousAnnouncementDay(from);
        LocalDate submittedTo = app.calendar.previousAnnouncementDay(to).plusDays(1);
        return ingest(new ArxivApiSource(app.http(), URI.create(app.config.ingest().apiUrl()),
                app.config.ingest().categories(), submittedFrom, submittedTo, app.calendar));
    }

    IngestReport file(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        PaperSource source = name.endsWith(".jsonl") || name.endsWith(".jsonl.gz")
                ? new JsonlSource(file)
                : ArxivRssSource.fromFile(file);
        return ingest(source);
    }

    IngestReport url(URI url) {
        return ingest(ArxivRssSource.fromUrl(app.http(), url));
    }

    /** Each new paper is embedded once, now, so that no digest waits for the model. */
    private void embed(IngestReport report) {
        for (LocalDate day : report.days()) {
            List<org.paperboy.paper.Paper> papers = app.db.papers().announcedOn(day);
            int embedded = app.embeddings().embedNew(papers, line -> progress.accept("  " + day + ": " + line));
            if (embedded > 0) {
                progress.accept(day + ": " + embedded + " papers embedded (" + app.embeddings().model() + ")");
            }
        }
    }

    private IngestReport ingest(PaperSource source) {
        IngestReport report = app.ingestor(progress).ingest(source);
        progress.accept(String.format("%s: %d papers in the listing, %d kept, %d new", report.source(),
                report.fetched(), report.kept(), report.stored()));
        embed(report);
        return report;
    }
}
