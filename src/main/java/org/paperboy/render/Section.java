package org.paperboy.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One paper's part of a mail, rendered once with a mark where each of the reader's values goes, and
 * filled in per reader; then put in its place in the reader's issue. A mark is one character of
 * Unicode's private use area, which Pebble's escaping and the text wrapping leave alone and arXiv text
 * does not contain (a mail whose text does is rendered as it is: {@link #privateUse}).
 */
final class Section {

    /** The most papers an issue assembled from sections can have: one place mark each. */
    static final int MAX_PICKS = 0x1000;
    private static final char FIRST_MARK = '\uE000';
    private static final char FIRST_PLACE = '\uE100';

    private final String[] literals;
    private final int[] slots;

    private Section(String[] literals, int[] slots) {
        this.literals = literals;
        this.slots = slots;
    }

    /** The mark standing for the {@code slot}th of the reader's values. */
    static String mark(int slot) {
        return String.valueOf((char) (FIRST_MARK + slot));
    }

    /** True when {@code text} holds one of the first {@code slots} marks. */
    static boolean marked(String text, int slots) {
        for (int i = 0; i < text.length(); i++) {
            if (isMark(text.charAt(i), slots)) {
                return true;
            }
        }
        return false;
    }

    /** The mark of the place of the {@code index}th paper's section in an issue. */
    static String place(int index) {
        return String.valueOf((char) (FIRST_PLACE + index));
    }

    /** True when {@code value} is text with a character of the private use area, which marks could not be told from. */
    static boolean privateUse(Object value) {
        if (value instanceof Map<?, ?> map) {
            return map.values().stream().anyMatch(Section::privateUse);
        }
        if (!(value instanceof String text)) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (privateUse(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** True for a character of the private use area, where the marks are taken from. */
    static boolean privateUse(int c) {
        return c >= '\uE000' && c <= '\uF8FF';
    }

    /**
     * The issue {@code frame} with each place mark replaced by its paper's section, given as its
     * pieces ({@link #pieces}): every character is copied once, into the result.
     */
    static String assemble(String frame, String[][] sections) {
        int pieces = 2 * sections.length + 1;
        for (String[] section : sections) {
            pieces += section.length;
        }
        List<String> parts = new ArrayList<>(pieces);
        int start = 0;
        for (int i = 0; i < frame.length(); i++) {
            int at = frame.charAt(i) - FIRST_PLACE;
            if (at >= 0 && at < sections.length) {
                parts.add(frame.substring(start, i));
                java.util.Collections.addAll(parts, sections[at]);
                start = i + 1;
            }
        }
        parts.add(frame.substring(start));
        return String.join("", parts);
    }

    /** Splits rendered text at the marks of {@code slots} values. */
    static Section parse(String rendered, int slots) {
        List<String> literals = new ArrayList<>();
        List<Integer> at = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < rendered.length(); i++) {
            char c = rendered.charAt(i);
            if (isMark(c, slots)) {
                literals.add(rendered.substring(start, i));
                at.add(c - FIRST_MARK);
                start = i + 1;
            }
        }
        literals.add(rendered.substring(start));
        return new Section(literals.toArray(String[]::new), at.stream().mapToInt(Integer::intValue).toArray());
    }

    /** The section with each mark replaced by the reader's value for it, already escaped as the part needs. */
    String fill(String[] values) {
        return String.join("", pieces(values));
    }

    /** What {@link #fill} joins: the section's own text and the reader's values, in order. */
    String[] pieces(String[] values) {
        String[] parts = new String[2 * slots.length + 1];
        for (int i = 0; i < slots.length; i++) {
            parts[2 * i] = literals[i];
            parts[2 * i + 1] = values[slots[i]];
        }
        parts[2 * slots.length] = literals[slots.length];
        return parts;
    }

    private static boolean isMark(char c, int slots) {
        return c >= FIRST_MARK && c < FIRST_MARK + slots;
    }
}
