package org.paperboy.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.function.Supplier;
import org.paperboy.config.SecretStrength;
import org.paperboy.subscriber.RateLimit;

/**
 * The operator's overview at /admin and the metrics at /metrics, behind HTTP Basic authentication with
 * a password from the environment. Without a password configured neither exists. A weak password is
 * refused at start, and each visitor gets ten wrong tries per quarter of an hour: after that even the
 * right one waits, so guessing at the speed of the network gets nowhere.
 */
final class AdminRoutes {

    static final int MIN_LENGTH = 12;
    static final int MIN_BITS = 30;
    static final Duration LOCKOUT = Duration.ofMinutes(15);

    private final String password;
    private final Supplier<String> page;
    private final Supplier<String> metrics;
    private final ClientAddress clients;
    private final RateLimit failures;

    /** @param metrics the metrics in Prometheus's text format, or null for no /metrics */
    AdminRoutes(String password, Supplier<String> page, Supplier<String> metrics, ClientAddress clients, Clock clock) {
        if (password != null && !password.isBlank()
                && (password.length() < MIN_LENGTH || SecretStrength.bits(password) < MIN_BITS)) {
            throw new IllegalArgumentException("PAPERBOY_WEB_ADMIN_PASSWORD is too weak to guard the subscriber list: use "
                    + MIN_LENGTH + " or more varied characters, e.g. export PAPERBOY_WEB_ADMIN_PASSWORD=$(openssl rand -base64 18)");
        }
        this.password = password;
        this.page = page;
        this.metrics = metrics;
        this.clients = clients;
        this.failures = new RateLimit(10, LOCKOUT, 10_000, clock);
    }

    void register(RoutesConfig routes) {
        if (password == null || password.isBlank()) {
            return;
        }
        routes.get("/admin", ctx -> {
            if (authorized(ctx)) {
                ctx.status(200).contentType("text/html; charset=utf-8").result(page.get());
            }
        });
        if (metrics != null) {
            routes.get("/metrics", ctx -> {
                if (authorized(ctx)) {
                    ctx.status(200).contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.get());
                }
            });
        }
    }

    /** True with the password; otherwise answers 401 (or 429 after too many wrong ones) and asks for it. */
    private boolean authorized(Context ctx) {
        String client = clients.of(ctx);
        if (failures.exhausted(client)) {
            ctx.header("Retry-After", String.valueOf(LOCKOUT.toSeconds()));
            ctx.status(429).contentType("text/plain; charset=utf-8").result("Too many wrong passwords from here; try again in "
                    + LOCKOUT.toMinutes() + " minutes.");
            return false;
        }
        if (matches(ctx.header("Authorization"))) {
            return true;
        }
        failures.allow(client);
        ctx.header("WWW-Authenticate", "Basic realm=\"Paperboy admin\", charset=\"UTF-8\"");
        ctx.status(401).contentType("text/plain; charset=utf-8").result("This page needs the admin password.");
        return false;
    }

    private boolean matches(String header) {
        if (header == null || !header.startsWith("Basic ")) {
            return false;
        }
        String given;
        try {
            given = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return false;
        }
        String pass = given.substring(given.indexOf(':') + 1);
        return MessageDigest.isEqual(pass.getBytes(StandardCharsets.UTF_8), password.getBytes(StandardCharsets.UTF_8));
    }
}
