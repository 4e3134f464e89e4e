package org.paperboy.ingest;

/**
 * @param fetched papers in the listing
 * @param kept    of those, the announce types configured to keep
 * @param stored  of those, papers not stored before
 */
public record IngestReport(String source, int fetched, int kept, int stored) {
}
