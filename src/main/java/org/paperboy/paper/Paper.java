package org.paperboy.paper;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One paper as announced. Text fields are never null: a missing comment is "". Categories keep the
 * primary category first.
 */
public record Paper(
        ArxivId id,
        String title,
        List<String> authors,
        List<String> categories,
        String abstractText,
        String comment,
        LocalDate announced,
        AnnounceType announceType) {

    public Paper {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(announced, "announced");
        title = clean(title);
        abstractText = clean(abstractText);
        comment = clean(comment);
        // arXiv writes a collaboration as "Aleph Alpha: A. Author, ...", which a feed splits into "Aleph Alpha", ":", ...
        authors = authors == null ? List.of() : authors.stream().map(Paper::clean).filter(a -> a.codePoints().anyMatch(Character::isLetter))
                .toList();
        categories = categories == null ? List.of() : categories.stream().map(Paper::clean).filter(c -> !c.isEmpty()).toList();
        announceType = announceType == null ? AnnounceType.NEW : announceType;
    }

    public String primaryCategory() {
        return categories.isEmpty() ? "" : categories.get(0);
    }

    /** Title and abstract, the text that scorers read. */
    public String text() {
        return title + "\n" + abstractText;
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private static String clean(String s) {
        if (s == null) {
            return "";
        }
        String t = s.strip();
        // most text comes clean (every paper read back from the store does): it is scanned, not rewritten
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == ' ' && t.charAt(i + 1) == ' ') {
                return SPACES.matcher(t).replaceAll(" ");
            }
        }
        return t;
    }
}
