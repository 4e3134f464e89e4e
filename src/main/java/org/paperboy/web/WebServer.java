package org.paperboy.web;

import io.javalin.Javalin;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import org.paperboy.subscriber.Tokens;

/** The public web endpoints: one-click unsubscribe (RFC 8058), preferences and a health check. */
public final class WebServer implements AutoCloseable {

    /** The most a request body may hold; more is refused before it is read. */
    static final long MAX_REQUEST_BYTES = 128 * 1024;

    private final Javalin app;

    private WebServer(Javalin app) {
        this.app = app;
    }

    /**
     * Starts listening at once.
     *
     * @param port       0 picks a free port; see {@link #port()}
     * @param databaseUp asked by the health check on every call
     */
    public static WebServer start(String host, int port, Tokens tokens, Directory directory, PageRenderer pages,
            BooleanSupplier databaseUp) {
        return start(host, port, tokens, directory, pages, Archive.NONE, databaseUp);
    }

    /** As above, also serving the archive: /archive, /archive/feed.atom and each reader's /view/ links. */
    public static WebServer start(String host, int port, Tokens tokens, Directory directory, PageRenderer pages,
            Archive archive, BooleanSupplier databaseUp) {
        return start(host, port, tokens, directory, pages, archive, SignUps.NONE, databaseUp);
    }

    /** As above, also taking sign-ups: /subscribe and /confirm/{token}. */
    public static WebServer start(String host, int port, Tokens tokens, Directory directory, PageRenderer pages,
            Archive archive, SignUps signUps, BooleanSupplier databaseUp) {
        return start(host, port, tokens, directory, pages, archive, signUps, Health.database(databaseUp));
    }

    /** As above, with /health reporting every part in {@code health}. */
    public static WebServer start(String host, int port, Tokens tokens, Directory directory, PageRenderer pages,
            Archive archive, SignUps signUps, Health health) {
        return start(host, port, tokens, directory, pages, archive, signUps, health, "", () -> "");
    }

    /**
     * As above, with the operator's overview at /admin behind Basic authentication.
     *
     * @param adminPassword blank for no admin page
     * @param adminPage     the overview, rendered on each visit
     */
    public static WebServer start(String host, int port, Tokens tokens, Directory directory, PageRenderer pages,
            Archive archive, SignUps signUps, Health health, String adminPassword, java.util.function.Supplier<String> adminPage) {
        return start(host, port, tokens, directory, pages, archive, signUps, health, adminPassword, adminPage, List.of());
    }

    /**
     * As above, behind reverse proxies: requests from {@code trustedProxies} (addresses or CIDR ranges)
     * are counted against the visitor their X-Forwarded-For names, not against the proxy.
     */
    public static WebServer start(String host, int port, Tokens tokens, Directory directory, PageRenderer pages,
            Archive archive, SignUps signUps, Health health, String adminPassword, java.util.function.Supplier<String> adminPage,
            List<String> trustedProxies) {
        ClientAddress clients = new ClientAddress(trustedProxies);
        java.time.Clock clock = java.time.Clock.systemUTC();
        AdminRoutes adminRoutes = new AdminRoutes(adminPassword, adminPage, clients, clock);
        Routes routes = new Routes(Objects.requireNonNull(tokens, "tokens"), Objects.requireNonNull(directory, "directory"),
                Objects.requireNonNull(pages, "pages"), Objects.requireNonNull(archive, "archive"),
                Objects.requireNonNull(health, "health"), signUps == SignUps.NONE);
        SignUpRoutes signUpRoutes = new SignUpRoutes(tokens, pages, Objects.requireNonNull(signUps, "signUps"), clock, clients);
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jetty.host = host;
            config.jetty.port = port;
            // the largest sign-up form, every field full of non-ASCII text, is about a third of this
            config.http.maxRequestSize = MAX_REQUEST_BYTES;
            routes.register(config.routes);
            adminRoutes.register(config.routes);
            if (signUps != SignUps.NONE) {
                signUpRoutes.register(config.routes);
            }
        });
        try {
            app.start();
        } catch (RuntimeException e) {
            app.stop();
            throw new IllegalStateException("could not start the web server on " + host + ":" + port
                    + " (" + e.getMessage() + "); is another program using the port? choose another web port", e);
        }
        return new WebServer(app);
    }

    /** The port actually listened on. */
    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }
}
