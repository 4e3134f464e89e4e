package org.paperboy.render;

import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import org.paperboy.issue.MailText;

/**
 * Wraps a plain-text mail at a fixed width. Continuation lines keep the line's indentation so lists stay
 * readable; a word longer than the width (a URL) gets its own line and is never broken, because a split
 * URL is a dead link in most mail clients.
 */
final class TextWrap {

    private TextWrap() {
    }

    static String wrap(String text, int width) {
        String all = text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n");
        Wrapper w = new Wrapper(width, all.length() + all.length() / 16);
        w.lines(all, true);
        return w.finish();
    }

    /**
     * A literal of a paper's section, cut where wrapping can share it: its first line (which the text
     * before the literal continues), its whole lines between, which wrapping leaves as they are, and its
     * last line (which the text after it continues). {@code endsBlank} when the lines between end with a
     * blank one.
     */
    record Split(String head, String body, String tail, boolean endsBlank) {
    }

    /**
     * {@code piece} cut into a {@link Split}, or null when wrapping could change a line between its first
     * and last: one that is too long, ends in a space, or is a blank line that could be dropped (the
     * second of two, or one at either end whose neighbour outside is the piece's first or last line and
     * might be blank).
     */
    static Split split(String piece, int width) {
        int first = piece.indexOf('\n');
        int last = piece.lastIndexOf('\n');
        if (first < 0 || first == last) {
            return null;
        }
        // the first line ends the line the text before the piece started: it is not blank when it has a word
        boolean blank = piece.substring(0, first).isBlank();
        for (int start = first + 1; start <= last; ) {
            int end = piece.indexOf('\n', start);
            if (end == start) {
                if (blank) {
                    return null;
                }
                blank = true;
            } else if (end - start > width || Character.isWhitespace(piece.charAt(end - 1))) {
                return null;
            } else {
                blank = false;
            }
            start = end + 1;
        }
        if (blank && piece.substring(last + 1).isBlank()) {
            return null; // the line after could be blank too, and then dropped
        }
        return new Split(piece.substring(0, first + 1), piece.substring(first + 1, last + 1), piece.substring(last + 1), blank);
    }

    /**
     * Wraps a mail given in pieces as {@link #wrap} wraps their text, keeping the lines between the first
     * and last of each numbered piece that {@code splits} cuts (by its number) as a piece of their own with
     * that number, so that many mails share them. The text wrapped between them is added by {@code wrapped}.
     */
    static MailText wrap(MailText mail, IntFunction<Split> splits, int width, BiConsumer<MailText.Builder, String> wrapped) {
        Wrapper w = new Wrapper(width, 8192);
        MailText.Builder out = new MailText.Builder(mail.run());
        StringBuilder pending = new StringBuilder(4096);
        for (int i = 0; i < mail.size(); i++) {
            String piece = mail.piece(i);
            int number = mail.number(i);
            Split split = number < 0 ? null : splits.apply(number);
            if (split == null) {
                pending.append(piece);
                continue;
            }
            pending.append(split.head());
            if (pending.indexOf("\r") >= 0) {
                return MailText.of(wrap(mail.text(), width));
            }
            w.lines(pending.toString(), false);
            wrapped.accept(out, w.cut());
            out.add(split.body(), number);
            w.body(split.endsBlank());
            pending.setLength(0);
            pending.append(split.tail());
        }
        String rest = pending.indexOf("\r") < 0 ? pending.toString() : pending.toString().replace("\r\n", "\n");
        w.lines(rest, true);
        wrapped.accept(out, w.finish());
        return out.build();
    }

    /**
     * Wraps the lines that lie wholly inside {@code piece} of a mail (not the first or last, which the
     * text around the piece may continue), except those {@code later} picks: {@link #wrap} of the whole
     * mail then leaves the wrapped lines as they are, so a paper's text is wrapped once, not per reader.
     * Lines with tabs or other unusual spaces are left too, as wrapping them twice could differ.
     */
    static String wrapInner(String piece, int width, Predicate<String> later) {
        int first = piece.indexOf('\n');
        int last = piece.lastIndexOf('\n');
        if (first < 0 || first == last) {
            return piece;
        }
        Out out = new Out(piece.length() + piece.length() / 16);
        out.append(piece, 0, first + 1);
        int start = first + 1;
        while (start <= last) {
            int end = piece.indexOf('\n', start);
            String line = piece.substring(start, end).stripTrailing();
            if (fits(line, width) || later.test(line) || !plainSpaces(line)) {
                out.append(line).append('\n');
            } else {
                wrapLine(line, width, l -> out.append(l).append('\n'));
            }
            start = end + 1;
        }
        return out.append(piece, last + 1, piece.length()).toString();
    }

    /** Hands the pieces of one over-long line to {@code emit}, one line each. */
    private static void wrapLine(String line, int width, Consumer<String> emit) {
        String lead = line.substring(0, line.length() - line.stripLeading().length());
        int item = itemEnd(line);
        // a numbered or bulleted item hangs its continuation under its text, so the numbers stay easy to scan
        String indent = item > 0 ? " ".repeat(item) : lead;
        int indentLength = length(indent);
        StringBuilder current = new StringBuilder(lead);
        int currentLength = length(lead);
        boolean empty = true;
        String words = line.strip();
        int at = 0;
        while (at < words.length()) {
            int end = words.indexOf(' ', at);
            end = end < 0 ? words.length() : end;
            String word = words.substring(at, end);
            int wordLength = length(word);
            if (!empty && currentLength + 1 + wordLength > width) {
                emit.accept(current.toString());
                current.setLength(0);
                current.append(indent);
                currentLength = indentLength;
                empty = true;
            }
            if (!empty) {
                current.append(' ');
                currentLength++;
            }
            current.append(word);
            currentLength += wordLength;
            empty = false;
            at = end;
            while (at < words.length() && words.charAt(at) == ' ') {
                at++;
            }
        }
        emit.accept(current.toString());
    }

    /** Where the text of a numbered ("12. ") or bulleted ("- ") item starts after its spaces; 0 when it is none. */
    private static int itemEnd(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        int digits = i;
        while (i < line.length() && line.charAt(i) >= '0' && line.charAt(i) <= '9') {
            i++;
        }
        if (i > digits && i < line.length() && line.charAt(i) == '.') {
            i++;
        } else if (i == digits && i < line.length() && line.charAt(i) == '-') {
            i++;
        } else {
            return 0;
        }
        return i < line.length() && line.charAt(i) == ' ' ? i + 1 : 0;
    }

    /**
     * Wraps a mail's lines into one buffer, as they come: a whole mail at once, or a mail given in pieces
     * with the shared lines between them left out ({@link #body}).
     */
    private static final class Wrapper {
        private final int width;
        private final Out out;
        /** Where the text not yet handed out by {@link #cut} starts. */
        private int cut;
        /** Where the last shared lines left out stand in the buffer; -1 when none. */
        private int bodyAt = -1;
        /** Whether those lines end with a blank one. */
        private boolean bodyEndsBlank;

        Wrapper(int width, int capacity) {
            this.width = width;
            this.out = new Out(capacity);
        }

        /**
         * Wraps the lines of {@code all}; with {@code last}, the text after its last newline too (the end
         * of the mail), else {@code all} ends with a newline and only whole lines are wrapped.
         */
        void lines(String all, boolean last) {
            int start = 0;
            // a run of lines that need nothing (short, not blank, no trailing space) is copied in one piece
            int run = -1;
            while (last || start < all.length()) {
                int end = all.indexOf('\n', start);
                if (end > start && end - start <= width && !Character.isWhitespace(all.charAt(end - 1))) {
                    run = run < 0 ? start : run;
                    start = end + 1;
                    continue;
                }
                if (run >= 0) {
                    out.append(all, run, start);
                    run = -1;
                }
                String line = all.substring(start, end < 0 ? all.length() : end).stripTrailing();
                if (fits(line, width)) {
                    append(line);
                } else {
                    wrapLine(line, width, this::append);
                }
                if (end < 0) {
                    break;
                }
                start = end + 1;
            }
            if (run >= 0) {
                out.append(all, run, start);
            }
        }

        /** The text wrapped since the last cut. */
        String cut() {
            String piece = out.substring(cut, out.length());
            cut = out.length();
            return piece;
        }

        /** Shared lines, which wrapping leaves as they are ({@link #split}), stand here. */
        void body(boolean endsBlank) {
            bodyAt = out.length();
            bodyEndsBlank = endsBlank;
        }

        /**
         * The text since the last cut, ended as a mail ends: without blank lines or trailing spaces, then
         * one newline (shared lines just before it already end so).
         */
        String finish() {
            // what is left at the end is blank lines and trailing spaces; the mail ends with one newline
            int keep = out.length();
            while (keep > cut && Character.isWhitespace(out.codePointBefore(keep))) {
                keep -= Character.charCount(out.codePointBefore(keep));
            }
            if (keep == bodyAt && !bodyEndsBlank) {
                return "";
            }
            out.setLength(keep);
            return out.append('\n').substring(cut, out.length());
        }

        /**
         * Appends one output line. Templates leave blank runs where optional blocks were skipped: one blank
         * line is enough, and the mail does not start with one.
         */
        private void append(String line) {
            if (line.isEmpty()) {
                int n = out.length();
                if ((n == 0 && bodyAt < 0) || (n >= 1 && charAt(n - 1) == '\n' && charAt(n - 2) == '\n')) {
                    return;
                }
            }
            out.append(line).append('\n');
        }

        /** The mail's character at {@code i} of the buffer, reading the shared lines left out as what they end with. */
        private char charAt(int i) {
            if (i >= bodyAt) {
                return i < 0 ? 0 : out.charAt(i);
            }
            // shared lines end with a newline, after a blank line or one that is not
            return i == bodyAt - 1 || bodyEndsBlank ? '\n' : 'x';
        }
    }

    private static boolean fits(String line, int width) {
        // a line is at least as many chars as code points, so the count is only needed for long lines
        return line.length() <= width || length(line) <= width;
    }

    private static boolean plainSpaces(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != ' ' && Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    private static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    /**
     * The wrapped mail as it grows: a plain char buffer, because a StringBuilder that starts in one byte
     * per character copies text with wider characters into it one character at a time.
     */
    private static final class Out {
        private char[] chars;
        private int length;

        Out(int capacity) {
            chars = new char[Math.max(16, capacity)];
        }

        Out append(String s) {
            return append(s, 0, s.length());
        }

        Out append(String s, int from, int to) {
            room(to - from);
            s.getChars(from, to, chars, length);
            length += to - from;
            return this;
        }

        Out append(char c) {
            room(1);
            chars[length++] = c;
            return this;
        }

        int length() {
            return length;
        }

        char charAt(int i) {
            return chars[i];
        }

        String substring(int from, int to) {
            return new String(chars, from, to - from);
        }

        int codePointBefore(int i) {
            return Character.codePointBefore(chars, i);
        }

        void setLength(int n) {
            length = n;
        }

        private void room(int more) {
            if (length + more > chars.length) {
                chars = java.util.Arrays.copyOf(chars, Math.max(2 * chars.length, length + more));
            }
        }

        @Override
        public String toString() {
            return new String(chars, 0, length);
        }
    }
}
