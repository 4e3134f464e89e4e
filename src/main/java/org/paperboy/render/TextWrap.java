package org.paperboy.render;

import java.util.function.Predicate;

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
        Out out = new Out(all.length() + all.length() / 16);
        int start = 0;
        // a run of lines that need nothing (short, not blank, no trailing space) is copied in one piece
        int run = -1;
        while (true) {
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
                append(out, line);
            } else {
                wrapLine(line, width, out, true);
            }
            if (end < 0) {
                break;
            }
            start = end + 1;
        }
        // what is left at the end is blank lines and trailing spaces; the mail ends with one newline
        int keep = out.length();
        while (keep > 0 && Character.isWhitespace(out.codePointBefore(keep))) {
            keep -= Character.charCount(out.codePointBefore(keep));
        }
        out.setLength(keep);
        return out.append('\n').toString();
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
                wrapLine(line, width, out, false);
            }
            start = end + 1;
        }
        return out.append(piece, last + 1, piece.length()).toString();
    }

    /**
     * Appends the pieces of one over-long line, each followed by a newline. With {@code collapse}, as
     * {@link #append} does for whole mails.
     */
    private static void wrapLine(String line, int width, Out out, boolean collapse) {
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
                piece(out, current.toString(), collapse);
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
        piece(out, current.toString(), collapse);
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

    private static void piece(Out out, String piece, boolean collapse) {
        if (collapse) {
            append(out, piece);
        } else {
            out.append(piece).append('\n');
        }
    }

    /**
     * Appends one output line. Templates leave blank runs where optional blocks were skipped: one blank
     * line is enough, and the mail does not start with one.
     */
    private static void append(Out out, String line) {
        if (line.isEmpty()) {
            int n = out.length();
            if (n == 0 || (n >= 2 && out.charAt(n - 1) == '\n' && out.charAt(n - 2) == '\n')) {
                return;
            }
        }
        out.append(line).append('\n');
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
