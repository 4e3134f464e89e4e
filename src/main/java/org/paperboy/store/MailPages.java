package org.paperboy.store;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.Handle;
import org.paperboy.issue.NewIssue;

/**
 * The pages of lines a day's issues share ({@link MailPacking}), for one database. A batch of issues puts
 * the lines at least two of its issues have, and no earlier page of the day has, in a page of its own; the
 * lines of the pages this process stored are remembered by day, so later batches of the run refer to
 * them. Pages are read through a bounded cache: a run's mails share a few.
 */
final class MailPages {

    /** The issues of a batch packed, and what to remember once their transaction is committed. */
    record Packed(List<byte[]> bodies, List<Long> pages, Runnable remember) {
    }

    private static final long KEPT = -1;
    private static final long PENDING = -2;

    /** Per day, the line → reference of the pages this process stored; the newest few days only. */
    private final Cache<String, Map<String, Long>> byDay = Caffeine.newBuilder().maximumSize(3).build();
    private final Cache<Long, List<String>> read = Caffeine.newBuilder()
            .maximumWeight(16L << 20)
            .weigher((Long id, List<String> lines) -> lines.stream().mapToInt(String::length).sum() + lines.size())
            .build();

    /** Packs {@code issues}, storing in {@code h}'s transaction the page of the lines they newly share. */
    Packed pack(Handle h, List<NewIssue> issues) {
        // each part's lines, split once, and each line looked up once: its reference, KEPT in the mail, or
        // PENDING while it may yet go on this batch's page
        List<List<String>[]> lines = new ArrayList<>(issues.size());
        List<long[][]> refs = new ArrayList<>(issues.size());
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        for (NewIssue issue : issues) {
            @SuppressWarnings("unchecked")
            List<String>[] parts = new List[] {MailPacking.lines(issue.html()), MailPacking.lines(issue.text())};
            long[][] found = new long[2][];
            lines.add(parts);
            refs.add(found);
            Map<String, Long> known = known(issue);
            Map<String, Integer> day = counts.computeIfAbsent(issue.date().toString(), d -> new LinkedHashMap<>());
            for (int k = 0; k < 2; k++) {
                List<String> part = parts[k];
                long[] ref = found[k] = new long[part.size()];
                for (int i = 0; i < ref.length; i++) {
                    String line = part.get(i);
                    Long r = line.length() < MailPacking.MIN_SHARED ? Long.valueOf(KEPT) : known.get(line);
                    ref[i] = r != null ? r : PENDING;
                    if (r == null) {
                        day.merge(line, 1, Integer::sum);
                    }
                }
            }
        }
        Map<String, Map<String, Long>> fresh = new HashMap<>();
        List<Long> pages = new ArrayList<>();
        counts.forEach((day, candidates) -> {
            List<String> shared = candidates.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList();
            if (!shared.isEmpty()) {
                long id = h.createQuery(Queries.get("mail-page-insert")).bind("day", day)
                        .bind("body", MailPacking.packPage(shared)).mapTo(Long.class).one();
                pages.add(id);
                Map<String, Long> page = new HashMap<>(shared.size() * 2);
                for (int i = 0; i < shared.size(); i++) {
                    page.put(shared.get(i), MailPacking.ref(id, i));
                }
                fresh.put(day, page);
            }
        });
        List<byte[]> bodies = new ArrayList<>(issues.size());
        for (int i = 0; i < issues.size(); i++) {
            Map<String, Long> added = fresh.getOrDefault(issues.get(i).date().toString(), Map.of());
            long[][] found = refs.get(i);
            for (int k = 0; k < 2; k++) {
                long[] ref = found[k];
                for (int j = 0; j < ref.length; j++) {
                    if (ref[j] == PENDING) {
                        ref[j] = added.getOrDefault(lines.get(i)[k].get(j), KEPT);
                    }
                }
            }
            bodies.add(MailPacking.pack(lines.get(i)[0], found[0], lines.get(i)[1], found[1]));
        }
        return new Packed(bodies, pages, () -> fresh.forEach((day, page) ->
                byDay.get(day, d -> new ConcurrentHashMap<>()).putAll(page)));
    }

    /** Drops the pages of a batch none of whose issues was stored (they had all been made before). */
    void discard(Handle h, Packed packed) {
        packed.pages().forEach(id -> h.createUpdate(Queries.get("mail-page-delete")).bind("id", id).execute());
    }

    private Map<String, Long> known(NewIssue issue) {
        Map<String, Long> known = byDay.getIfPresent(issue.date().toString());
        return known == null ? Map.of() : known;
    }

    /** The html and text of a packed mail. */
    String[] unpack(Handle h, byte[] body) {
        return MailPacking.unpack(body, id -> read.get(id, key -> MailPacking.unpackPage(
                h.createQuery(Queries.get("mail-page")).bind("id", key).mapTo(byte[].class).findOne()
                        .orElseThrow(() -> new IllegalStateException("page " + key + " of stored mail lines is missing")))));
    }
}
