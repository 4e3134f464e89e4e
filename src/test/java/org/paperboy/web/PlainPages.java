package org.paperboy.web;

/** Minimal pages that show what they were given, escaped. */
final class PlainPages implements PageRenderer {

    @Override
    public String unsubscribeForm(String email, String postUrl) {
        return "<!doctype html><title>Unsubscribe</title><p>Unsubscribe " + escape(email) + "?</p>"
                + "<form method=post action=\"" + escape(postUrl) + "\"><button>Unsubscribe</button></form>";
    }

    @Override
    public String unsubscribed(String email, String resubscribeUrl) {
        return "<!doctype html><title>Unsubscribed</title><p>" + escape(email) + " will get no more mail.</p>";
    }

    @Override
    public String message(String title, String text) {
        return "<!doctype html><title>" + escape(title) + "</title><p>" + escape(text) + "</p>";
    }

    @Override
    public String subscribeForm(String csrf, java.util.List<String> problems, java.util.Map<String, String> values) {
        return "<!doctype html><title>Subscribe</title><p>" + escape(String.join(" ", problems)) + "</p>"
                + "<form method=post action=/subscribe><input name=csrf value=\"" + escape(csrf) + "\"></form>";
    }

    @Override
    public String preferencesForm(String postUrl, String csrf, java.util.List<String> problems, java.util.Map<String, String> values) {
        return "<!doctype html><title>Preferences</title><p>" + escape(String.join(" ", problems)) + "</p>"
                + "<form method=post action=\"" + escape(postUrl) + "\"><input name=csrf value=\"" + escape(csrf) + "\"></form>";
    }

    @Override
    public String confirm(String title, String text, String button, String postUrl) {
        return "<!doctype html><title>" + escape(title) + "</title><p>" + escape(text) + "</p>"
                + "<form method=post action=\"" + escape(postUrl) + "\"><button>" + escape(button) + "</button></form>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
