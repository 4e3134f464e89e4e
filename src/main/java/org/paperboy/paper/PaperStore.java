package org.paperboy.paper;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** Where papers live once ingested. Saving an id already stored keeps the first announcement. */
public interface PaperStore {

    /** Stores the papers not yet known (by {@link ArxivId#base()}); returns how many were new. */
    int saveAll(Collection<Paper> papers);

    /** Papers first announced on the given day. */
    List<Paper> announcedOn(LocalDate day);

    /** Papers first announced within [from, to], both inclusive. */
    List<Paper> announcedBetween(LocalDate from, LocalDate to);

    int count();

    /** The paper with this base id (no version). */
    java.util.Optional<Paper> byId(String baseId);
}
