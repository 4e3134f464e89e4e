package org.paperboy.http;

import dev.failsafe.Execution;
import dev.failsafe.RetryPolicy;
import dev.failsafe.RetryPolicyBuilder;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.function.IntPredicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Requests to other servers (arXiv, the LLM endpoint) retried by Failsafe: a network error, or a status
 * the server uses for "not now" (429, 503, ...), is tried again up to a number of times, after as long
 * as the server's Retry-After asks or else a doubling pause. Any other answer is final.
 */
public final class HttpRetries {

    private static final Logger LOG = LoggerFactory.getLogger(HttpRetries.class);

    /** The longest Retry-After honoured, so that a hostile or mistaken value cannot stall the service. */
    public static final Duration MAX_RETRY_AFTER = Duration.ofMinutes(2);

    /** Waits between attempts; tests pass one that records the waits instead of sleeping. */
    @FunctionalInterface
    public interface Sleeper {
        Sleeper REAL = d -> Thread.sleep(d.toMillis());

        void sleep(Duration d) throws InterruptedException;
    }

    /** One attempt: a request sent and its whole answer read. */
    @FunctionalInterface
    public interface Attempt {
        HttpResponse<String> send() throws IOException, InterruptedException;
    }

    /**
     * What the attempts came to: the last answer, or (when the last attempt got none) the network error.
     *
     * @param attempts how many requests were made
     */
    public record Outcome(HttpResponse<String> response, IOException error, int attempts) {

        /** The last answer's status, or the network error, as a log or an exception says it. */
        public String problem() {
            return response != null ? "HTTP " + response.statusCode()
                    : error.getClass().getSimpleName() + (error.getMessage() == null ? "" : ": " + error.getMessage());
        }
    }

    private HttpRetries() {
    }

    /**
     * Retries network errors and the statuses {@code notNow} accepts, at most {@code maxRetries} times,
     * after the server's Retry-After or else {@code firstPause}, doubled for each further retry (up to 64 times it).
     */
    public static RetryPolicyBuilder<HttpResponse<String>> policy(int maxRetries, Duration firstPause, IntPredicate notNow) {
        RetryPolicyBuilder<HttpResponse<String>> policy = RetryPolicy.<HttpResponse<String>>builder()
                .handle(IOException.class)
                .handleResultIf(response -> notNow.test(response.statusCode()))
                .withMaxRetries(maxRetries)
                // a negative pause tells Failsafe to fall back to the back-off below
                .withDelayFn(context -> context.getLastResult() == null ? Duration.ofMillis(-1)
                        : retryAfter(context.getLastResult().headers().firstValue("Retry-After").orElse(null), Duration.ofMillis(-1)));
        return firstPause.isZero() ? policy : policy.withBackoff(firstPause, firstPause.multipliedBy(64));
    }

    /**
     * Makes attempts until {@code policy} is satisfied or gives up, pausing with {@code sleeper} as it
     * says: the waiting is done here, on the caller's thread, so that callers that space their requests
     * (and tests) see every pause. Each retry is logged with {@code server} (an address).
     */
    public static Outcome send(String server, RetryPolicy<HttpResponse<String>> policy, Attempt attempt, Sleeper sleeper)
            throws InterruptedException {
        Execution<HttpResponse<String>> execution = Execution.of(policy);
        while (true) {
            try {
                execution.recordResult(attempt.send());
            } catch (IOException e) {
                execution.recordException(e);
            }
            Outcome outcome = new Outcome(execution.getLastResult(), (IOException) execution.getLastException(), execution.getAttemptCount());
            if (execution.isComplete()) {
                return outcome;
            }
            LOG.info("{}: {}; retrying in {} ms", server, outcome.problem(), execution.getDelay().toMillis());
            sleeper.sleep(execution.getDelay());
        }
    }

    /** Retry-After in seconds or as an HTTP date, capped at {@link #MAX_RETRY_AFTER}; {@code fallback} when absent or unreadable. */
    public static Duration retryAfter(String header, Duration fallback) {
        if (header == null || header.isBlank()) {
            return fallback;
        }
        Duration d;
        try {
            d = Duration.ofSeconds(Long.parseLong(header.strip()));
        } catch (NumberFormatException notSeconds) {
            try {
                d = Duration.between(ZonedDateTime.now(), ZonedDateTime.parse(header.strip(), DateTimeFormatter.RFC_1123_DATE_TIME));
            } catch (DateTimeParseException notDate) {
                return fallback;
            }
        }
        if (d.isNegative()) {
            return Duration.ZERO;
        }
        return d.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : d;
    }
}
