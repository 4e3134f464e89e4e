package org.paperboy.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;

/** Retry-After as servers send it; the retries themselves are tested through their users (PoliteHttpTest, OpenAiChatTest). */
class HttpRetriesTest {

    @Test
    void retryAfterIsReadInSecondsOrAsADateAndCapped() {
        Duration fallback = Duration.ofMillis(500);
        assertThat(HttpRetries.retryAfter(null, fallback)).isEqualTo(fallback);
        assertThat(HttpRetries.retryAfter("soon", fallback)).isEqualTo(fallback);
        assertThat(HttpRetries.retryAfter(" 7 ", fallback)).isEqualTo(Duration.ofSeconds(7));
        assertThat(HttpRetries.retryAfter("86400", fallback)).isEqualTo(HttpRetries.MAX_RETRY_AFTER);
        String inTwentySeconds = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now().plusSeconds(20));
        assertThat(HttpRetries.retryAfter(inTwentySeconds, fallback)).isBetween(Duration.ofSeconds(15), Duration.ofSeconds(20));
        String past = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now().minusMinutes(5));
        assertThat(HttpRetries.retryAfter(past, fallback)).isZero();
    }
}
