package org.paperboy.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Requests refused before a handler reads them, each with a page that says why and what to do instead
 * of the 500 they would otherwise end in: a body over {@link WebServer#MAX_REQUEST_BYTES}, a form in a
 * charset this JVM cannot decode.
 */
final class BadRequests {

    private static final Pattern CHARSET = Pattern.compile("(?i)charset=\"?([^\";\\s]*)");
    private static final String HTML = "text/html; charset=utf-8";

    private BadRequests() {
    }

    static void register(RoutesConfig routes, PageRenderer pages) {
        routes.before(BadRequests::knownCharset);
        routes.exception(HttpResponseException.class, (e, ctx) -> {
            if (e.getStatus() == 413) {
                page(ctx, 413, pages.message("Too large", "This form holds more than " + WebServer.MAX_REQUEST_BYTES / 1024
                        + " KB, far more than any sign-up needs. Please shorten the longest field and send it again."));
            } else {
                page(ctx, e.getStatus(), pages.message("Not possible", e.getMessage()));
            }
        });
        routes.exception(UnknownCharset.class, (e, ctx) -> page(ctx, 400, pages.message("Unreadable form", e.getMessage())));
    }

    /** The form parser would fail deep inside on a charset Java does not know: refuse it up front. */
    private static void knownCharset(Context ctx) {
        String type = ctx.header("Content-Type");
        Matcher m = type == null ? null : CHARSET.matcher(type);
        if (m == null || !m.find()) {
            return;
        }
        boolean known;
        try {
            known = Charset.isSupported(m.group(1));
        } catch (IllegalCharsetNameException e) {
            known = false;
        }
        if (!known) {
            String name = m.group(1).substring(0, Math.min(40, m.group(1).length()));
            throw new UnknownCharset("This form came in a character set this server does not know (" + name
                    + "). Please send it as UTF-8, as the page's own form does.");
        }
    }

    private static void page(Context ctx, int status, String html) {
        ctx.status(status).contentType(HTML).result(html);
    }

    static final class UnknownCharset extends RuntimeException {
        UnknownCharset(String message) {
            super(message);
        }
    }
}
