package org.paperboy.ingest;

import java.time.Duration;

/**
 * How Paperboy talks to arXiv: arXiv asks automated clients to identify themselves and to make no
 * more than one request every three seconds (https://info.arxiv.org/help/api/tou.html).
 */
public record HttpSettings(String userAgent, Duration minInterval, int maxRetries, Duration timeout) {

    public static HttpSettings defaults(String operatorEmail) {
        return new HttpSettings("Paperboy/0.1 (+mailto:" + operatorEmail + ")", Duration.ofSeconds(3), 3,
                Duration.ofSeconds(30));
    }
}
