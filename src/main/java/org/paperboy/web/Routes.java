package org.paperboy.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.paperboy.subscriber.Tokens;
import org.paperboy.subscriber.Tokens.Purpose;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The handlers, and the only place that decides HTTP status codes. */
final class Routes {

    private static final Logger LOG = LoggerFactory.getLogger(Routes.class);
    private static final String HTML = "text/html; charset=utf-8";
    private static final String CSP =
            "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private final Tokens tokens;
    private final Directory directory;
    private final PageRenderer pages;
    private final Archive archive;
    private final Health health;

    private final boolean preferencesSummary;
    private final Clock clock = Clock.systemUTC();
    static final Duration RESUBSCRIBE_VALIDITY = Duration.ofDays(1);
    private static final java.util.regex.Pattern ISSUE_KIND = java.util.regex.Pattern.compile("daily|weekly-\\d{1,3}");

    /** @param preferencesSummary serve the read-only preferences page (when no sign-up routes serve the editable one) */
    Routes(Tokens tokens, Directory directory, PageRenderer pages, Archive archive, Health health,
            boolean preferencesSummary) {
        this.preferencesSummary = preferencesSummary;
        this.tokens = tokens;
        this.directory = directory;
        this.pages = pages;
        this.archive = archive;
        this.health = health;
    }

    void register(RoutesConfig routes) {
        routes.before(Routes::securityHeaders);
        BadRequests.register(routes, pages);
        // GET only shows a button: mail scanners follow links, and a visit must never unsubscribe anyone
        routes.get("/unsubscribe/{token}", this::unsubscribeForm);
        // POST unsubscribes with no login or CSRF token, as RFC 8058 one-click requires
        routes.post("/unsubscribe/{token}", this::unsubscribe);
        routes.post("/resubscribe/{token}", this::resubscribe);
        if (preferencesSummary) {
            routes.get("/preferences/{token}", this::preferences);
        }
        // feedback links in every digest: the GET asks, the POST records (scanners must not vote)
        routes.get("/feedback/{token}/{paper}/{signal}", this::feedbackForm);
        routes.post("/feedback/{token}/{paper}/{signal}", this::feedback);
        routes.get("/", ctx -> page(ctx, 200, archive.home()));
        routes.get("/archive", ctx -> page(ctx, 200, archive.index()));
        routes.get("/archive/feed.atom", ctx -> ctx.status(200).contentType("application/atom+xml; charset=utf-8").result(archive.atom()));
        routes.get("/archive/{kind}/{week}", ctx -> archive.weekly(ctx.pathParam("kind"), ctx.pathParam("week"))
                .ifPresentOrElse(html -> page(ctx, 200, html), () -> notFound(ctx)));
        routes.get("/view/{token}/{kind}/{date}", this::readerIssue);
        routes.get("/health", this::health);
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            page(ctx, 500, pages.message("Something went wrong",
                    "Something went wrong on our side. Please try again in a few minutes."));
        });
    }

    private static void securityHeaders(Context ctx) {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Frame-Options", "DENY");
        // pages carry personal tokens in their URL and address in their body
        ctx.header("Cache-Control", "no-store");
    }

    private void unsubscribeForm(Context ctx) {
        String token = ctx.pathParam("token");
        Optional<String> email = subscriber(Purpose.UNSUBSCRIBE, token).flatMap(directory::address);
        if (email.isEmpty()) {
            invalidLink(ctx);
            return;
        }
        page(ctx, 200, pages.unsubscribeForm(email.get(), "/unsubscribe/" + token));
    }

    private void unsubscribe(Context ctx) {
        Optional<Long> id = subscriber(Purpose.UNSUBSCRIBE, ctx.pathParam("token"));
        Optional<String> email = id.flatMap(directory::address);
        if (email.isEmpty()) {
            invalidLink(ctx);
            return;
        }
        // the body (List-Unsubscribe=One-Click, or the page's empty form) is not needed: the token says it all
        if (directory.unsubscribe(id.get())) {
            LOG.info("subscriber {} unsubscribed", id.get());
        }
        // the way back is a button of this page only, for a day, and it asks the address's owner to confirm
        page(ctx, 200, pages.unsubscribed(email.get(), "/resubscribe/"
                + tokens.issue(Purpose.RESUBSCRIBE, id.get(), clock.instant().plus(RESUBSCRIBE_VALIDITY))));
    }

    private void resubscribe(Context ctx) {
        Optional<Long> id = tokens.verify(Purpose.RESUBSCRIBE, ctx.pathParam("token"), clock.instant());
        Optional<String> email = id.flatMap(directory::address);
        if (email.isEmpty()) {
            invalidLink(ctx);
            return;
        }
        boolean asked = directory.resubscribe(id.get());
        page(ctx, 200, pages.message(asked ? "Check your inbox" : "Nothing changed", asked
                ? "A mail to " + email.get() + " is on its way: open the link in it to confirm, and the next issue comes as before."
                : email.get() + " is not unsubscribed, or had a mail from us a moment ago; nothing changed."));
    }

    private void preferences(Context ctx) {
        Optional<String> summary = subscriber(Purpose.PREFERENCES, ctx.pathParam("token"))
                .flatMap(directory::preferencesSummary);
        if (summary.isEmpty()) {
            invalidLink(ctx);
            return;
        }
        page(ctx, 200, pages.message("Your preferences", summary.get()));
    }

    private void feedbackForm(Context ctx) {
        Optional<Long> id = subscriber(Purpose.FEEDBACK, ctx.pathParam("token"));
        Optional<String> title = id.isEmpty() || signal(ctx).isEmpty() ? Optional.empty() : directory.paperTitle(ctx.pathParam("paper"));
        if (title.isEmpty()) {
            invalidLink(ctx);
            return;
        }
        boolean more = signal(ctx).get();
        page(ctx, 200, pages.confirm(more ? "More like this" : "Less like this",
                (more ? "Send you more papers like \u201c" : "Send you fewer papers like \u201c") + title.get() + "\u201d?",
                more ? "Yes, more like this" : "Yes, fewer like this", ctx.path()));
    }

    private void feedback(Context ctx) {
        Optional<Long> id = subscriber(Purpose.FEEDBACK, ctx.pathParam("token"));
        Optional<Boolean> more = signal(ctx);
        Optional<String> title = id.isEmpty() || more.isEmpty() ? Optional.empty()
                : directory.feedback(id.get(), ctx.pathParam("paper"), more.get());
        if (title.isEmpty()) {
            invalidLink(ctx);
            return;
        }
        page(ctx, 200, pages.message("Thank you", "Noted: " + (more.get() ? "more" : "fewer") + " papers like \u201c"
                + title.get() + "\u201d. Your next digests will take it into account."));
    }

    private static Optional<Boolean> signal(Context ctx) {
        return switch (ctx.pathParam("signal")) {
            case "more" -> Optional.of(true);
            case "less" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    private void readerIssue(Context ctx) {
        Optional<Long> id = subscriber(Purpose.VIEW, ctx.pathParam("token"));
        // only issues: the mails about a subscription carry its links
        Optional<String> html = id.isEmpty() || !ISSUE_KIND.matcher(ctx.pathParam("kind")).matches() ? Optional.empty()
                : archive.readerIssue(id.get(), ctx.pathParam("kind"), ctx.pathParam("date"));
        if (html.isEmpty()) {
            invalidLink(ctx);
            return;
        }
        if (html.get().isEmpty()) {
            page(ctx, 410, pages.message("No longer kept", "This issue is older than the time its mail is kept, so it"
                    + " cannot be shown any more. Its papers still count: none of them is sent to you again."));
            return;
        }
        page(ctx, 200, SharedView.of(html.get(), directory.address(id.get()).orElse("")));
    }

    private void notFound(Context ctx) {
        page(ctx, 404, pages.message("Not found", "There is no such issue in the archive."));
    }

    private void health(Context ctx) {
        java.util.Map<String, Boolean> checks;
        try {
            checks = health.checks();
        } catch (RuntimeException e) {
            LOG.warn("health check failed", e);
            checks = java.util.Map.of("database", false);
        }
        boolean up = checks.values().stream().allMatch(Boolean::booleanValue);
        StringBuilder json = new StringBuilder("{\"status\":\"").append(up ? "ok" : "unavailable").append('"');
        checks.forEach((name, ok) -> json.append(",\"").append(name).append("\":\"").append(ok ? "up" : "down").append('"'));
        ctx.status(up ? 200 : 503).contentType("application/json").result(json.append('}').toString());
    }

    /** Links in mails sent before feedback and view links had tokens of their own carry the preferences token. */
    private Optional<Long> subscriber(Purpose purpose, String token) {
        Optional<Long> id = tokens.verify(purpose, token);
        return id.isPresent() || purpose != Purpose.FEEDBACK && purpose != Purpose.VIEW ? id : tokens.verify(Purpose.PREFERENCES, token);
    }

    private void invalidLink(Context ctx) {
        page(ctx, 404, pages.message("Link not valid",
                "This link is not valid. It may have been copied incompletely; please use the link in your latest mail."));
    }

    private static void page(Context ctx, int status, String html) {
        ctx.status(status).contentType(HTML).result(html);
    }
}
