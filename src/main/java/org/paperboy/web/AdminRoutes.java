package org.paperboy.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;
import org.paperboy.config.SecretStrength;
import org.paperboy.subscriber.RateLimit;

/**
 * The operator's overview at /admin, behind HTTP Basic authentication with a password from the
 * environment. Without a password configured the page does not exist. A weak password is refused at
 * start, and each visitor gets ten wrong tries per quarter of an hour: after that even the right one
 * waits, so guessing at the speed of the network gets nowhere.
 */
final class AdminRoutes {

    static final int MIN_LENGTH = 12;
    static final int MIN_BITS = 30;
    static final Duration LOCKOUT = Duration.ofMinutes(15);

    private final String password;
    private final Supplier<String> page;
    private final ClientAddress clients;
    private final RateLimit failures;

    AdminRoutes(String password, Supplier<String> page, ClientAddress clients, Clock clock) {
        if (password != null && !password.isBlank()
                && (password.length() < MIN_LENGTH || SecretStrength.bits(password) < MIN_BITS)) {
            throw new IllegalArgumentException("PAPERBOY_WEB_ADMIN_PASSWORD is too weak to guard the subscriber list: use "
                    + MIN_LENGTH + " or more varied characters, e.g. export PAPERBOY_WEB_ADMIN_PASSWORD=$(openssl rand -base64 18)");
        }
        this.password = password;
        this.page = page;
        this.clients = clients;
        this.failures = new RateLimit(10, LOCKOUT, 10_000, clock);
    }

    void register(RoutesConfig routes) {
        if (password == null || password.isBlank()) {
            return;
        }
        routes.get("/admin", this::admin);
    }

    private void admin(Context ctx) {
        String client = clients.of(ctx);
        if (failures.exhausted(client)) {
            ctx.header("Retry-After", String.valueOf(LOCKOUT.toSeconds()));
            ctx.status(429).contentType("text/plain; charset=utf-8").result("Too many wrong passwords from here; try again in "
                    + LOCKOUT.toMinutes() + " minutes.");
            return;
        }
        if (!authorized(ctx.header("Authorization"))) {
            failures.allow(client);
            ctx.header("WWW-Authenticate", "Basic realm=\"Paperboy admin\", charset=\"UTF-8\"");
            ctx.status(401).contentType("text/plain; charset=utf-8").result("The admin page needs the admin password.");
            return;
        }
        ctx.status(200).contentType("text/html; charset=utf-8").result(page.get());
    }

    private boolean authorized(String header) {
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
