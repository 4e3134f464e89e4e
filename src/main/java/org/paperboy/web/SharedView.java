package org.paperboy.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reader's issue as a page for whoever has its "view in browser" link, which gets shared and
 * forwarded: the links that act for the reader (unsubscribe, preferences, feedback) become plain text,
 * and their address is not shown.
 */
final class SharedView {

    private static final Pattern PERSONAL = Pattern.compile(
            "<a\\b[^>]*\\bhref=\"[^\"]*/(?:unsubscribe|preferences|resubscribe|feedback|view)/[^\"]*\"[^>]*>(.*?)</a>",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

    private SharedView() {
    }

    static String of(String html, String address) {
        Matcher m = PERSONAL.matcher(html);
        String page = m.replaceAll(r -> Matcher.quoteReplacement(r.group(1)));
        if (address.isEmpty()) {
            return page;
        }
        String escaped = address.replace("&", "&amp;").replace("'", "&#39;");
        return page.replace(escaped, "this reader's address").replace(address, "this reader's address");
    }
}
