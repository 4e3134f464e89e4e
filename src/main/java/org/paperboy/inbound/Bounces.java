package org.paperboy.inbound;

import java.util.List;
import java.util.function.Consumer;
import org.paperboy.deliver.Bounce;
import org.paperboy.inbound.BounceStore;
import org.paperboy.deliver.DeliveryStore;
import org.paperboy.deliver.InboundMailbox;
import org.paperboy.subscriber.MailCommands;
import org.paperboy.subscriber.Status;
import org.paperboy.subscriber.Subscriber;
import org.paperboy.subscriber.SubscriberStore;

/**
 * What a bounce or complaint does: a hard bounce suppresses the address, a complaint unsubscribes it
 * (the reader said they do not want the mail), and soft bounces suppress it once they reach the limit.
 */
public final class Bounces implements InboundMailbox.Handler {

    private final BounceStore bounces;
    private final SubscriberStore subscribers;
    private final DeliveryStore deliveries;
    private final int softLimit;
    private final Consumer<String> log;
    private final MailCommands commands;

    /** @param commands the list's mail commands, or null to leave other mail alone */
    public Bounces(BounceStore bounces, SubscriberStore subscribers, DeliveryStore deliveries, int softLimit, MailCommands commands,
            Consumer<String> log) {
        this.commands = commands;
        this.bounces = bounces;
        this.subscribers = subscribers;
        this.deliveries = deliveries;
        this.softLimit = softLimit;
        this.log = log;
    }

    @Override
    public void message(String from, String subject, String firstLine, boolean automatic) {
        if (commands != null) {
            commands.handle(from, subject, firstLine, automatic).ifPresent(c -> log.accept("mail command " + c + " from " + from));
        }
    }

    @Override
    public boolean handle(String messageId, List<Bounce> found) {
        if (!bounces.firstTime(messageId)) {
            return false;
        }
        for (Bounce b : found) {
            int count = bounces.record(messageId, b);
            Subscriber s = subscribers.byEmail(b.recipient()).orElse(null);
            if (s == null) {
                log.accept(b.kind() + " for " + b.recipient() + ", who is not a subscriber");
                continue;
            }
            switch (b.kind()) {
                case COMPLAINT -> {
                    deliveries.suppress(s.id());
                    subscribers.setStatus(s.id(), Status.UNSUBSCRIBED);
                    log.accept(b.recipient() + " complained: unsubscribed");
                }
                case HARD -> {
                    deliveries.suppress(s.id());
                    log.accept(b.recipient() + " bounced (" + b.status() + "): suppressed");
                }
                case SOFT -> {
                    if (count >= softLimit) {
                        deliveries.suppress(s.id());
                        log.accept(b.recipient() + " bounced softly " + count + " times: suppressed");
                    }
                }
            }
        }
        return true;
    }
}
