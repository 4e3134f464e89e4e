package org.paperboy.app;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.paperboy.deliver.Mailer;
import org.paperboy.deliver.MailingList;
import org.paperboy.deliver.OutgoingMail;
import org.paperboy.deliver.SendResult;
import org.paperboy.subscriber.MailCommands;
import org.paperboy.subscriber.Subscriber;
import org.paperboy.subscriber.SubscriberStore;
import org.paperboy.subscriber.Subscriptions;
import org.paperboy.subscriber.Tokens;
import org.paperboy.web.SignUps;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The web sign-up, over the subscriptions logic and a mailer for the confirmation mails. */
public final class WebSignUps implements SignUps {

    private static final Logger LOG = LoggerFactory.getLogger(WebSignUps.class);

    private final Subscriptions subscriptions;
    private final MailCommands commands;

    /**
     * @param mailers opens an SMTP connection for one confirmation or reply
     * @param baseUrl the public base URL, asked when a mail is made (the demo learns its port late)
     * @param starter the interests of someone who subscribes by mail, until they edit their preferences
     */
    WebSignUps(SubscriberStore subscribers, Tokens tokens, Supplier<Mailer> mailers, MailingList list, Supplier<String> baseUrl,
            Duration confirmFor, Subscriptions.Form starter) {
        String domain = list.fromAddress().substring(list.fromAddress().indexOf('@') + 1);
        Subscriptions.Mail mail = (id, to, subject, text) -> {
            try (Mailer mailer = mailers.get()) {
                String unsubscribe = baseUrl.get() + "/unsubscribe/" + tokens.issue(Tokens.Purpose.UNSUBSCRIBE, id);
                OutgoingMail m = new OutgoingMail(list, to, subject, "<p>" + escape(text).replace("\n", "<br>") + "</p>",
                        text, "confirm." + id + "." + java.util.UUID.randomUUID() + "@" + domain, unsubscribe);
                SendResult result = mailer.send(m);
                if (!(result instanceof SendResult.Sent)) {
                    LOG.warn("could not send '{}' to {}: {}", subject, to, result);
                }
            }
        };
        this.subscriptions = new Subscriptions(subscribers, tokens, mail, baseUrl, confirmFor, Clock.systemUTC());
        this.commands = new MailCommands(subscribers, subscriptions, mail, starter);
    }

    /** The list address's mail commands (subscribe, unsubscribe, help), for the inbound mailbox. */
    public MailCommands mailCommands() {
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
        return subscriptions.form(subscriberId).map(f -> Map.ofEntries(Map.entry("email", f.email()), Map.entry("name", f.name()),
                Map.entry("topics", f.topics()), Map.entry("authors", f.authors()), Map.entry("keywords", f.keywords()),
                Map.entry("categories", f.categories()), Map.entry("frequency", f.frequency()), Map.entry("hour", f.hour()),
                Map.entry("zone", f.zone()), Map.entry("pause", f.pauseUntil()), Map.entry("abstracts", f.abstracts()),
                Map.entry("avoid", f.avoid())));
    }

    @Override
    public List<String> update(long subscriberId, Map<String, String> form) {
        return subscriptions.update(subscriberId, form(form));
    }

    private static Subscriptions.Form form(Map<String, String> form) {
        return new Subscriptions.Form(form.get("email"), form.get("name"), form.get("topics"), form.get("authors"),
                form.get("keywords"), form.get("categories"), form.get("frequency"), form.get("hour"), form.get("zone"),
                form.get("pause"), form.get("abstracts"), form.get("avoid"));
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
