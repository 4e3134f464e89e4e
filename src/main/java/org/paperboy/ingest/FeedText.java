package org.paperboy.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.net.http.HttpResponse;

/**
 * A feed's bytes as text: at most {@code ingest.max_feed_mb} of them, refused before more are read, and
 * decoded in the charset the document declares (its XML declaration, else the server's Content-Type,
 * else UTF-8), so an ISO-8859-1 feed reads as well as a UTF-8 one.
 */
final class FeedText {

    private static final Pattern DECLARED = Pattern.compile("^\\s*<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']");
    private static final Pattern HEADER = Pattern.compile("(?i)charset=\"?([A-Za-z0-9._-]+)");

    private FeedText() {
    }

    /** The text of a saved feed, refused unread when the file is larger than {@code maxBytes}. */
    static String read(Path file, long maxBytes) throws IOException {
        long size = Files.size(file);
        if (size > maxBytes) {
            throw tooLarge(file.toString(), maxBytes, "");
        }
        return decode(Files.readAllBytes(file), null);
    }

    /** Reads an HTTP body as text, failing with a {@link FeedException} as soon as it passes {@code maxBytes}. */
    static HttpResponse.BodyHandler<String> body(long maxBytes, String source) {
        return info -> HttpResponse.BodySubscribers.mapping(new Capped(maxBytes, source),
                bytes -> decode(bytes, info.headers().firstValue("Content-Type").map(HEADER::matcher)
                        .filter(Matcher::find).map(m -> m.group(1)).orElse(null)));
    }

    static String decode(byte[] bytes, String headerCharset) {
        String start = new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.ISO_8859_1);
        Matcher declared = DECLARED.matcher(start);
        Charset charset = charset(declared.find() ? declared.group(1) : headerCharset);
        return new String(bytes, charset);
    }

    static FeedException tooLarge(String source, long maxBytes, String hint) {
        return new FeedException(source + " is larger than " + maxBytes / (1024 * 1024) + " MB, more than any arXiv listing;"
                + " nothing was stored" + hint);
    }

    private static Charset charset(String name) {
        try {
            return name != null && Charset.isSupported(name) ? Charset.forName(name) : StandardCharsets.UTF_8;
        } catch (IllegalCharsetNameException e) {
            return StandardCharsets.UTF_8;
        }
    }

    /** Collects a body's bytes up to the limit; past it, cancels the download and fails. */
    private static final class Capped implements HttpResponse.BodySubscriber<byte[]> {
        private final long max;
        private final String source;
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final List<ByteBuffer> parts = new ArrayList<>();
        private Flow.Subscription subscription;
        private long size;

        Capped(long max, String source) {
            this.max = max;
            this.source = source;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            for (ByteBuffer b : items) {
                size += b.remaining();
                parts.add(b);
            }
            if (size > max && !result.isDone()) {
                parts.clear();
                subscription.cancel();
                result.completeExceptionally(tooLarge(source, max, " (raise ingest.max_feed_mb if the feed is genuine)"));
            }
        }

        @Override
        public void onError(Throwable t) {
            result.completeExceptionally(t);
        }

        @Override
        public void onComplete() {
            byte[] all = new byte[(int) size];
            int at = 0;
            for (ByteBuffer b : parts) {
                int n = b.remaining();
                b.get(all, at, n);
                at += n;
            }
            result.complete(all);
        }
    }
}
