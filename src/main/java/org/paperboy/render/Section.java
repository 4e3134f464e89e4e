package org.paperboy.render;

import java.util.ArrayList;
import java.util.List;

/**
 * One paper's part of a mail, rendered once with a mark where each of the reader's values goes, and
 * filled in per reader. A mark is one character of Unicode's private use area, which Pebble's escaping
 * and the text wrapping leave alone and arXiv text does not contain (a paper whose text does is not
 * cached: {@link #marked}).
 */
final class Section {

    private static final char FIRST_MARK = '\uE000';

    private final String[] literals;
    private final int[] slots;
    private final int size;

    private Section(String[] literals, int[] slots) {
        this.literals = literals;
        this.slots = slots;
        int n = 0;
        for (String l : literals) {
            n += l.length();
        }
        this.size = n;
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
        int n = size;
        for (int slot : slots) {
            n += values[slot].length();
        }
        StringBuilder out = new StringBuilder(n);
        for (int i = 0; i < slots.length; i++) {
            out.append(literals[i]).append(values[slots[i]]);
        }
        return out.append(literals[slots.length]).toString();
    }

    private static boolean isMark(char c, int slots) {
        return c >= FIRST_MARK && c < FIRST_MARK + slots;
    }
}
