package org.paperboy.subscriber;

import java.util.regex.Pattern;

/** A deliberately strict address check: one @, a dotted domain, no spaces, quotes or line breaks. */
public final class EmailSyntax {

    private static final Pattern ADDRESS = Pattern.compile(
            "^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$");

    private EmailSyntax() {
    }

    public static boolean isValid(String address) {
        return address != null && address.length() <= 254 && ADDRESS.matcher(address).matches();
    }

    /**
     * The mailbox an address reaches, as a key for limits: case folded and "+tag" dropped, and for Gmail
     * the dots it ignores, so ada+1@ and ada+2@ count as one inbox.
     */
    public static String mailbox(String address) {
        String a = address.strip().toLowerCase(java.util.Locale.ROOT);
        int at = a.lastIndexOf('@');
        if (at < 0) {
            return a;
        }
        String local = a.substring(0, at);
        String domain = a.substring(at + 1);
        int plus = local.indexOf('+');
        local = plus > 0 ? local.substring(0, plus) : local;
        if (domain.equals("gmail.com") || domain.equals("googlemail.com")) {
            local = local.replace(".", "");
            domain = "gmail.com";
        }
        return local + "@" + domain;
    }
}
