package org.paperboy.render;

/**
 * Where a reader goes to leave or to change what they get; every issue must carry both.
 *
 * @param feedbackBase start of the reader's "more / less like this" links, to which
 *                     {@code <arXiv id>/more} or {@code /less} is appended; "" for none
 * @param viewUrl      where the issue can be read in a browser; "" for none
 */
public record Links(String unsubscribeUrl, String preferencesUrl, String feedbackBase, String viewUrl) {
    public Links {
        if (unsubscribeUrl == null || unsubscribeUrl.isBlank()) {
            throw new IllegalArgumentException("an issue needs an unsubscribe URL: mail without one must not be sent");
        }
        if (preferencesUrl == null || preferencesUrl.isBlank()) {
            throw new IllegalArgumentException("an issue needs a preferences URL (set base_url in config/paperboy.yaml)");
        }
        unsubscribeUrl = unsubscribeUrl.strip();
        preferencesUrl = preferencesUrl.strip();
        feedbackBase = feedbackBase == null ? "" : feedbackBase.strip();
        viewUrl = viewUrl == null ? "" : viewUrl.strip();
    }

    public Links(String unsubscribeUrl, String preferencesUrl) {
        this(unsubscribeUrl, preferencesUrl, "", "");
    }

    /** The same links with the browser view of one issue. */
    public Links viewing(String url) {
        return new Links(unsubscribeUrl, preferencesUrl, feedbackBase, url);
    }

    /** The link that tells Paperboy the reader wants more (or fewer) papers like this one; "" when none. */
    public String feedback(String arxivId, boolean more) {
        return feedbackBase.isEmpty() ? "" : feedbackBase + (feedbackBase.endsWith("/") ? "" : "/") + arxivId + (more ? "/more" : "/less");
    }
}
