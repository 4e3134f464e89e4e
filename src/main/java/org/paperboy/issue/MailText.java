package org.paperboy.issue;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One part of a mail (its HTML or its plain text) as the pieces it was put together from; the part's text
 * is the pieces one after another. A numbered piece is one that many mails of the same run carry, the
 * same string each time (a paper's section as the templates print it for every reader): storing keeps it
 * once and refers to it by its number instead of looking its text up. Numbers count from 0 within their
 * run; a mail made in one piece has no run.
 */
public final class MailText {

    private final Object run;
    private final String[] pieces;
    private final int[] numbers;
    private String text;

    private MailText(Object run, String[] pieces, int[] numbers, String text) {
        this.run = run;
        this.pieces = pieces;
        this.numbers = numbers;
        this.text = text;
    }

    /** A part made in one piece, shared with no other mail. */
    public static MailText of(String text) {
        Objects.requireNonNull(text, "text");
        return new MailText(null, new String[] {text}, new int[] {-1}, text);
    }

    /** The run whose numbers the pieces carry; null for a part made in one piece. */
    public Object run() {
        return run;
    }

    public int size() {
        return pieces.length;
    }

    public String piece(int i) {
        return pieces[i];
    }

    /** The piece's number in its run, or -1 for a piece of this mail alone. */
    public int number(int i) {
        return numbers[i];
    }

    /** The whole part, joined once when first asked for. */
    public String text() {
        String t = text;
        if (t == null) {
            t = text = String.join("", pieces);
        }
        return t;
    }

    /** Parts are equal when their texts are, however they were put together. */
    @Override
    public boolean equals(Object o) {
        return o instanceof MailText other && text().equals(other.text());
    }

    @Override
    public int hashCode() {
        return text().hashCode();
    }

    @Override
    public String toString() {
        return text();
    }

    /** Puts a part together, piece by piece; empty pieces are left out. */
    public static final class Builder {
        private final Object run;
        private final List<String> pieces = new ArrayList<>();
        private int[] numbers = new int[64];

        /** @param run what the numbers of this part's shared pieces count within */
        public Builder(Object run) {
            this.run = Objects.requireNonNull(run, "run");
        }

        /** A piece of this mail alone. */
        public Builder add(String piece) {
            return add(piece, -1);
        }

        /** A piece with its number in the run, or -1 for one of this mail alone. */
        public Builder add(String piece, int number) {
            if (!piece.isEmpty()) {
                if (pieces.size() == numbers.length) {
                    numbers = java.util.Arrays.copyOf(numbers, 2 * numbers.length);
                }
                numbers[pieces.size()] = number;
                pieces.add(piece);
            }
            return this;
        }

        public MailText build() {
            return new MailText(run, pieces.toArray(String[]::new), java.util.Arrays.copyOf(numbers, pieces.size()), null);
        }
    }
}
