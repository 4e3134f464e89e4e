package org.paperboy.ingest;

import dev.failsafe.RetryPolicy;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.paperboy.http.HttpRetries;

/**
 * GET with arXiv's manners: a descriptive User-Agent, requests spaced by at least the minimum
 * interval, and retries on 429/503 and network errors that honour Retry-After ({@link HttpRetries}).
 */
public final class PoliteHttp {

    private final HttpSettings settings;
    private final HttpClient client;
    private final HttpRetries.Sleeper sleeper;
    private final RetryPolicy<HttpResponse<String>> retries;
    private long lastRequest;

    public PoliteHttp(HttpSettings settings) {
        this(settings, HttpRetries.Sleeper.REAL);
    }

    PoliteHttp(HttpSettings settings, HttpRetries.Sleeper sleeper) {
        this.settings = settings;
        this.sleeper = sleeper;
        this.client = HttpClient.newBuilder()
                .connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        // Each attempt also waits out the minimum interval since the one before (space()).
        this.retries = HttpRetries.policy(settings.maxRetries(), Duration.ofSeconds(1), PoliteHttp::notNow)
                .build();
    }

    /** The body of a 200 response; anything else after the retries is a {@link FeedException}. */
    public synchronized String get(URI uri) {
        HttpRetries.Outcome outcome;
        try {
            outcome = HttpRetries.send(uri.toString(), retries, () -> {
                space();
                try {
                    return client.send(HttpRequest.newBuilder(uri)
                            .timeout(settings.timeout())
                            .header("User-Agent", settings.userAgent())
                            .GET().build(), FeedText.body(settings.maxFeedBytes(), uri.toString()));
                } catch (IOException e) {
                    // a feed over the size limit is refused, not fetched again
                    if (e.getCause() instanceof FeedException refused) {
                        throw refused;
                    }
                    throw e;
                }
            }, sleeper);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FeedException("interrupted while fetching " + uri, e);
        }
        HttpResponse<String> response = outcome.response();
        if (response != null && response.statusCode() == 200) {
            return response.body();
        }
        if (response != null && !notNow(response.statusCode())) {
            int status = response.statusCode();
            String reason = ErrorFeed.reason(response.body()).map(r -> " (" + r + ")").orElse("");
            throw new FeedException(uri + " answered HTTP " + status + reason + "; nothing was stored" + hint(status));
        }
        throw new FeedException(uri + " failed after " + outcome.attempts() + " attempts (" + outcome.problem()
                + "); nothing was stored, the next run tries again");
    }

    private void space() throws InterruptedException {
        long since = System.nanoTime() - lastRequest;
        long min = settings.minInterval().toNanos();
        if (lastRequest != 0 && since < min) {
            sleeper.sleep(Duration.ofNanos(min - since));
        }
        lastRequest = System.nanoTime();
    }

    /** What to do about a status that retrying will not fix. */
    static String hint(int status) {
        if (status == 400 || status == 404) {
            return " (check ingest.categories and the URL)";
        }
        if (status == 403) {
            return " (arXiv refused this client: check that ingest.operator_email is a real address and that"
                    + " nothing else on this host queries arXiv too often)";
        }
        return status >= 500 ? " (arXiv is having trouble; the next run tries again)" : " (check the URL)";
    }

    /** arXiv's ways of saying "not now": too many requests, or busy. */
    private static boolean notNow(int status) {
        return status == 429 || status == 503;
    }
}
