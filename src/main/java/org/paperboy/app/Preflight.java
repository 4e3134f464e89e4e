package org.paperboy.app;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.paperboy.config.Config;

/**
 * Settings that let the service start but would fail its readers: links nobody else can open, mail that
 * receivers reject, an arXiv client without a contact. {@code paperboy check} prints them all; {@code serve}
 * refuses to start on an error and prints the warnings.
 */
public final class Preflight {

    private static final Pattern ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");

    /** One thing found: an error stops serve, a warning is printed; each says what to do. */
    public record Finding(boolean error, String message) {
        @Override
        public String toString() {
            return (error ? "error: " : "warning: ") + message;
        }
    }

    private Preflight() {
    }

    /** Every finding, errors first; an empty list when everything checked is in order. */
    public static List<Finding> check(Config config, Map<String, String> env) {
        List<Finding> found = new ArrayList<>();
        try {
            App.tokensFromEnvironment(env);
        } catch (IllegalStateException e) {
            found.add(new Finding(true, e.getMessage()));
        }
        String operator = config.ingest().operatorEmail().strip();
        if (!ADDRESS.matcher(operator).matches()) {
            found.add(new Finding(true, "ingest.operator_email is " + (operator.isEmpty() ? "empty" : "'" + operator + "'")
                    + ": arXiv asks automated clients for a contact address, and refuses or throttles those without one;"
                    + " set PAPERBOY_INGEST_OPERATOR_EMAIL to your address"));
        }
        found.addAll(baseUrl(config.web().baseUrl()));
        String from = config.mail().fromAddress().strip();
        if (!ADDRESS.matcher(from).matches() || local(from.substring(from.indexOf('@') + 1))) {
            found.add(new Finding(false, "mail.from_address is '" + from + "': receivers reject or bin mail from a domain"
                    + " that is not yours on the internet; set PAPERBOY_MAIL_FROM_ADDRESS to an address of your domain"
                    + " (docs/operating.md says which DNS records it needs)"));
        }
        found.addAll(smtp(config.mail().smtp()));
        found.sort((a, b) -> Boolean.compare(b.error(), a.error()));
        return found;
    }

    private static List<Finding> baseUrl(String base) {
        URI uri;
        try {
            uri = URI.create(base.strip());
        } catch (IllegalArgumentException e) {
            uri = null;
        }
        if (uri == null || uri.getHost() == null || !List.of("http", "https").contains(String.valueOf(uri.getScheme()))) {
            return List.of(new Finding(true, "web.base_url is '" + base + "', not a web address: every link in a mail"
                    + " starts with it; set PAPERBOY_WEB_BASE_URL to the address readers reach this server at,"
                    + " e.g. https://paperboy.example.org"));
        }
        if (local(uri.getHost())) {
            return List.of(new Finding(false, "web.base_url is " + base + ": the links in mails (unsubscribe, confirm,"
                    + " preferences) open only on this machine; set PAPERBOY_WEB_BASE_URL to the public address readers"
                    + " reach this server at, e.g. https://paperboy.example.org"));
        }
        return List.of();
    }

    private static List<Finding> smtp(Config.Smtp smtp) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(smtp.host(), smtp.port()), Math.max(1, smtp.connectTimeoutSeconds()) * 1000);
            return List.of();
        } catch (IOException | IllegalArgumentException e) {
            return List.of(new Finding(false, "the SMTP server " + smtp.host() + ":" + smtp.port() + " does not answer ("
                    + e.getMessage() + "): no mail goes out until it does; check mail.smtp.host and mail.smtp.port"
                    + " (PAPERBOY_MAIL_SMTP_HOST, PAPERBOY_MAIL_SMTP_PORT)"));
        }
    }

    private static boolean local(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.endsWith(".localhost") || h.startsWith("127.") || h.equals("[::1]")
                || h.equals("::1") || h.equals("0.0.0.0") || h.endsWith(".local") || !h.contains(".") && !h.contains(":");
    }
}
