package org.paperboy.ingest;

import java.util.List;
import org.paperboy.paper.Paper;

/**
 * The papers one source gave, and a description of the source (a URL or a file) for messages.
 *
 * @param skipped entries left out because they cannot be papers (see FeedLimits), each with the reason
 */
public record Listing(String source, List<Paper> papers, List<String> skipped) {
    public Listing {
        papers = List.copyOf(papers);
        skipped = List.copyOf(skipped);
    }

    public Listing(String source, List<Paper> papers) {
        this(source, papers, List.of());
    }
}
