package org.paperboy.web;

/** Renders whole HTML pages; the values given are raw text, escaping is the renderer's job. */
public interface PageRenderer {

    /** Asks the reader to confirm; the button posts (an empty form) to {@code postUrl}. */
    String unsubscribeForm(String email, String postUrl);

    String unsubscribed(String email);

    String message(String title, String text);

    /** A question with one button that posts (an empty form) to {@code postUrl}. */
    String confirm(String title, String text, String button, String postUrl);
}
