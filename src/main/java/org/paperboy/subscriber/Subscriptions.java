package org.paperboy.subscriber;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Joining and confirming (double opt-in). Nothing but the confirmation mail goes to an address until
 * its owner confirms; what the sign-up page shows never depends on whether the address was known. A
 * sign-up is an attempt kept apart from what is stored: only the link mailed for the newest attempt
 * makes the address active, with the interests asked for then (see {@link Consent}).
 */
public final class Subscriptions {

    /** Queues a mail about a subscription (confirmation, "already subscribed", command replies). */
    public interface Mail {
        void send(Notice notice);
    }

    /**
     * The sign-up and preference form's fields, as typed. A null field was not on the form: the value
     * stored before stands for it ({@code avoid}, {@code abstracts}, {@code maxPapers}, {@code about}).
     *
     * @param topics      topics one a line ("name: what to look for")
     * @param weekly      the weekly topics ticked, one per line (see {@link Profile#weeklyTopics})
     * @param topicFields topics each in their own fields (null: the form had none)
     */
    public record Form(String email, String name, String topics, String authors, String keywords, String categories,
            String frequency, String hour, String zone, String pauseUntil, String weekly, String abstracts, String avoid,
            List<TopicFields> topicFields, String maxPapers, String about) {

        public Form(String email, String name, String topics, String authors, String keywords, String categories,
                String frequency, String hour, String zone, String pauseUntil) {
            this(email, name, topics, authors, keywords, categories, frequency, hour, zone, pauseUntil, "", null, null);
        }

        public Form(String email, String name, String topics, String authors, String keywords, String categories,
                String frequency, String hour, String zone, String pauseUntil, String weekly, String abstracts, String avoid) {
            this(email, name, topics, authors, keywords, categories, frequency, hour, zone, pauseUntil, weekly, abstracts, avoid,
                    null, null, null);
        }
    }

    /** One topic's fields: its name, what to look for and what to leave out. */
    public record TopicFields(String name, String keep, String filter) {
    }

    /** The most topics one profile has from the form, and the most authors, keywords or categories. */
    static final int MAX_TOPICS = 20;
    static final int MAX_ITEMS = 50;

    private final SubscriberStore store;
    private final Consent consent;
    private final Tokens tokens;
    private final Mail mail;
    private final java.util.function.Supplier<String> baseUrl;
    private final Duration confirmValidity;
    private final Clock clock;
    /** Mails about subscriptions per inbox (ada+1@ and ada+2@ are one), whoever asks: the web form, a mail command. */
    private final RateLimit perMailbox;

    public Subscriptions(SubscriberStore store, Tokens tokens, Mail mail, java.util.function.Supplier<String> baseUrl,
            Duration confirmValidity, Clock clock) {
        this.store = store;
        this.consent = new Consent(store);
        this.tokens = tokens;
        this.mail = mail;
        this.baseUrl = baseUrl;
        this.confirmValidity = confirmValidity;
        this.clock = clock;
        this.perMailbox = new RateLimit(2, Duration.ofMinutes(10), 10_000, clock);
    }

    /**
     * Problems with the sign-up form, one sentence each and all at once; empty when it can be accepted.
     * Sizes are checked before anything else.
     */
    public static List<String> problems(Form f) {
        List<String> problems = new ArrayList<>(FormLimits.problems(f));
        if (!problems.isEmpty()) {
            return problems;
        }
        String email = f.email() == null ? "" : f.email().strip();
        if (!EmailSyntax.isValid(email)) {
            problems.add("Please give an email address like ada@example.org.");
        }
        problems.addAll(ProfileForm.read(f, null).problems());
        return problems;
    }

    /** The consent transitions, for the web pages and the inbound mailbox. */
    public Consent consent() {
        return consent;
    }

    /**
     * Takes one mail for {@code address}'s inbox from its allowance (two per ten minutes); false when it
     * is used up, and then nothing must be sent.
     */
    public boolean mayMail(String address) {
        return perMailbox.allow(EmailSyntax.mailbox(address));
    }

    /**
     * Starts an attempt (a confirmation mail), or mails an active subscriber their preferences link. A
     * known address keeps its stored name, interests and status until the attempt is confirmed. Call only
     * after {@link #problems} is empty; false when the inbox has had its allowance of mails (nothing sent).
     */
    public boolean subscribe(Form f) {
        String email = f.email().strip().toLowerCase(Locale.ROOT);
        if (!mayMail(email)) {
            return false;
        }
        Optional<Subscriber> known = store.byEmail(email);
        if (known.isPresent() && known.get().status() == Status.ACTIVE) {
            Subscriber s = known.get();
            mail.send(new Notice("confirm", s.id(), s.email(), "Your Paperboy subscription", Map.of("email", s.email(),
                    "confirmUrl", "", "days", "", "preferencesUrl",
                    baseUrl.get() + "/preferences/" + tokens.issue(Tokens.Purpose.PREFERENCES, s.id()))));
            return true;
        }
        Profile profile = profile(f);
        Subscriber s = known.orElseGet(() -> store.upsert(new Subscriber(0, email, f.name(), Status.PENDING, profile)));
        confirmation(s, f.name(), profile);
        return true;
    }

    /**
     * Someone who left asks to come back (the button after unsubscribing): a new attempt with what was
     * stored, confirmed like any sign-up. False when they are not unsubscribed or suppressed, or the inbox
     * has had its allowance of mails.
     */
    public boolean resubscribe(long subscriberId) {
        Optional<Subscriber> s = store.byId(subscriberId)
                .filter(x -> x.status() == Status.UNSUBSCRIBED || x.status() == Status.SUPPRESSED);
        if (s.isEmpty() || !mayMail(s.get().email())) {
            return false;
        }
        confirmation(s.get(), s.get().name(), s.get().profile());
        return true;
    }

    private void confirmation(Subscriber s, String name, Profile profile) {
        java.time.Instant expires = clock.instant().plus(confirmValidity);
        long attempt = store.newAttempt(s.id(), name, profile, expires);
        String link = baseUrl.get() + "/confirm/" + tokens.issue(Tokens.Purpose.ATTEMPT, attempt, expires);
        mail.send(new Notice("confirm", s.id(), s.email(), "Confirm your Paperboy subscription", Map.of("email", s.email(),
                "confirmUrl", link, "days", String.valueOf(confirmValidity.toDays()), "preferencesUrl", "")));
    }

    /**
     * Confirms an attempt; the address when the subscriber is active afterwards (just confirmed, or a
     * second click on the same link), empty for an old, used or unknown link while they are not.
     */
    public Optional<String> confirm(long attemptId) {
        Optional<Subscriber> confirmed = consent.confirm(attemptId, clock.instant());
        if (confirmed.isPresent()) {
            return confirmed.map(Subscriber::email);
        }
        return store.attemptSubscriber(attemptId).filter(s -> s.status() == Status.ACTIVE).map(Subscriber::email);
    }

    /** The subscriber's profile as the form's fields, to fill the preference centre. */
    public Optional<Form> form(long subscriberId) {
        return store.byId(subscriberId).map(s -> {
            Profile p = s.profile();
            List<TopicFields> topics = p.topics().stream().map(t -> new TopicFields(t.name(), t.keep(), t.filter())).toList();
            return new Form(s.email(), s.name(), "", ProfileForm.show(p.authors()), ProfileForm.show(p.keywords()),
                    String.join(", ", p.categories()), p.frequency().name().toLowerCase(Locale.ROOT),
                    String.valueOf(p.deliveryHour()), p.zone().getId(),
                    store.pausedUntil(subscriberId).map(Object::toString).orElse(""), String.join("\n", p.weeklyTopics()),
                    p.abstracts().key(), ProfileForm.show(p.avoid()), topics, String.valueOf(p.maxPapers()),
                    ProfileForm.showParagraphs(p.about()));
        });
    }

    /** Saves an edited profile (the address stays); every problem with it, empty when saved. */
    public List<String> update(long subscriberId, Form f) {
        Optional<Subscriber> s = store.byId(subscriberId);
        if (s.isEmpty()) {
            return List.of("There is no such subscriber any more.");
        }
        List<String> tooLong = FormLimits.problems(f);
        if (!tooLong.isEmpty()) {
            return tooLong;
        }
        ProfileForm.Read read = ProfileForm.read(f, s.get().profile());
        if (!read.problems().isEmpty()) {
            return read.problems();
        }
        store.pauseUntil(subscriberId, read.pause());
        store.saveWebEdit(subscriberId, f.name() == null ? s.get().name() : f.name(), read.profile());
        return List.of();
    }

    static Profile profile(Form f) {
        ProfileForm.Read read = ProfileForm.read(f, null);
        if (!read.problems().isEmpty()) {
            throw new IllegalArgumentException(String.join(" ", read.problems()));
        }
        return read.profile();
    }

    static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
