package org.paperboy.app;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.paperboy.subscriber.MailCommands;
import org.paperboy.subscriber.SubscriberStore;
import org.paperboy.subscriber.Subscriptions;
import org.paperboy.subscriber.Tokens;
import org.paperboy.web.SignUps;

/** The web sign-up, over the subscriptions logic; its mails go through the outbox. */
public final class WebSignUps implements SignUps {

    private static final String TOPIC = "topic.";
    /** Beyond the most topics a form may hold, so that a form with too many is refused rather than cut. */
    private static final int MOST_TOPIC_FIELDS = 100;

    private final Subscriptions subscriptions;
    private final MailCommands commands;

    /**
     * @param mail    queues and sends the confirmation mails and replies
     * @param baseUrl the public base URL, asked when a mail is made (the demo learns its port late)
     * @param starter the interests of someone who subscribes by mail, until they edit their preferences
     */
    WebSignUps(SubscriberStore subscribers, Tokens tokens, Subscriptions.Mail mail, Supplier<String> baseUrl, Duration confirmFor,
            Subscriptions.Form starter) {
        this.subscriptions = new Subscriptions(subscribers, tokens, mail, baseUrl, confirmFor, Clock.systemUTC());
        this.commands = new MailCommands(subscribers, subscriptions, mail, starter);
    }

    /** The list address's mail commands (subscribe, unsubscribe, help), for the inbound mailbox. */
    public MailCommands mailCommands() {
        return commands;
    }

    Subscriptions subscriptions() {
        return subscriptions;
    }

    @Override
    public Answer subscribe(Map<String, String> form) {
        Subscriptions.Form f = form(form);
        List<String> problems = Subscriptions.problems(f);
        if (!problems.isEmpty()) {
            return new Answer(problems, false);
        }
        return new Answer(List.of(), !subscriptions.subscribe(f));
    }

    @Override
    public Optional<String> confirm(long attemptId) {
        return subscriptions.confirm(attemptId);
    }

    @Override
    public Optional<Map<String, String>> preferences(long subscriberId) {
        return subscriptions.form(subscriberId).map(f -> {
            Map<String, String> values = new HashMap<>(Map.ofEntries(Map.entry("email", f.email()), Map.entry("name", f.name()),
                    Map.entry("topics", f.topics()), Map.entry("authors", f.authors()), Map.entry("keywords", f.keywords()),
                    Map.entry("categories", f.categories()), Map.entry("frequency", f.frequency()), Map.entry("hour", f.hour()),
                    Map.entry("zone", f.zone()), Map.entry("pause", f.pauseUntil()), Map.entry("weekly", f.weekly()),
                    Map.entry("abstracts", f.abstracts()), Map.entry("avoid", f.avoid()), Map.entry("max_papers", f.maxPapers()),
                    Map.entry("about", f.about())));
            for (int i = 0; i < f.topicFields().size(); i++) {
                Subscriptions.TopicFields t = f.topicFields().get(i);
                values.put(TOPIC + i + ".name", t.name());
                values.put(TOPIC + i + ".keep", t.keep());
                values.put(TOPIC + i + ".filter", t.filter());
            }
            return values;
        });
    }

    @Override
    public List<String> update(long subscriberId, Map<String, String> form) {
        return subscriptions.update(subscriberId, form(form));
    }

    private static Subscriptions.Form form(Map<String, String> form) {
        return new Subscriptions.Form(form.get("email"), form.get("name"), form.get("topics"), form.get("authors"),
                form.get("keywords"), form.get("categories"), form.get("frequency"), form.get("hour"), form.get("zone"),
                form.get("pause"), form.getOrDefault("weekly", ""), form.get("abstracts"), form.get("avoid"), topics(form),
                form.get("max_papers"), form.get("about"));
    }

    /** The topics in their own fields ("topic.0.name", ".keep", ".filter"; ".remove" when ticked), null when the form had none. */
    private static List<Subscriptions.TopicFields> topics(Map<String, String> form) {
        List<Subscriptions.TopicFields> topics = new ArrayList<>();
        boolean any = false;
        for (int i = 0; i < MOST_TOPIC_FIELDS; i++) {
            String p = TOPIC + i + ".";
            if (!form.containsKey(p + "name") && !form.containsKey(p + "keep") && !form.containsKey(p + "filter")) {
                continue;
            }
            any = true;
            if (form.getOrDefault(p + "remove", "").isEmpty()) {
                topics.add(new Subscriptions.TopicFields(form.get(p + "name"), form.get(p + "keep"), form.get(p + "filter")));
            }
        }
        return any ? topics : null;
    }
}
