package org.paperboy.deliver;

import java.time.Duration;
import java.util.Objects;

/**
 * How to reach the SMTP server.
 *
 * @param username blank for a server that needs no login
 */
public record SmtpSettings(
        String host, int port, Security security, String username, String password,
        Duration connectTimeout, Duration readTimeout) {

    public enum Security { NONE, STARTTLS, SMTPS }

    public SmtpSettings {
        Objects.requireNonNull(host, "host");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("SMTP port " + port + " is out of range; set a port between 1 and 65535");
        }
        security = security == null ? Security.NONE : security;
        username = username == null ? "" : username;
        password = password == null ? "" : password;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(10) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(30) : readTimeout;
    }

    /** An unencrypted server without login, such as a local relay or the demo's embedded one. */
    public static SmtpSettings plain(String host, int port) {
        return new SmtpSettings(host, port, Security.NONE, "", "", null, null);
    }

    public boolean authenticates() {
        return !username.isBlank();
    }

    @Override
    public String toString() {
        return "SmtpSettings[host=" + host + ", port=" + port + ", security=" + security
                + ", username=" + username + ", password=" + (password.isEmpty() ? "" : "***")
                + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout + "]";
    }
}
