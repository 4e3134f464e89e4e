package org.paperboy.web;

/** Renders whole HTML pages; the values given are raw text, escaping is the renderer's job. */
public interface PageRenderer {

    /** Asks the reader to confirm; the button posts (an empty form) to {@code postUrl}. */
    String unsubscribeForm(String email, String postUrl);

    /** @param resubscribeUrl where a button posts to undo it; "" for none */
    String unsubscribed(String email, String resubscribeUrl);

    String message(String title, String text);

    /**
     * The sign-up form.
     *
     * @param csrf     the form token to post back in the {@code csrf} field
     * @param problems what was wrong with the last attempt, if anything
     * @param values   the fields as typed before, to fill the form again
     */
    String subscribeForm(String csrf, java.util.List<String> problems, java.util.Map<String, String> values);

    /** The preference centre: the reader's profile in the sign-up fields, posting to {@code postUrl}. */
    String preferencesForm(String postUrl, String csrf, java.util.List<String> problems, java.util.Map<String, String> values);

    /** A question with one button that posts (an empty form) to {@code postUrl}. */
    String confirm(String title, String text, String button, String postUrl);
}
