package org.paperboy.subscriber;

import java.util.Map;

/**
 * A mail about someone's subscription (the confirmation link, "you are already subscribed", a reply to
 * a mail command): which template says it, to whom, and the values it prints. It goes out through the
 * outbox like every issue.
 *
 * @param template the mail's template under templates/email/, without its ending: confirm or reply
 * @param values   what the template prints, all strings
 */
public record Notice(String template, long subscriberId, String to, String subject, Map<String, String> values) {
    public Notice {
        values = Map.copyOf(values);
    }
}
