package org.paperboy.ingest;

/**
 * @param fetched papers in the listing
 * @param kept    of those, the announce types configured to keep
 * @param stored  of those, papers not stored before
 * @param days    the announcement days of the papers kept
 */
public record IngestReport(String source, int fetched, int kept, int stored, java.util.SortedSet<java.time.LocalDate> days) {

    public IngestReport {
        days = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(days));
    }
}
