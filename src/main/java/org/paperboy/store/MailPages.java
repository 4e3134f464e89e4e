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
import org.paperboy.issue.MailText;
import org.paperboy.issue.NewIssue;

/**
 * The pages of lines a day's issues share ({@link MailPacking}), for one database. A batch of issues puts
 * the lines at least two of its issues have, and no earlier page of the day has, in a page of its own; the
 * lines of the pages this process stored are remembered by day, so later batches of the run refer to
 * them. Mails put together from numbered pieces ({@link MailText}) need no counting: a batch puts the
 * shared pieces of their run that no earlier batch or earlier run of the day stored on a page, and their
 * references are remembered by number for as long as the run lives (and by text for the day's later
 * runs). Pages are read through a bounded cache: a run's mails share a few.
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
    /**
     * Per day, the text → reference of the shared pieces this process stored, so that the day's later runs
     * (one an hour) refer to what an earlier one stored; the newest few days only.
     */
    private final Cache<String, Map<String, Long>> piecesByDay = Caffeine.newBuilder().maximumSize(3).build();
    /** Per run of pieces ({@link MailText#run}), the references of its pieces stored; a run is forgotten with it. */
    private final Cache<Object, RunPieces> runs = Caffeine.newBuilder().weakKeys().maximumSize(8).build();
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
        /** Per issue, its parts' lines; null for an issue packed as its pieces. */
        private final List<List<String>[]> lines;
        /** Per issue and part, each line's (or piece's) reference, KEPT in the mail, or PENDING while it may go on the batch's page. */
        private final List<long[][]> refs;
        /** Per day, the lines the batch's page takes. */
        private final Map<String, List<String>> shared;
        /** Per run whose pieces this batch is the first to store, the day and the pieces by number. */
        private final Map<Object, NewPieces> pieces;

        private Plan(List<NewIssue> issues, List<List<String>[]> lines, List<long[][]> refs, Map<String, List<String>> shared,
                Map<Object, NewPieces> pieces) {
            this.issues = issues;
            this.lines = lines;
            this.refs = refs;
            this.shared = shared;
            this.pieces = pieces;
        }
    }

    /** A run's shared pieces that a batch puts on a page of their own, by number. */
    private record NewPieces(String day, Map<Integer, String> byNumber) {
    }

    /** The references of a run's shared pieces stored so far, by number; -1 for one not stored yet. */
    private static final class RunPieces {
        private long[] refs = new long[0];

        synchronized long ref(int number) {
            return number < refs.length ? refs[number] : -1;
        }

        synchronized void remember(Map<Integer, Long> stored) {
            stored.forEach((number, ref) -> {
                if (number >= refs.length) {
                    int size = Math.max(number + 1, 2 * refs.length);
                    long[] grown = java.util.Arrays.copyOf(refs, size);
                    java.util.Arrays.fill(grown, refs.length, size, -1);
                    refs = grown;
                }
                refs[number] = ref;
            });
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
        Map<Object, NewPieces> pieces = new java.util.IdentityHashMap<>();
        for (NewIssue issue : issues) {
            Object run = issue.htmlPart().run() != null ? issue.htmlPart().run() : issue.textPart().run();
            if (run != null) {
                lines.add(null);
                refs.add(planPieces(issue, run, pieces));
                continue;
            }
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
        return new Plan(issues, lines, refs, shared, pieces);
    }

    /**
     * Looks up an issue's shared pieces by their number in their run: each is referred to on the page of
     * an earlier batch, or goes on this batch's. Pieces of no run, and short ones, stay in the mail.
     */
    private long[][] planPieces(NewIssue issue, Object run, Map<Object, NewPieces> pieces) {
        RunPieces known = runs.get(run, r -> new RunPieces());
        Map<String, Long> day = piecesByDay.getIfPresent(issue.date().toString());
        MailText[] parts = {issue.htmlPart(), issue.textPart()};
        long[][] found = new long[2][];
        for (int k = 0; k < 2; k++) {
            MailText part = parts[k];
            long[] ref = found[k] = new long[part.size()];
            for (int i = 0; i < ref.length; i++) {
                int number = part.number(i);
                String piece = part.piece(i);
                if (number < 0 || part.run() != run || piece.length() < MailPacking.MIN_SHARED) {
                    ref[i] = KEPT;
                    continue;
                }
                long r = known.ref(number);
                if (r < 0) {
                    // an earlier run of the day (the digest runs hourly) may have stored the same text
                    Long stored = day == null ? null : day.get(piece);
                    if (stored != null) {
                        r = stored;
                        known.remember(Map.of(number, r));
                    } else {
                        r = PENDING;
                        pieces.computeIfAbsent(run, x -> new NewPieces(issue.date().toString(), new LinkedHashMap<>()))
                                .byNumber().putIfAbsent(number, piece);
                    }
                }
                ref[i] = r;
            }
        }
        return found;
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
            long id = insertPage(h, day, MailPacking.packPage(shared));
            pages.add(id);
            Map<String, Long> page = new HashMap<>(shared.size() * 2);
            for (int i = 0; i < shared.size(); i++) {
                page.put(shared.get(i), MailPacking.ref(id, i));
            }
            fresh.put(day, page);
        });
        Map<Object, Map<Integer, Long>> freshPieces = new java.util.IdentityHashMap<>();
        plan.pieces.forEach((run, added) -> {
            List<String> texts = List.copyOf(added.byNumber().values());
            long id = insertPage(h, added.day(), MailPacking.packPieces(texts));
            pages.add(id);
            Map<Integer, Long> page = new HashMap<>(texts.size() * 2);
            int i = 0;
            for (Integer number : added.byNumber().keySet()) {
                page.put(number, MailPacking.ref(id, i++));
            }
            freshPieces.put(run, page);
        });
        List<byte[]> bodies = new ArrayList<>(plan.issues.size());
        for (int i = 0; i < plan.issues.size(); i++) {
            NewIssue issue = plan.issues.get(i);
            long[][] found = plan.refs.get(i);
            List<String>[] parts = plan.lines.get(i);
            if (parts == null) {
                bodies.add(packPieces(issue, found, freshPieces));
                continue;
            }
            Map<String, Long> added = fresh.getOrDefault(issue.date().toString(), Map.of());
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
        return new Packed(bodies, pages, () -> {
            fresh.forEach((day, page) -> byDay.get(day, d -> new ConcurrentHashMap<>()).putAll(page));
            freshPieces.forEach((run, page) -> runs.get(run, r -> new RunPieces()).remember(page));
            plan.pieces.forEach((run, added) -> {
                Map<String, Long> day = piecesByDay.get(added.day(), d -> new ConcurrentHashMap<>());
                Map<Integer, Long> page = freshPieces.get(run);
                added.byNumber().forEach((number, text) -> day.put(text, page.get(number)));
            });
        });
    }

    private static long insertPage(Handle h, String day, byte[] body) {
        return h.createQuery(Queries.get("mail-page-insert")).bind("day", day).bind("body", body).mapTo(Long.class).one();
    }

    /** Packs an issue of pieces, its pending pieces now referred to on the batch's page. */
    private static byte[] packPieces(NewIssue issue, long[][] found, Map<Object, Map<Integer, Long>> fresh) {
        MailText[] parts = {issue.htmlPart(), issue.textPart()};
        for (int k = 0; k < 2; k++) {
            long[] ref = found[k];
            for (int j = 0; j < ref.length; j++) {
                if (ref[j] == PENDING) {
                    ref[j] = fresh.get(parts[k].run()).get(parts[k].number(j));
                }
            }
        }
        return MailPacking.pack(parts[0], found[0], parts[1], found[1]);
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
        return MailPacking.unpack(body, (id, pieces) -> read.get(id, key -> {
            byte[] page = h.createQuery(Queries.get("mail-page")).bind("id", key).mapTo(byte[].class).findOne()
                    .orElseThrow(() -> new IllegalStateException("page " + key + " of stored mail lines is missing"));
            return pieces ? MailPacking.unpackPieces(page) : MailPacking.unpackPage(page);
        }));
    }
}
