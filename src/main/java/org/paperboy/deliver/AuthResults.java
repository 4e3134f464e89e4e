package org.paperboy.deliver;

import java.util.Locale;

/**
 * Whether the operator's own mail server vouches for an inbound message's sender (RFC 8601
 * Authentication-Results). Only the topmost header naming that server (its authserv-id) is read: the
 * server adds its header on top, so any below it, whatever id they claim, were written by the sender.
 * The sender counts as verified when that header says dmarc=pass for the From domain, or dkim=pass with a
 * signing domain, or spf=pass with an envelope domain, aligned with it.
 */
final class AuthResults {

    private AuthResults() {
    }

    /**
     * @param headers  the message's Authentication-Results headers, topmost first (null for none)
     * @param trusted  the authserv-id of the operator's server; blank trusts nobody
     * @param from     the From address
     */
    static boolean verified(String[] headers, String trusted, String from) {
        if (headers == null || trusted == null || trusted.isBlank() || from.indexOf('@') < 0) {
            return false;
        }
        String domain = from.substring(from.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
        for (String header : headers) {
            String[] parts = withoutComments(header).split(";");
            String id = parts[0].strip().split("\\s+")[0];
            if (id.equalsIgnoreCase(trusted.strip())) {
                return passes(parts, domain);
            }
        }
        return false;
    }

    private static boolean passes(String[] parts, String domain) {
        boolean pass = false;
        for (int i = 1; i < parts.length; i++) {
            String[] tokens = parts[i].strip().toLowerCase(Locale.ROOT).split("\\s+");
            String method = tokens[0];
            String where = "";
            for (int t = 1; t < tokens.length; t++) {
                String p = tokens[t];
                if (p.startsWith("header.from=") || p.startsWith("header.d=") || p.startsWith("header.i=")
                        || p.startsWith("smtp.mailfrom=")) {
                    where = p.substring(p.indexOf('=') + 1);
                    where = where.substring(where.lastIndexOf('@') + 1);
                }
            }
            if (method.startsWith("dmarc=") && !method.equals("dmarc=pass")) {
                return false;
            }
            boolean aligned = where.contains(".") && (where.equals(domain) || domain.endsWith("." + where));
            if (method.equals("dmarc=pass") && (where.isEmpty() || where.equals(domain))
                    || (method.equals("dkim=pass") || method.equals("spf=pass")) && !where.isEmpty() && aligned) {
                pass = true;
            }
        }
        return pass;
    }

    /** Drops RFC 5322 comments (parenthesised, possibly nested); they carry nothing to rely on. */
    private static String withoutComments(String header) {
        StringBuilder out = new StringBuilder(header.length());
        int depth = 0;
        for (char c : header.toCharArray()) {
            if (c == '(') {
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
            } else if (depth == 0) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
