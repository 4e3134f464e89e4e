package org.paperboy.web;

import io.javalin.Javalin;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
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
        return start(host, port, tokens, directory, pages, Archive.NONE, SignUps.NONE, Health.database(databaseUp), "",
                () -> "", null, List.of());
    }

    /**
     * As above, with every route: the archive (/archive, its feed and each reader's /view/ links), sign-up
     * (/subscribe, /confirm), /health reporting each part in {@code health}, and the operator's overview
     * at /admin and the metrics at /metrics behind Basic authentication.
     *
     * @param adminPassword  blank for no /admin and no /metrics
     * @param adminPage      the overview, rendered on each visit
     * @param metrics        the metrics in Prometheus's text format, read on each scrape; null for none
     * @param trustedProxies reverse proxies (addresses or CIDR ranges) whose X-Forwarded-For names the
     *                       visitor that rate limits count against
     */
    public static WebServer start(String host, int port, Tokens tokens, Directory directory, PageRenderer pages,
            Archive archive, SignUps signUps, Health health, String adminPassword, Supplier<String> adminPage,
            Supplier<String> metrics, List<String> trustedProxies) {
        ClientAddress clients = new ClientAddress(trustedProxies);
        Clock clock = Clock.systemUTC();
        AdminRoutes adminRoutes = new AdminRoutes(adminPassword, adminPage, metrics, clients, clock);
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
