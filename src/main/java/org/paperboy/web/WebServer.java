package org.paperboy.web;

import io.javalin.Javalin;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import org.paperboy.subscriber.Tokens;

/** The public web endpoints: one-click unsubscribe (RFC 8058), preferences and a health check. */
public final class WebServer implements AutoCloseable {

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
        return start(host, port, tokens, directory, pages, archive, signUps, health, adminPassword, adminPage, null);
    }

    /**
     * As above, with the service's metrics at /metrics (Prometheus's text format) behind the same password.
     *
     * @param metrics the metrics, read on each scrape; null for none
     */
    public static WebServer start(String host, int port, Tokens tokens, Directory directory, PageRenderer pages,
            Archive archive, SignUps signUps, Health health, String adminPassword, java.util.function.Supplier<String> adminPage,
            java.util.function.Supplier<String> metrics) {
        AdminRoutes adminRoutes = new AdminRoutes(adminPassword, adminPage, metrics);
        Routes routes = new Routes(Objects.requireNonNull(tokens, "tokens"), Objects.requireNonNull(directory, "directory"),
                Objects.requireNonNull(pages, "pages"), Objects.requireNonNull(archive, "archive"),
                Objects.requireNonNull(health, "health"), signUps == SignUps.NONE);
        SignUpRoutes signUpRoutes = new SignUpRoutes(tokens, pages, Objects.requireNonNull(signUps, "signUps"), java.time.Clock.systemUTC());
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jetty.host = host;
            config.jetty.port = port;
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
                    + " (" + e.getMessage() + "); stop the program that uses the port, or set web.port to another one", e);
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
