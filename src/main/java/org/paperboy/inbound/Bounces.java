package org.paperboy.inbound;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.paperboy.deliver.Bounce;
import org.paperboy.deliver.InboundMailbox;
import org.paperboy.subscriber.Consent;
import org.paperboy.subscriber.MailCommands;
import org.paperboy.subscriber.Subscriber;
import org.paperboy.subscriber.SubscriberStore;

/**
 * What a bounce or complaint does, once it is known to be about a mail Paperboy sent (the report quotes
 * that mail's Message-ID, and a bounce names the address it went to): a hard bounce suppresses the
 * address, a complaint unsubscribes it (the reader said they do not want the mail), and soft bounces
 * suppress it once they reach the limit. A report about any other mail, which anyone can write, changes
 * nothing; nor does a refusal that is not about the mailbox (too large, a policy block).
 */
public final class Bounces implements InboundMailbox.Handler {

    /** The inbound_messages column's width; longer Message-IDs are remembered by their hash. */
    private static final int MAX_ID = 400;

    private final BounceStore bounces;
    private final SubscriberStore subscribers;
    private final Consent consent;
    private final int softLimit;
    private final Consumer<String> log;
    private final MailCommands commands;

    /** @param commands the list's mail commands, or null to leave other mail alone */
    public Bounces(BounceStore bounces, SubscriberStore subscribers, int softLimit, MailCommands commands, Consumer<String> log) {
        this.commands = commands;
        this.bounces = bounces;
        this.subscribers = subscribers;
        this.consent = new Consent(subscribers);
        this.softLimit = softLimit;
        this.log = log;
    }

    @Override
    public void message(String from, String subject, String firstLine, boolean automatic, boolean verified) {
        if (commands != null) {
            commands.handle(from, subject, firstLine, automatic, verified).ifPresent(c -> log.accept("mail command from " + from + ": " + c));
        }
    }

    @Override
    public boolean handle(String messageId, List<Bounce> found) {
        if (!bounces.firstTime(messageId.length() > MAX_ID ? "sha256:" + sha256(messageId) : messageId)) {
            return false;
        }
        for (Bounce b : found) {
            Optional<Subscriber> s = (b.originalMessageId().isEmpty() ? Optional.<Long>empty() : bounces.recipientOf(b.originalMessageId()))
                    .flatMap(subscribers::byId)
                    // a bounce names the address the mail went to; a complaint may hide it
                    .filter(x -> b.kind() == Bounce.Kind.COMPLAINT || x.email().equalsIgnoreCase(b.recipient().strip()));
            if (s.isEmpty()) {
                log.accept(b.kind() + " for " + b.recipient() + " about no mail Paperboy sent to that address: ignored");
                continue;
            }
            Subscriber reader = s.get();
            int count = bounces.record(messageId, new Bounce(b.kind(), reader.email(), b.status(), b.originalMessageId()));
            switch (b.kind()) {
                case COMPLAINT -> {
                    consent.unsubscribe(reader.id());
                    log.accept(reader.email() + " complained: unsubscribed");
                }
                case HARD -> {
                    consent.suppress(reader.id());
                    log.accept(reader.email() + " bounced (" + b.status() + "): suppressed");
                }
                case SOFT -> {
                    if (count >= softLimit && consent.suppress(reader.id())) {
                        log.accept(reader.email() + " bounced softly " + count + " times: suppressed");
                    }
                }
                case REFUSED -> log.accept(reader.email() + " refused a mail (" + b.status() + "), not for the address: kept");
            }
        }
        return true;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java runtime lacks SHA-256, which every Java 17 has", e);
        }
    }
}
