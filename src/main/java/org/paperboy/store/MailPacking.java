package org.paperboy.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.LongFunction;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import org.paperboy.issue.MailText;

/**
 * A mail's two parts packed for storing. Most of a day's issues are the same lines in different
 * selections (a paper's title, authors, abstract and links, the template's markup), while each reader's
 * own lines (greeting, reasons, personal links) are few and repeat within the mail. So a line shared by
 * several issues is stored once per run, in a page, and an issue keeps its own lines and references to
 * page lines, deflated together: a few KB instead of about 100 KB, and unpacking gives back the very
 * characters that were stored. Nothing here knows what a template prints.
 *
 * <p>A mail the daily run put together from pieces ({@link MailText}) is packed the same way with pieces
 * for lines: its run already knows which pieces many mails share, so nothing is looked up, and the
 * reader's own values between them are all that each mail keeps. The first byte of a packed mail says
 * which of the two it is, and so whether its pages hold lines or pieces.
 *
 * <p>A reference is a page's id and a line's (or piece's) index in it, in one long: {@link #ref}.
 */
final class MailPacking {

    /** Shorter lines are cheaper kept in the mail than referred to. */
    static final int MIN_SHARED = 32;
    /** A mail of lines, joined by newlines, referring to pages of lines. */
    private static final int LINES = 1;
    /** A mail of pieces, joined as they are, referring to pages of pieces ({@link MailText}). */
    private static final int PIECES = 2;
    /**
     * How hard each mail is deflated. Measured on 2,000 mails of the pipeline benchmark (32 KB each
     * before deflating): level 1 gave 6,443 bytes in 0.29 ms, 3 gave 6,108 bytes in 0.32 ms, 4 gave
     * 6,006 bytes in 0.48 ms, 5 gave 5,788 bytes in 0.49 ms and 6 (the default) 5,675 bytes in 0.57 ms.
     * Level 5 costs about what 4 does and saves three times as much against 3: it keeps 100,000
     * readers' day under 10 KB a reader.
     */
    private static final int MAIL_LEVEL = 5;
    private static final int INDEX_BITS = 24;
    private static final byte LITERAL = 0;
    private static final byte SHARED = 1;

    private MailPacking() {
    }

    static long ref(long pageId, int index) {
        if (index >= 1 << INDEX_BITS) {
            throw new IllegalArgumentException("a page holds at most " + (1 << INDEX_BITS) + " lines");
        }
        return pageId << INDEX_BITS | index;
    }

    static List<String> lines(String part) {
        return List.of(part.split("\n", -1));
    }

    /**
     * Packs both parts, split into lines, with each line's reference in a page of shared lines, or a
     * negative number for a line kept in the mail. Consecutive lines of one page in order are one reference.
     */
    static byte[] pack(List<String> html, long[] htmlRefs, List<String> text, long[] textRefs) {
        return pack(LINES, html::get, htmlRefs, text::get, textRefs);
    }

    /** Packs both parts as their pieces, each with its reference in a page of shared pieces or a negative number. */
    static byte[] pack(MailText html, long[] htmlRefs, MailText text, long[] textRefs) {
        return pack(PIECES, html::piece, htmlRefs, text::piece, textRefs);
    }

    private static byte[] pack(int format, IntFunction<String> html, long[] htmlRefs, IntFunction<String> text, long[] textRefs) {
        // written whole, then deflated in one call: a deflater fed a few bytes at a time costs more than the rest
        ByteArrayOutputStream raw = new ByteArrayOutputStream(16 * 1024);
        String between = format == LINES ? "\n" : "";
        try (DataOutputStream out = new DataOutputStream(raw)) {
            out.writeByte(format);
            writePart(out, html, htmlRefs, between);
            writePart(out, text, textRefs, between);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return deflate(raw.toByteArray(), MAIL_LEVEL);
    }

    /** @param level {@link #MAIL_LEVEL} for each mail, the default for a page of shared lines */
    private static byte[] deflate(byte[] raw, int level) {
        Deflater deflater = new Deflater(level);
        try {
            deflater.setInput(raw);
            deflater.finish();
            ByteArrayOutputStream packed = new ByteArrayOutputStream(raw.length / 4 + 64);
            byte[] buffer = new byte[8192];
            while (!deflater.finished()) {
                packed.write(buffer, 0, deflater.deflate(buffer));
            }
            return packed.toByteArray();
        } finally {
            deflater.end();
        }
    }

    private static byte[] inflate(byte[] packed) throws IOException {
        try (InflaterInputStream in = new InflaterInputStream(new ByteArrayInputStream(packed), new Inflater(), 8192)) {
            return in.readAllBytes();
        }
    }

    /** Writes a part's items: each run of kept lines or pieces as one text, joined by {@code between}, and the references. */
    private static void writePart(DataOutputStream out, IntFunction<String> lines, long[] refs, String between) throws IOException {
        StringBuilder literal = new StringBuilder();
        int literalLines = 0;
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < refs.length; i++) {
            String line = lines.apply(i);
            long ref = refs[i];
            if (ref < 0) {
                if (literalLines++ > 0) {
                    literal.append(between);
                }
                literal.append(line);
                continue;
            }
            if (literalLines > 0) {
                items.add(literal.toString());
                literal.setLength(0);
                literalLines = 0;
            }
            Object last = items.isEmpty() ? null : items.get(items.size() - 1);
            if (last instanceof long[] run && run[0] + run[1] == ref) {
                run[1]++;
            } else {
                items.add(new long[] {ref, 1});
            }
        }
        if (literalLines > 0) {
            items.add(literal.toString());
        }
        out.writeInt(items.size());
        for (Object item : items) {
            if (item instanceof String s) {
                byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
                out.writeByte(LITERAL);
                out.writeInt(utf8.length);
                out.write(utf8);
            } else {
                long[] run = (long[]) item;
                out.writeByte(SHARED);
                out.writeLong(run[0]);
                out.writeInt((int) run[1]);
            }
        }
    }

    /** Reads a page by its id: one of lines, or with {@code pieces} one of pieces. */
    interface Pages {
        List<String> page(long id, boolean pieces);
    }

    /** The html and text parts of a packed mail; {@code pages} gives the pages it refers to. */
    static String[] unpack(byte[] packed, Pages pages) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(inflate(packed)))) {
            int format = in.readUnsignedByte();
            if (format != LINES && format != PIECES) {
                throw new IllegalStateException("a stored mail is packed in format " + format + ", which this version of"
                        + " Paperboy cannot read: run the version that stored it");
            }
            LongFunction<List<String>> page = id -> pages.page(id, format == PIECES);
            String between = format == LINES ? "\n" : "";
            return new String[] {readPart(in, page, between), readPart(in, page, between)};
        } catch (IOException e) {
            throw new UncheckedIOException("a stored mail cannot be unpacked: " + e.getMessage(), e);
        }
    }

    private static String readPart(DataInputStream in, LongFunction<List<String>> page, String between) throws IOException {
        int items = in.readInt();
        StringBuilder part = new StringBuilder(64 * 1024);
        for (int i = 0; i < items; i++) {
            if (i > 0) {
                part.append(between);
            }
            if (in.readByte() == LITERAL) {
                part.append(new String(in.readNBytes(in.readInt()), StandardCharsets.UTF_8));
            } else {
                long ref = in.readLong();
                int count = in.readInt();
                List<String> lines = page.apply(ref >>> INDEX_BITS);
                int first = (int) (ref & ((1 << INDEX_BITS) - 1));
                if (first + count > lines.size()) {
                    throw new IllegalStateException("a stored mail refers to lines " + first + "-" + (first + count)
                            + " of page " + (ref >>> INDEX_BITS) + ", which has " + lines.size());
                }
                for (int n = 0; n < count; n++) {
                    if (n > 0) {
                        part.append(between);
                    }
                    part.append(lines.get(first + n));
                }
            }
        }
        return part.toString();
    }

    /** A page's lines, deflated. */
    static byte[] packPage(List<String> lines) {
        return deflate(String.join("\n", lines).getBytes(StandardCharsets.UTF_8), Deflater.DEFAULT_COMPRESSION);
    }

    static List<String> unpackPage(byte[] packed) {
        try {
            return lines(new String(inflate(packed), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("a stored page of mail lines cannot be unpacked: " + e.getMessage(), e);
        }
    }

    /** A page of pieces, each written with its length, deflated. */
    static byte[] packPieces(List<String> pieces) {
        ByteArrayOutputStream raw = new ByteArrayOutputStream(64 * 1024);
        try (DataOutputStream out = new DataOutputStream(raw)) {
            out.writeInt(pieces.size());
            for (String piece : pieces) {
                byte[] utf8 = piece.getBytes(StandardCharsets.UTF_8);
                out.writeInt(utf8.length);
                out.write(utf8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return deflate(raw.toByteArray(), Deflater.DEFAULT_COMPRESSION);
    }

    static List<String> unpackPieces(byte[] packed) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(inflate(packed)))) {
            int n = in.readInt();
            List<String> pieces = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                pieces.add(new String(in.readNBytes(in.readInt()), StandardCharsets.UTF_8));
            }
            return pieces;
        } catch (IOException e) {
            throw new UncheckedIOException("a stored page of mail pieces cannot be unpacked: " + e.getMessage(), e);
        }
    }
}
