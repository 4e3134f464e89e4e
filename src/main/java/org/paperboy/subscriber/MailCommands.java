package org.paperboy.subscriber;

import java.util.Locale;
import java.util.Optional;

/**
 * Commands mailed to the list address: "subscribe", "unsubscribe" (or "stop") and "help", in the
 * subject or the first line. Subscribing by mail still needs the confirmation link; machine-sent mail
 * is never a command.
 */
public final class MailCommands {

    private final SubscriberStore store;
    private final Subscriptions subscriptions;
    private final Subscriptions.Mail mail;
    private final Subscriptions.Form starter;
    /** Address → when it last had a command answered: one answer per address per ten minutes, so a forged
     * From cannot make the list flood someone's inbox. */
    private final java.util.Map<String, java.time.Instant> answered = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.time.Clock clock = java.time.Clock.systemUTC();

    /** @param starter the interests a subscriber by mail starts with, until they edit their preferences */
    public MailCommands(SubscriberStore store, Subscriptions subscriptions, Subscriptions.Mail mail, Subscriptions.Form starter) {
        this.store = store;
        this.subscriptions = subscriptions;
        this.mail = mail;
        this.starter = starter;
    }

    /** Acts on one message; returns the command carried out, or empty when it was none. */
    public Optional<String> handle(String from, String subject, String firstLine, boolean automatic) {
        if (automatic || !EmailSyntax.isValid(from)) {
            return Optional.empty();
        }
        String command = word(subject);
        if (command.isEmpty() || !isCommand(command)) {
            command = word(firstLine);
        }
        String address = from.toLowerCase(Locale.ROOT);
        if (!isCommand(command)) {
            return Optional.empty();
        }
        java.time.Instant now = clock.instant();
        java.time.Instant last = answered.get(address);
        if (last != null && last.isAfter(now.minus(java.time.Duration.ofMinutes(10)))) {
            return Optional.empty();
        }
        answered.put(address, now);
        switch (command) {
            case "subscribe" -> subscriptions.subscribe(new Subscriptions.Form(address, "", starter.topics(), "", starter.keywords(),
                    starter.categories(), "daily", "", "", ""));
            case "unsubscribe", "stop" -> store.byEmail(address).ifPresent(s -> {
                store.setStatus(s.id(), Status.UNSUBSCRIBED);
                mail.send(s.id(), s.email(), "You are unsubscribed", "Paperboy will send nothing more to " + s.email()
                        + ".\nTo come back, mail \"subscribe\" to this address.\n");
            });
            case "help" -> mail.send(store.byEmail(address).map(Subscriber::id).orElse(0L), address, "Paperboy help",
                    "Mail one word to this address, in the subject or the first line:\n  subscribe    start (you confirm"
                            + " with a link)\n  unsubscribe  stop all mail at once\n  help         this message\n");
            default -> {
                return Optional.empty();
            }
        }
        return Optional.of(command);
    }

    private static boolean isCommand(String word) {
        return word.equals("subscribe") || word.equals("unsubscribe") || word.equals("stop") || word.equals("help");
    }

    private static String word(String text) {
        if (text == null) {
            return "";
        }
        String t = text.strip().toLowerCase(Locale.ROOT).replaceFirst("^(re|fwd?):\\s*", "");
        int space = t.indexOf(' ');
        return (space < 0 ? t : t.substring(0, space)).replaceAll("[^a-z]", "");
    }
}
