package org.paperboy.render;

import java.util.function.IntSupplier;
import org.paperboy.issue.MailText;

/**
 * The lines of a run's mails outside the papers' sections that many readers get the same (the markup
 * around the papers, the entries of the contents, the footer): a line that comes a second time is given
 * a number in the run ({@link MailText}), so that storing keeps it once. A line is first remembered by
 * its hash alone, in a table of fixed size where a newer line takes over its slot; only lines that come
 * again are kept, so a reader's own lines (their links) cost no memory.
 */
final class RepeatedLines {

    /** Shorter lines are cheaper kept in each mail than referred to. */
    private static final int MIN = 32;
    private static final int SEEN_BITS = 18;

    private record Line(String text, int number) {
    }

    private final IntSupplier numbers;
    /** The numbered lines by hash, in open addressing (a line of each part of each mail is looked up here). */
    private long[] hashes = new long[1 << 12];
    private Line[] numbered = new Line[1 << 12];
    private int count;
    private final long[] seen = new long[1 << SEEN_BITS];

    /** @param numbers gives the next free number of the run */
    RepeatedLines(IntSupplier numbers) {
        this.numbers = numbers;
    }

    /** Adds {@code text} to a mail's part, line by line: each line that came before as a numbered piece, the rest as they are. */
    void add(MailText.Builder into, String text) {
        int literal = 0;
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end + 1;
            Line line = end - start < MIN ? null : line(text, start, end);
            if (line != null) {
                into.add(text.substring(literal, start));
                into.add(line.text(), line.number());
                literal = end;
            }
            start = end;
        }
        into.add(literal == 0 ? text : text.substring(literal));
    }

    private Line line(String text, int start, int end) {
        long hash = 1125899906842597L;
        for (int i = start; i < end; i++) {
            hash = 31 * hash + text.charAt(i);
        }
        hash ^= end - start;
        Line line = find(hash);
        if (line != null) {
            String known = line.text();
            return known.length() == end - start && text.regionMatches(start, known, 0, known.length()) ? line : null;
        }
        int slot = (int) (hash * 0x9E3779B97F4A7C15L >>> (64 - SEEN_BITS));
        if (seen[slot] != hash) {
            seen[slot] = hash;
            return null;
        }
        line = new Line(text.substring(start, end), numbers.getAsInt());
        if (2 * ++count > numbered.length) {
            long[] oldHashes = hashes;
            Line[] oldLines = numbered;
            hashes = new long[2 * oldHashes.length];
            numbered = new Line[2 * oldLines.length];
            for (int i = 0; i < oldLines.length; i++) {
                if (oldLines[i] != null) {
                    put(oldHashes[i], oldLines[i]);
                }
            }
        }
        put(hash, line);
        return line;
    }

    private Line find(long hash) {
        int mask = numbered.length - 1;
        for (int i = slot(hash, mask); numbered[i] != null; i = (i + 1) & mask) {
            if (hashes[i] == hash) {
                return numbered[i];
            }
        }
        return null;
    }

    private void put(long hash, Line line) {
        int mask = numbered.length - 1;
        int i = slot(hash, mask);
        while (numbered[i] != null) {
            i = (i + 1) & mask;
        }
        hashes[i] = hash;
        numbered[i] = line;
    }

    private static int slot(long hash, int mask) {
        return (int) (hash * 0x9E3779B97F4A7C15L >>> 40) & mask;
    }
}
