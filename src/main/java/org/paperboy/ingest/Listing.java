package org.paperboy.ingest;

import java.util.List;
import org.paperboy.paper.Paper;

/** The papers one source gave, and a description of the source (a URL or a file) for messages. */
public record Listing(String source, List<Paper> papers) {
    public Listing {
        papers = List.copyOf(papers);
    }
}
