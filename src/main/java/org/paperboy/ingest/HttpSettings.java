package org.paperboy.ingest;

import java.time.Duration;

/**
 * How Paperboy talks to arXiv: arXiv asks automated clients to identify themselves and to make no
 * more than one request every three seconds (https://info.arxiv.org/help/api/tou.html).
 */
public record HttpSettings(String userAgent, Duration minInterval, int maxRetries, Duration timeout, long maxFeedBytes) {

    /** The feed size refused by default: a day's listing of every arXiv category is a few megabytes. */
    public static final long MAX_FEED_BYTES = 32L * 1024 * 1024;

    public HttpSettings(String userAgent, Duration minInterval, int maxRetries, Duration timeout) {
        this(userAgent, minInterval, maxRetries, timeout, MAX_FEED_BYTES);
    }

    public static HttpSettings defaults(String operatorEmail) {
        return new HttpSettings("Paperboy/0.1 (+mailto:" + operatorEmail + ")", Duration.ofSeconds(3), 3,
                Duration.ofSeconds(30));
    }
}
