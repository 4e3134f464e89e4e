package org.paperboy.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.function.Supplier;

/**
 * The operator's overview at /admin and the metrics at /metrics, behind HTTP Basic authentication with
 * a password from the environment. Without a password configured neither exists.
 */
final class AdminRoutes {

    private final String password;
    private final Supplier<String> page;
    private final Supplier<String> metrics;

    /** @param metrics the metrics in Prometheus's text format, or null for no /metrics */
    AdminRoutes(String password, Supplier<String> page, Supplier<String> metrics) {
        this.password = password;
        this.page = page;
        this.metrics = metrics;
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

    /** True with the password; otherwise answers 401 and asks for it. */
    private boolean authorized(Context ctx) {
        if (matches(ctx.header("Authorization"))) {
            return true;
        }
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
