package org.paperboy;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.paperboy.deliver.Mailer;
import org.paperboy.deliver.OutgoingMail;
import org.paperboy.deliver.SendResult;
import org.paperboy.subscriber.MailCommands;
import org.paperboy.subscriber.Subscriber;
import org.paperboy.subscriber.Subscriptions;
import org.paperboy.subscriber.Tokens;
import org.paperboy.web.SignUps;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The web sign-up, over the subscriptions logic and a mailer for the confirmation mails. */
final class WebSignUps implements SignUps {

    private static final Logger LOG = LoggerFactory.getLogger(WebSignUps.class);

    private final Subscriptions subscriptions;
    private final MailCommands commands;

    /** @param baseUrl the public base URL, asked when a mail is made (the demo learns its port late) */
    WebSignUps(App app, Tokens tokens, java.util.function.Supplier<String> baseUrl) {
        Subscriptions.Mail mail = (id, to, subject, text) -> {
            try (Mailer mailer = app.smtpMailer()) {
                String unsubscribe = baseUrl.get() + "/unsubscribe/" + tokens.issue(Tokens.Purpose.UNSUBSCRIBE, id);
                OutgoingMail m = new OutgoingMail(app.mailingList(), to, subject, "<p>" + escape(text).replace("\n", "<br>") + "</p>",
                        text, "confirm." + id + "." + java.util.UUID.randomUUID() + "@" + domain(app), unsubscribe);
                SendResult result = mailer.send(m);
                if (!(result instanceof SendResult.Sent)) {
                    LOG.warn("could not send '{}' to {}: {}", subject, to, result);
                }
            }
        };
        this.subscriptions = new Subscriptions(app.db.subscribers(), tokens, mail, baseUrl,
                Duration.ofDays(app.config.web().confirmDays()), Clock.systemUTC());
        // Subscribers by mail start with the operator's first weekly topic, until they edit their preferences.
        var topic = app.config.weekly().topics().isEmpty() ? null : app.config.weekly().topics().get(0);
        Subscriptions.Form starter = topic == null
                ? new Subscriptions.Form("", "", "", "", "machine learning", "", "daily", "", "", "")
                : new Subscriptions.Form("", "", topic.name() + ": " + topic.keep(), "", "", String.join(", ", topic.categories()),
                        "daily", "", "", "");
        this.commands = new MailCommands(app.db.subscribers(), subscriptions, mail, starter);
    }

    /** The list address's mail commands (subscribe, unsubscribe, help), for the inbound mailbox. */
    MailCommands mailCommands() {
        return commands;
    }

    @Override
    public List<String> subscribe(Map<String, String> form) {
        Subscriptions.Form f = form(form);
        List<String> problems = Subscriptions.problems(f);
        if (problems.isEmpty()) {
            subscriptions.subscribe(f);
        }
        return problems;
    }

    @Override
    public Optional<String> confirm(long subscriberId) {
        return subscriptions.confirm(subscriberId).map(Subscriber::email);
    }

    @Override
    public Optional<Map<String, String>> preferences(long subscriberId) {
        return subscriptions.form(subscriberId).map(f -> Map.of("email", f.email(), "name", f.name(), "topics", f.topics(),
                "authors", f.authors(), "keywords", f.keywords(), "categories", f.categories(), "frequency", f.frequency(),
                "hour", f.hour(), "zone", f.zone(), "pause", f.pauseUntil()));
    }

    @Override
    public List<String> update(long subscriberId, Map<String, String> form) {
        return subscriptions.update(subscriberId, form(form));
    }

    private static Subscriptions.Form form(Map<String, String> form) {
        return new Subscriptions.Form(form.get("email"), form.get("name"), form.get("topics"), form.get("authors"),
                form.get("keywords"), form.get("categories"), form.get("frequency"), form.get("hour"), form.get("zone"),
                form.get("pause"));
    }

    private static String domain(App app) {
        String from = app.config.mail().fromAddress();
        return from.substring(from.indexOf('@') + 1);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
