package org.paperboy.paper;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An arXiv identifier. Two ids with the same {@link #base()} name the same paper; the version only
 * says which revision was announced. Accepts new-style ({@code 2603.05498v2}), old-style
 * ({@code hep-th/9901001v1}), an {@code arXiv:} prefix and abs/pdf URLs.
 */
public record ArxivId(String base, int version) implements Comparable<ArxivId> {

    private static final Pattern FORM = Pattern.compile(
            "^(?:(?:https?://)?(?:export\\.|www\\.)?arxiv\\.org/(?:abs|pdf)/|oai:arXiv\\.org:|arxiv:)?"
                    + "((?:\\d{4}\\.\\d{4,5})|(?:[a-z][a-z.-]*(?:\\.[A-Z]{2})?/\\d{7}))(?:v(\\d+))?(?:\\.pdf)?/?$",
            Pattern.CASE_INSENSITIVE);

    public ArxivId {
        if (base == null || base.isBlank()) {
            throw new IllegalArgumentException("arXiv id must not be empty");
        }
        if (version < 0) {
            throw new IllegalArgumentException("arXiv version must be >= 0 (0 = unknown): " + version);
        }
    }

    /** Parses any accepted form; empty when the text is not an arXiv id. */
    public static Optional<ArxivId> tryParse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = FORM.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int version = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        return Optional.of(new ArxivId(m.group(1), version));
    }

    public static ArxivId parse(String text) {
        return tryParse(text).orElseThrow(() -> new IllegalArgumentException(
                "not an arXiv id: '" + text + "' (expected e.g. 2603.05498 or 2603.05498v2)"));
    }

    public boolean samePaper(ArxivId other) {
        return base.equals(other.base);
    }

    public String absUrl() {
        return "https://arxiv.org/abs/" + base;
    }

    public String pdfUrl() {
        return "https://arxiv.org/pdf/" + base;
    }

    /** The id as arXiv prints it, with the version when one is known. */
    public String versioned() {
        return version > 0 ? base + "v" + version : base;
    }

    @Override
    public int compareTo(ArxivId o) {
        int c = base.compareTo(o.base);
        return c != 0 ? c : Integer.compare(version, o.version);
    }

    @Override
    public String toString() {
        return base;
    }
}
