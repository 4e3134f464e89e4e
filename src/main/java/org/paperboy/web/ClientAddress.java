package org.paperboy.web;

import io.javalin.http.Context;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The visitor's address, for per-visitor limits. Behind a reverse proxy every request comes from the
 * proxy, so the address is read from X-Forwarded-For, but only when the request comes from a proxy the
 * operator named (web.trusted_proxies): anyone else could write that header. The header is read from
 * its right end, where the trusted proxies append what they saw, skipping the trusted ones; the first
 * other address is the visitor, whatever a visitor wrote further left.
 */
final class ClientAddress {

    private static final Pattern LITERAL = Pattern.compile("[0-9a-fA-F:.]{2,45}");
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(?:\\.\\d{1,3}){3}");
    /** Hops read at most: a proxy chain is short, a header of thousands of entries is an attack. */
    private static final int MAX_HOPS = 16;

    private final List<Network> trusted = new ArrayList<>();

    /** @param trustedProxies addresses or CIDR ranges (10.0.0.0/8, ::1) of the operator's proxies */
    ClientAddress(List<String> trustedProxies) {
        for (String p : trustedProxies) {
            trusted.add(Network.parse(p.strip()));
        }
    }

    String of(Context ctx) {
        String remote = ctx.req().getRemoteAddr();
        if (trusted.isEmpty() || !isTrusted(remote)) {
            return remote;
        }
        List<String> hops = new ArrayList<>();
        for (String header : ctx.req().getHeaders("X-Forwarded-For") == null ? List.<String>of()
                : java.util.Collections.list(ctx.req().getHeaders("X-Forwarded-For"))) {
            for (String hop : header.split(",")) {
                hops.add(hop.strip());
            }
        }
        for (int i = hops.size() - 1; i >= 0 && i >= hops.size() - MAX_HOPS; i--) {
            String hop = hops.get(i);
            if (!LITERAL.matcher(hop).matches()) {
                return remote;
            }
            if (!isTrusted(hop)) {
                return hop;
            }
        }
        return remote;
    }

    private boolean isTrusted(String address) {
        byte[] bytes = Network.bytes(address);
        return bytes != null && trusted.stream().anyMatch(n -> n.contains(bytes));
    }

    /** An address with a prefix length (a whole address when there is none). */
    private record Network(byte[] address, int prefix) {

        static Network parse(String text) {
            int slash = text.indexOf('/');
            byte[] address = bytes(slash < 0 ? text : text.substring(0, slash));
            if (address == null) {
                throw new IllegalArgumentException("web.trusted_proxies: '" + text + "' is not an IP address or range like"
                        + " 10.0.0.0/8 or ::1 (name the proxy by its address, not its host name)");
            }
            int prefix;
            try {
                prefix = slash < 0 ? address.length * 8 : Integer.parseInt(text.substring(slash + 1));
            } catch (NumberFormatException e) {
                prefix = -1;
            }
            if (prefix < 0 || prefix > address.length * 8) {
                throw new IllegalArgumentException("web.trusted_proxies: '" + text + "' has a prefix length outside 0-"
                        + address.length * 8);
            }
            return new Network(address, prefix);
        }

        boolean contains(byte[] other) {
            if (other.length != address.length) {
                return false;
            }
            for (int bit = 0; bit < prefix; bit++) {
                int mask = 0x80 >> (bit % 8);
                if ((other[bit / 8] & mask) != (address[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }

        /** The bytes of an IP literal; null for anything else (never a name lookup). */
        static byte[] bytes(String literal) {
            // a colon makes Java read an IPv6 literal; anything without one must be dotted digits, or it would be looked up
            if (literal == null || !LITERAL.matcher(literal).matches() || literal.indexOf(':') < 0 && !IPV4.matcher(literal).matches()) {
                return null;
            }
            try {
                return InetAddress.getByName(literal).getAddress();
            } catch (UnknownHostException e) {
                return null;
            }
        }
    }
}
