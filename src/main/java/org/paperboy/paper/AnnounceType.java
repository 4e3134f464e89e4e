package org.paperboy.paper;

import java.util.Locale;

/** How a paper appeared in a day's listing, as in arXiv's RSS {@code arxiv:announce_type}. */
public enum AnnounceType {
    NEW, CROSS, REPLACE, REPLACE_CROSS;

    /** Parses arXiv's spelling ({@code new}, {@code cross}, {@code replace}, {@code replace-cross}). */
    public static AnnounceType fromArxiv(String text) {
        return switch (text == null ? "" : text.strip().toLowerCase(Locale.ROOT)) {
            case "new" -> NEW;
            case "cross" -> CROSS;
            case "replace" -> REPLACE;
            case "replace-cross" -> REPLACE_CROSS;
            default -> throw new IllegalArgumentException("unknown arXiv announce type '" + text
                    + "' (expected new, cross, replace or replace-cross)");
        };
    }

    public String arxivName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
