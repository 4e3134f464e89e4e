package org.paperboy.ingest;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.paperboy.paper.AnnounceType;
import org.paperboy.paper.Paper;
import org.paperboy.paper.PaperStore;

/** Reads a source and stores the papers of the kinds wanted. */
public final class Ingestor {

    private final PaperStore store;
    private final Set<AnnounceType> keep;
    private final Consumer<String> progress;

    public Ingestor(PaperStore store, Set<AnnounceType> keep, Consumer<String> progress) {
        if (keep.isEmpty()) {
            throw new IllegalArgumentException("ingest.announce_types is empty: keep at least one of new, cross, replace, replace-cross");
        }
        this.store = store;
        this.keep = Set.copyOf(keep);
        this.progress = progress;
    }

    /** Fetches the whole listing first, so a feed that breaks halfway stores nothing. */
    public IngestReport ingest(PaperSource source) {
        Listing listing = source.fetch();
        progress.accept("read " + listing.papers().size() + " papers from " + listing.source());
        listing.skipped().forEach(reason -> progress.accept("left out " + reason));
        Map<String, Paper> wanted = new LinkedHashMap<>();
        for (Paper p : listing.papers()) {
            if (keep.contains(p.announceType())) {
                wanted.putIfAbsent(p.id().base(), p);
            }
        }
        int stored = store.saveAll(wanted.values());
        java.util.SortedSet<java.time.LocalDate> days = new java.util.TreeSet<>();
        wanted.values().forEach(p -> days.add(p.announced()));
        return new IngestReport(listing.source(), listing.papers().size(), wanted.size(), stored, days);
    }
}
