package org.paperboy.web;

import java.util.Optional;

/** What the web pages need to know about subscribers. */
public interface Directory {

    /** The subscriber's address, or empty when no such subscriber is stored. */
    Optional<String> address(long subscriberId);

    /**
     * Unsubscribes at once; calling it again is harmless.
     *
     * @return whether the subscriber was still subscribed
     */
    boolean unsubscribe(long subscriberId);

    /** A readable summary of the subscriber's interests, or empty when no such subscriber is stored. */
    Optional<String> preferencesSummary(long subscriberId);

    /** Undoes an unsubscribe made with the reader's own link; false when they were not unsubscribed. */
    boolean resubscribe(long subscriberId);

    /**
     * Records that the reader wants more (or fewer) papers like this one.
     *
     * @return the paper's title, or empty when no such paper is stored
     */
    Optional<String> feedback(long subscriberId, String arxivId, boolean more);

    /** The title of a stored paper. */
    Optional<String> paperTitle(String arxivId);
}
