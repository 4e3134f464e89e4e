package org.paperboy.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.paperboy.issue.MailText;

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
    /** The number of the first literal in the run ({@link MailText}); -1 until numbered. */
    private int first = -1;

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
     * The issue {@code frame} with each place mark replaced by its paper's section, as pieces: the frame's
     * text between the marks (added by {@code frameText}), each section's own text (numbered in {@code run})
     * and the reader's values.
     */
    static MailText assemble(String frame, Filled[] sections, Object run, BiConsumer<MailText.Builder, String> frameText) {
        MailText.Builder parts = new MailText.Builder(run);
        int start = 0;
        for (int i = 0; i < frame.length(); i++) {
            int at = frame.charAt(i) - FIRST_PLACE;
            if (at >= 0 && at < sections.length) {
                frameText.accept(parts, frame.substring(start, i));
                sections[at].addTo(parts);
                start = i + 1;
            }
        }
        frameText.accept(parts, frame.substring(start));
        return parts.build();
    }

    /** The number in its run of this section's first piece of text; the others follow it. */
    void numberFrom(int first) {
        this.first = first;
    }

    private int number(int literal) {
        return first < 0 ? -1 : first + literal;
    }

    /** How many pieces of text of its own the section has: it takes as many numbers. */
    int literals() {
        return literals.length;
    }

    /** The section's {@code i}th piece of text. */
    String literal(int i) {
        return literals[i];
    }

    /** The section filled in with a reader's values, already escaped as the part needs. */
    Filled with(String[] values) {
        return new Filled(this, values, null);
    }

    /** A section rendered whole for one reader, shared with no other mail. */
    static Filled whole(String text) {
        return new Filled(null, null, text);
    }

    /** One reader's section: a {@link Section} and the reader's values, or a whole text. */
    record Filled(Section section, String[] values, String whole) {
        void addTo(MailText.Builder parts) {
            if (section == null) {
                parts.add(whole);
                return;
            }
            int[] slots = section.slots;
            for (int i = 0; i < slots.length; i++) {
                parts.add(section.literals[i], section.number(i));
                parts.add(values[slots[i]]);
            }
            parts.add(section.literals[slots.length], section.number(slots.length));
        }
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
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < slots.length; i++) {
            text.append(literals[i]).append(values[slots[i]]);
        }
        return text.append(literals[slots.length]).toString();
    }

    private static boolean isMark(char c, int slots) {
        return c >= FIRST_MARK && c < FIRST_MARK + slots;
    }
}
