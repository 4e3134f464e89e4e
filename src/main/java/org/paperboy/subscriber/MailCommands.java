package org.paperboy.subscriber;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Commands mailed to the list address: "subscribe", "unsubscribe" (or "stop") and "help", in the
 * subject or the first line. A From line proves nothing, so a command takes effect only with a round
 * trip through the address it names: "subscribe" mails the confirmation link, and "unsubscribe" mails
 * the reader's one-click unsubscribe link, unless the operator's own mail server vouches for the sender
 * (a verified sender), when it unsubscribes at once. Machine-sent mail is never a command, and replies
 * share the per-inbox allowance of the sign-up form.
 */
public final class MailCommands {

    private final SubscriberStore store;
    private final Subscriptions subscriptions;
    private final Subscriptions.Mail mail;
    private final Subscriptions.Form starter;

    /** @param starter the interests a subscriber by mail starts with, until they edit their preferences */
    public MailCommands(SubscriberStore store, Subscriptions subscriptions, Subscriptions.Mail mail, Subscriptions.Form starter) {
        this.store = store;
        this.subscriptions = subscriptions;
        this.mail = mail;
        this.starter = starter;
    }

    /**
     * Acts on one message; says what was done, or empty when it was no command or nothing was done.
     *
     * @param verified the operator's mail server authenticated the sender's domain (Authentication-Results)
     */
    public Optional<String> handle(String from, String subject, String firstLine, boolean automatic, boolean verified) {
        if (automatic || !EmailSyntax.isValid(from)) {
            return Optional.empty();
        }
        String command = word(subject);
        if (!isCommand(command)) {
            command = word(firstLine);
        }
        if (!isCommand(command)) {
            return Optional.empty();
        }
        String address = from.toLowerCase(Locale.ROOT);
        if (command.equals("subscribe")) {
            return subscriptions.subscribe(new Subscriptions.Form(address, "", starter.topics(), "", starter.keywords(),
                    starter.categories(), "daily", "", "", "")) ? Optional.of("subscribe: confirmation mailed") : Optional.empty();
        }
        Optional<Subscriber> known = store.byEmail(address);
        if (known.isEmpty()) {
            return Optional.empty();
        }
        Subscriber s = known.get();
        if (command.equals("help")) {
            return reply(s, "help", "Paperboy help") ? Optional.of("help: answered") : Optional.empty();
        }
        if (verified) {
            subscriptions.consent().unsubscribe(s.id());
            reply(s, "unsubscribed", "You are unsubscribed");
            return Optional.of(command + ": unsubscribed (verified sender)");
        }
        return reply(s, "confirm-unsubscribe", "Do you want to leave Paperboy?")
                ? Optional.of(command + ": unsubscribe link mailed (sender not verified)") : Optional.empty();
    }

    private boolean reply(Subscriber s, String what, String subject) {
        if (!subscriptions.mayMail(s.email())) {
            return false;
        }
        mail.send(new Notice("reply", s.id(), s.email(), subject, Map.of("email", s.email(), "command", what)));
        return true;
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
