package org.paperboy.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.function.Supplier;

/**
 * The operator's overview at /admin, behind HTTP Basic authentication with a password from the
 * environment. Without a password configured the page does not exist.
 */
final class AdminRoutes {

    private final String password;
    private final Supplier<String> page;

    AdminRoutes(String password, Supplier<String> page) {
        this.password = password;
        this.page = page;
    }

    void register(RoutesConfig routes) {
        if (password == null || password.isBlank()) {
            return;
        }
        routes.get("/admin", this::admin);
    }

    private void admin(Context ctx) {
        if (!authorized(ctx.header("Authorization"))) {
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
