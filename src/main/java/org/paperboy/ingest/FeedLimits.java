package org.paperboy.ingest;

import java.util.Optional;

/**
 * The most a paper's fields may hold. arXiv caps abstracts at 1,920 characters and titles well below a
 * thousand; an entry far past these is no paper, and would otherwise be carried into every digest that
 * picks it. Such an entry is left out (and reported); the rest of its listing is kept. Checked before a
 * field is parsed any further.
 */
final class FeedLimits {

    static final int TITLE = 1_000;
    static final int ABSTRACT = 10_000;
    static final int COMMENT = 2_000;
    /** The largest collaborations list about 3,000 authors in some 100 KB. */
    static final int AUTHORS_TEXT = 512 * 1024;
    static final int AUTHORS = 10_000;
    static final int CATEGORIES = 50;

    private FeedLimits() {
    }

    /** Why the fields cannot be a paper's, or empty when they can. */
    static Optional<String> problem(String title, String abstractText, String comment, int authorsText, int authors, int categories) {
        if (title.length() > TITLE) {
            return Optional.of(over("title", title.length(), TITLE));
        }
        if (abstractText.length() > ABSTRACT) {
            return Optional.of(over("abstract", abstractText.length(), ABSTRACT));
        }
        if (comment.length() > COMMENT) {
            return Optional.of(over("comment", comment.length(), COMMENT));
        }
        if (authorsText > AUTHORS_TEXT) {
            return Optional.of(over("author list", authorsText, AUTHORS_TEXT));
        }
        if (authors > AUTHORS) {
            return Optional.of("its " + authors + " authors are more than the " + AUTHORS + " allowed");
        }
        if (categories > CATEGORIES) {
            return Optional.of("its " + categories + " categories are more than the " + CATEGORIES + " allowed");
        }
        return Optional.empty();
    }

    private static String over(String field, int length, int max) {
        return String.format("its %s of %,d characters is longer than the %,d allowed", field, length, max);
    }
}
