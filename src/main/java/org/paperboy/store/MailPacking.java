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
import java.util.function.LongFunction;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * A mail's two parts packed for storing. Most of a day's issues are the same lines in different
 * selections (a paper's title, authors, abstract and links, the template's markup), while each reader's
 * own lines (greeting, reasons, personal links) are few and repeat within the mail. So a line shared by
 * several issues is stored once per run, in a page, and an issue keeps its own lines and references to
 * page lines, deflated together: a few KB instead of about 100 KB, and unpacking gives back the very
 * characters that were stored. Nothing here knows what a template prints.
 *
 * <p>A reference is a page's id and a line's index in it, in one long: {@link #ref}.
 */
final class MailPacking {

    /** Shorter lines are cheaper kept in the mail than referred to. */
    static final int MIN_SHARED = 32;
    private static final int VERSION = 1;
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
        // written whole, then deflated in one call: a deflater fed a few bytes at a time costs more than the rest
        ByteArrayOutputStream raw = new ByteArrayOutputStream(16 * 1024);
        try (DataOutputStream out = new DataOutputStream(raw)) {
            out.writeByte(VERSION);
            writePart(out, html, htmlRefs);
            writePart(out, text, textRefs);
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

    private static void writePart(DataOutputStream out, List<String> lines, long[] refs) throws IOException {
        StringBuilder literal = new StringBuilder();
        int literalLines = 0;
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < refs.length; i++) {
            String line = lines.get(i);
            long ref = refs[i];
            if (ref < 0) {
                if (literalLines++ > 0) {
                    literal.append('\n');
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

    /** The html and text parts of a packed mail; {@code page} gives a page's lines by its id. */
    static String[] unpack(byte[] packed, LongFunction<List<String>> page) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(inflate(packed)))) {
            int version = in.readUnsignedByte();
            if (version != VERSION) {
                throw new IllegalStateException("a stored mail is packed in format " + version + ", which this version of"
                        + " Paperboy cannot read: run the version that stored it");
            }
            return new String[] {readPart(in, page), readPart(in, page)};
        } catch (IOException e) {
            throw new UncheckedIOException("a stored mail cannot be unpacked: " + e.getMessage(), e);
        }
    }

    private static String readPart(DataInputStream in, LongFunction<List<String>> page) throws IOException {
        int items = in.readInt();
        StringBuilder part = new StringBuilder(64 * 1024);
        for (int i = 0; i < items; i++) {
            if (i > 0) {
                part.append('\n');
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
                        part.append('\n');
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
}
