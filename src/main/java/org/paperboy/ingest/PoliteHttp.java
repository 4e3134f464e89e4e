package org.paperboy.ingest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * GET with arXiv's manners: a descriptive User-Agent, requests spaced by at least the minimum
 * interval, and retries on 429/503 and network errors that honour Retry-After.
 */
public final class PoliteHttp {

    /** Waits; replaced in tests so they need not sleep. */
    interface Sleeper {
        void sleep(Duration d) throws InterruptedException;
    }

    public static final Duration MAX_RETRY_AFTER = Duration.ofMinutes(2);

    private final HttpSettings settings;
    private final HttpClient client;
    private final Sleeper sleeper;
    private long lastRequest;

    public PoliteHttp(HttpSettings settings) {
        this(settings, d -> Thread.sleep(d.toMillis()));
    }

    PoliteHttp(HttpSettings settings, Sleeper sleeper) {
        this.settings = settings;
        this.sleeper = sleeper;
        this.client = HttpClient.newBuilder()
                .connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /** The body of a 200 response; anything else after the retries is a {@link FeedException}. */
    public synchronized String get(URI uri) {
        String problem = "";
        for (int attempt = 0; attempt <= settings.maxRetries(); attempt++) {
            Duration wait = Duration.ofSeconds(1L << Math.min(attempt, 6)).plus(settings.minInterval());
            try {
                space();
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri)
                        .timeout(settings.timeout())
                        .header("User-Agent", settings.userAgent())
                        .GET().build(), FeedText.body(settings.maxFeedBytes(), uri.toString()));
                int status = response.statusCode();
                if (status == 200) {
                    return response.body();
                }
                if (status != 429 && status != 503) {
                    String reason = ErrorFeed.reason(response.body()).map(r -> " (" + r + ")").orElse("");
                    throw new FeedException(uri + " answered HTTP " + status + reason + "; nothing was stored"
                            + hint(status));
                }
                problem = "HTTP " + status;
                wait = retryAfter(response.headers().firstValue("Retry-After").orElse(null), wait);
            } catch (IOException e) {
                if (e.getCause() instanceof FeedException refused) {
                    throw refused;
                }
                problem = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new FeedException("interrupted while fetching " + uri, e);
            }
            if (attempt < settings.maxRetries()) {
                pause(wait, uri);
            }
        }
        throw new FeedException(uri + " failed after " + (settings.maxRetries() + 1) + " attempts (" + problem
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

    private void pause(Duration wait, URI uri) {
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FeedException("interrupted while waiting to retry " + uri, e);
        }
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

    /** Retry-After in seconds or as an HTTP date, capped so a hostile value cannot stall the service. */
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
