package org.paperboy.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Wraps a plain-text mail at a fixed width. Continuation lines keep the line's indentation so lists stay
 * readable; a word longer than the width (a URL) gets its own line and is never broken, because a split
 * URL is a dead link in most mail clients.
 */
final class TextWrap {

    private static final Pattern NUMBERED = Pattern.compile(" *(?:\\d+\\.|-) ");

    private TextWrap() {
    }

    static String wrap(String text, int width) {
        StringBuilder out = new StringBuilder();
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            for (String piece : wrapLine(lines[i].stripTrailing(), width)) {
                out.append(piece).append('\n');
            }
        }
        // templates leave blank runs where optional blocks were skipped; one blank line is enough
        return out.toString().replaceAll("\n{3,}", "\n\n").replaceAll("^\n+", "").stripTrailing() + "\n";
    }

    private static List<String> wrapLine(String line, int width) {
        if (length(line) <= width) {
            return List.of(line);
        }
        String lead = line.substring(0, line.length() - line.stripLeading().length());
        Matcher item = NUMBERED.matcher(line);
        // a numbered or bulleted item hangs its continuation under its text, so the numbers stay easy to scan
        String indent = item.lookingAt() ? " ".repeat(item.end()) : lead;
        List<String> result = new ArrayList<>();
        StringBuilder current = new StringBuilder(lead);
        boolean empty = true;
        for (String word : line.strip().split(" +")) {
            if (!empty && length(current) + 1 + length(word) > width) {
                result.add(current.toString());
                current = new StringBuilder(indent);
                empty = true;
            }
            if (!empty) {
                current.append(' ');
            }
            current.append(word);
            empty = false;
        }
        result.add(current.toString());
        return result;
    }

    private static int length(CharSequence s) {
        return (int) s.codePoints().count();
    }

}
