package org.paperboy.app;

import org.paperboy.render.Pages;
import org.paperboy.web.PageRenderer;

/** Lets the web server render pages with the operator's templates without knowing Pebble. */
final class PageAdapter implements PageRenderer {

    private final Pages pages;

    PageAdapter(Pages pages) {
        this.pages = pages;
    }

    @Override
    public String unsubscribeForm(String email, String postUrl) {
        return pages.unsubscribeForm(email, postUrl);
    }

    @Override
    public String unsubscribed(String email, String resubscribeUrl) {
        return pages.unsubscribed(email, resubscribeUrl);
    }

    @Override
    public String subscribeForm(String csrf, java.util.List<String> problems, java.util.Map<String, String> values) {
        return pages.subscribeForm(csrf, problems, values);
    }

    @Override
    public String preferencesForm(String postUrl, String csrf, java.util.List<String> problems, java.util.Map<String, String> values) {
        return pages.preferencesForm(postUrl, csrf, problems, values);
    }

    @Override
    public String confirm(String title, String text, String button, String postUrl) {
        return pages.confirm(title, text, button, postUrl);
    }

    @Override
    public String message(String title, String text) {
        return pages.message(title, text);
    }
}
