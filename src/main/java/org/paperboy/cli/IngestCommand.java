package org.paperboy.cli;

import org.paperboy.app.App;
import org.paperboy.publish.Ingestion;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Stores new arXiv papers.",
            "Without options it reads today's RSS listing for ingest.categories, then asks the arXiv API for any recent"
                + " announcement day with no papers stored.",
            "A malformed or truncated feed is rejected whole: nothing of it is stored."})
final class IngestCommand implements Runnable {

    @ParentCommand
    Paperboy root;

    @Option(names = "--file", paramLabel = "FILE",
            description = "Read a saved arXiv RSS file (.xml) or a JSONL listing (.jsonl, .jsonl.gz) instead; repeatable.")
    List<Path> files;

    @Option(names = "--url", paramLabel = "URL", description = "Read this arXiv RSS URL instead.")
    URI url;

    @Option(names = "--from", paramLabel = "DATE",
            description = "With --to: fetch the announcement days in this range from the arXiv API (catch-up).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last announcement day for --from.")
    LocalDate to;

    @Override
    public void run() {
        if ((from == null) != (to == null)) {
            throw new IllegalArgumentException("--from and --to go together, e.g. --from 2026-06-08 --to 2026-06-10");
        }
        try (App app = new App(root.config())) {
            Ingestion ingestion = app.ingestion(System.out::println);
            if (files != null) {
                files.forEach(ingestion::file);
            } else if (url != null) {
                ingestion.url(url);
            } else if (from != null) {
                ingestion.api(from, to);
            } else {
                ingestion.latest(java.time.Instant.now());
            }
            System.out.println(app.db().papers().count() + " papers stored in all.");
        }
    }
}
