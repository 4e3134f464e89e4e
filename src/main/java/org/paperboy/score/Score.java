package org.paperboy.score;

import java.util.Objects;
import java.util.function.Supplier;
import org.paperboy.paper.ArxivId;

/**
 * How one paper fits one reader: relevance 1-10 (how well it matches the reader's criteria), novelty
 * 1-10 (how new the contribution looks), the reason (one line naming the matched criterion and why,
 * e.g. "Author match: Yann LeCun"), whether a followed author wrote it (always included), and the
 * scorer's raw ordering value, rank (higher first, comparable within one call only), and what the reader
 * asked to leave out that the paper is about ("" when nothing): such a paper is not sent, unless a followed
 * author wrote it.
 *
 * <p>A scorer rates every paper of the day for every reader, and a reader sees a few dozen of them:
 * a reason can be given as the way to word it, and is worded once, when first asked for.
 */
public final class Score {

    /** Relevance from which a paper is clearly on the reader's interests, as the mail's legend says. */
    public static final int CLEARLY_ON = 7;

    private final ArxivId id;
    private final int relevance;
    private final int novelty;
    private final boolean authorMatch;
    private final double rank;
    private final String excludedBy;
    /**
     * Set once worded. Read without a lock: a String is safe to share so, and a thread that sees
     * none yet words it under the lock.
     */
    private String reason;
    private Supplier<String> wording;

    public Score(ArxivId id, int relevance, int novelty, String reason, boolean authorMatch, double rank) {
        this(id, relevance, novelty, authorMatch, rank, reason == null ? "" : reason.strip(), null, "");
    }

    /** A score whose reason {@code wording} words when it is first asked for. */
    public Score(ArxivId id, int relevance, int novelty, Supplier<String> wording, boolean authorMatch, double rank) {
        this(id, relevance, novelty, wording, authorMatch, rank, "");
    }

    /** As above, for a paper about {@code excludedBy}, something the reader asked to leave out ("" for nothing). */
    public Score(ArxivId id, int relevance, int novelty, Supplier<String> wording, boolean authorMatch, double rank,
            String excludedBy) {
        this(id, relevance, novelty, authorMatch, rank, null, Objects.requireNonNull(wording, "wording"), excludedBy);
    }

    private Score(ArxivId id, int relevance, int novelty, boolean authorMatch, double rank, String reason,
            Supplier<String> wording, String excludedBy) {
        if (relevance < 1 || relevance > 10 || novelty < 1 || novelty > 10) {
            throw new IllegalArgumentException("relevance and novelty are 1-10, got " + relevance + "/" + novelty);
        }
        this.id = id;
        this.relevance = relevance;
        this.novelty = novelty;
        this.authorMatch = authorMatch;
        this.rank = rank;
        this.reason = reason;
        this.wording = wording;
        this.excludedBy = excludedBy == null ? "" : excludedBy;
    }

    public ArxivId id() {
        return id;
    }

    public int relevance() {
        return relevance;
    }

    public int novelty() {
        return novelty;
    }

    public String reason() {
        String r = reason;
        if (r == null) {
            synchronized (this) {
                if (reason == null) {
                    String worded = wording.get();
                    reason = worded == null ? "" : worded.strip();
                    wording = null; // what it was worded from can go
                }
                r = reason;
            }
        }
        return r;
    }

    public boolean authorMatch() {
        return authorMatch;
    }

    public double rank() {
        return rank;
    }

    /** The avoided subject or filter this paper is about, as the reader wrote it; "" when none. */
    public String excludedBy() {
        return excludedBy;
    }

    /** True when the reader asked to leave out what this paper is about: it is sent only if a followed author wrote it. */
    public boolean excluded() {
        return !excludedBy.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Score s && id.equals(s.id) && relevance == s.relevance && novelty == s.novelty
                && authorMatch == s.authorMatch && Double.compare(rank, s.rank) == 0 && reason().equals(s.reason())
                && excludedBy.equals(s.excludedBy);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, relevance, novelty, reason(), authorMatch, rank);
    }

    @Override
    public String toString() {
        return "Score[id=" + id + ", relevance=" + relevance + ", novelty=" + novelty + ", reason=" + reason()
                + ", authorMatch=" + authorMatch + ", rank=" + rank + (excluded() ? ", excludedBy=" + excludedBy : "") + "]";
    }
}
