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

    /**
     * Someone who left asks to come back: a confirmation mail goes to the address, and nothing changes
     * until it is confirmed. False when they are not unsubscribed, or the address had mail a moment ago.
     */
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
