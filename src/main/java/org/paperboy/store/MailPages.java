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
    /** Lines kept in one mail of their batch, remembered by hash (2^21 of them: 16 MB, once mail is stored). */
    private static final int SEEN_BITS = 21;
    private long[] seen;

    /** Per day, the line → reference of the pages this process stored; the newest few days only. */
    private final Cache<String, Map<String, Long>> byDay = Caffeine.newBuilder().maximumSize(3).build();
    private final Cache<Long, List<String>> read = Caffeine.newBuilder()
            .maximumWeight(16L << 20)
            .weigher((Long id, List<String> lines) -> lines.stream().mapToInt(String::length).sum() + lines.size())
            .build();

    /**
     * The lines of a batch's issues, each looked up once: {@link #plan} works them out without the database,
     * {@link #pack} stores the batch's page and packs the mails against it.
     */
    static final class Plan {
        private final List<NewIssue> issues;
        private final List<List<String>[]> lines;
        /** Per issue and part, each line's reference, KEPT in the mail, or PENDING while it may go on the batch's page. */
        private final List<long[][]> refs;
        /** Per day, the lines the batch's page takes. */
        private final Map<String, List<String>> shared;

        private Plan(List<NewIssue> issues, List<List<String>[]> lines, List<long[][]> refs, Map<String, List<String>> shared) {
            this.issues = issues;
            this.lines = lines;
            this.refs = refs;
            this.shared = shared;
        }
    }

    /**
     * Splits {@code issues} into lines and looks each up, choosing the lines the batch's new page takes.
     * The costly part of packing, done before any transaction, so that a batch holds SQLite's write lock
     * only while it writes.
     */
    Plan plan(List<NewIssue> issues) {
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
        Map<String, List<String>> shared = new LinkedHashMap<>();
        counts.forEach((day, candidates) -> {
            List<String> page = candidates.entrySet().stream().filter(e -> e.getValue() > 1 || seenBefore(e.getKey()))
                    .map(Map.Entry::getKey).toList();
            if (!page.isEmpty()) {
                shared.put(day, page);
            }
        });
        return new Plan(issues, lines, refs, shared);
    }

    /**
     * Stores the planned batch's pages through {@code h} (in its transaction, or each on its own when
     * {@code h} has none: a page whose issues then fail to be stored stays until its day passes
     * {@code store.keep_days}) and packs each mail against them, outside the database.
     */
    Packed pack(Handle h, Plan plan) {
        Map<String, Map<String, Long>> fresh = new HashMap<>();
        List<Long> pages = new ArrayList<>();
        plan.shared.forEach((day, shared) -> {
            long id = h.createQuery(Queries.get("mail-page-insert")).bind("day", day)
                    .bind("body", MailPacking.packPage(shared)).mapTo(Long.class).one();
            pages.add(id);
            Map<String, Long> page = new HashMap<>(shared.size() * 2);
            for (int i = 0; i < shared.size(); i++) {
                page.put(shared.get(i), MailPacking.ref(id, i));
            }
            fresh.put(day, page);
        });
        List<byte[]> bodies = new ArrayList<>(plan.issues.size());
        for (int i = 0; i < plan.issues.size(); i++) {
            Map<String, Long> added = fresh.getOrDefault(plan.issues.get(i).date().toString(), Map.of());
            long[][] found = plan.refs.get(i);
            List<String>[] parts = plan.lines.get(i);
            for (int k = 0; k < 2; k++) {
                long[] ref = found[k];
                for (int j = 0; j < ref.length; j++) {
                    if (ref[j] == PENDING) {
                        ref[j] = added.getOrDefault(parts[k].get(j), KEPT);
                    }
                }
            }
            bodies.add(MailPacking.pack(parts[0], found[0], parts[1], found[1]));
        }
        return new Packed(bodies, pages, () -> fresh.forEach((day, page) ->
                byDay.get(day, d -> new ConcurrentHashMap<>()).putAll(page)));
    }

    /**
     * True when an earlier batch had this line in one issue only (it stayed in that mail), so that this
     * batch's one puts it on a page for the rest of the run; else remembers it. A paper few readers
     * are sent is in one mail of most batches: sharing its lines so saved about 220 bytes a mail at
     * 10,000 readers. Lines are
     * remembered by their hash in a table of fixed size, each in one slot that a newer line takes
     * over: one mistaken for another only puts a line on a page that needed none.
     */
    private boolean seenBefore(String line) {
        if (seen == null) {
            seen = new long[1 << SEEN_BITS];
        }
        long key = (long) line.hashCode() << 32 | line.length();
        int slot = (int) (key * 0x9E3779B97F4A7C15L >>> (64 - SEEN_BITS));
        if (seen[slot] == key) {
            return true;
        }
        seen[slot] = key;
        return false;
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
