package org.paperboy.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.paperboy.paper.Paper;
import org.paperboy.paper.PaperStore;

/** A PaperStore in a map, keeping the first announcement of each paper as the real store does. */
final class MemoryPaperStore implements PaperStore {

    private final Map<String, Paper> papers = new LinkedHashMap<>();

    @Override
    public int saveAll(Collection<Paper> batch) {
        int stored = 0;
        for (Paper p : batch) {
            if (papers.putIfAbsent(p.id().base(), p) == null) {
                stored++;
            }
        }
        return stored;
    }

    @Override
    public List<Paper> announcedOn(LocalDate day) {
        return announcedBetween(day, day);
    }

    @Override
    public List<Paper> announcedBetween(LocalDate from, LocalDate to) {
        List<Paper> found = new ArrayList<>();
        papers.values().stream().filter(p -> !p.announced().isBefore(from) && !p.announced().isAfter(to)).forEach(found::add);
        return found;
    }

    @Override
    public int count() {
        return papers.size();
    }

    @Override
    public Optional<Paper> byId(String baseId) {
        return Optional.ofNullable(papers.get(baseId));
    }
}
