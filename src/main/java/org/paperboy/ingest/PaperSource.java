package org.paperboy.ingest;

/** Where a listing of papers comes from: arXiv's RSS feed, its API, or a file. */
public interface PaperSource {

    /** Reads the whole listing; a bad listing throws {@link FeedException} and yields nothing. */
    Listing fetch();
}
