package org.paperboy.render;

/** Where a reader goes to leave or to change what they get; every issue must carry both. */
public record Links(String unsubscribeUrl, String preferencesUrl) {
    public Links {
        if (unsubscribeUrl == null || unsubscribeUrl.isBlank()) {
            throw new IllegalArgumentException("an issue needs an unsubscribe URL: mail without one must not be sent");
        }
        if (preferencesUrl == null || preferencesUrl.isBlank()) {
            throw new IllegalArgumentException("an issue needs a preferences URL (set base_url in config/paperboy.yaml)");
        }
        unsubscribeUrl = unsubscribeUrl.strip();
        preferencesUrl = preferencesUrl.strip();
    }
}
