package org.paperboy.app;

import java.util.Optional;
import org.paperboy.paper.ArxivId;
import org.paperboy.paper.PaperStore;
import org.paperboy.publish.FeedbackStore;
import org.paperboy.store.Database;
import org.paperboy.subscriber.Profile;
import org.paperboy.subscriber.Status;
import org.paperboy.subscriber.Subscriber;
import org.paperboy.subscriber.SubscriberStore;
import org.paperboy.subscriber.Subscriptions;
import org.paperboy.web.Directory;

/** The web server's view of the subscribers. */
final class StoreDirectory implements Directory {

    private final SubscriberStore subscribers;
    private final PaperStore papers;
    private final FeedbackStore feedback;
    private final String contact;
    private final Subscriptions subscriptions;

    /**
     * @param contact       where readers write to change their profile
     * @param subscriptions the consent rules: unsubscribing, and coming back through a confirmation
     */
    StoreDirectory(Database db, String contact, Subscriptions subscriptions) {
        this.subscribers = db.subscribers();
        this.papers = db.papers();
        this.feedback = db.feedback();
        this.contact = contact;
        this.subscriptions = subscriptions;
    }

    @Override
    public Optional<String> feedback(long subscriberId, String arxivId, boolean more) {
        Optional<String> title = paperTitle(arxivId);
        if (title.isPresent() && subscribers.byId(subscriberId).isPresent()) {
            feedback.record(subscriberId, arxivId, more);
            return title;
        }
        return Optional.empty();
    }

    @Override
    public boolean resubscribe(long subscriberId) {
        return subscriptions.resubscribe(subscriberId);
    }

    @Override
    public Optional<String> paperTitle(String arxivId) {
        return ArxivId.tryParse(arxivId).flatMap(id -> papers.byId(id.base())).map(p -> p.title());
    }

    @Override
    public Optional<String> address(long subscriberId) {
        return subscribers.byId(subscriberId).map(Subscriber::email);
    }

    @Override
    public boolean unsubscribe(long subscriberId) {
        return subscriptions.consent().unsubscribe(subscriberId);
    }

    @Override
    public Optional<String> preferencesSummary(long subscriberId) {
        return subscribers.byId(subscriberId).map(this::summary);
    }

    private String summary(Subscriber s) {
        Profile p = s.profile();
        StringBuilder text = new StringBuilder();
        text.append(s.email()).append(" is ").append(s.status() == Status.ACTIVE ? "subscribed" : s.status().name().toLowerCase())
                .append(" to the ").append(p.frequency().name().toLowerCase()).append(" digest: up to ")
                .append(p.maxPapers()).append(" papers at ").append(String.format("%02d:00", p.deliveryHour()))
                .append(" ").append(p.zone()).append(".\n");
        if (!p.topics().isEmpty()) {
            text.append("Topics: ").append(String.join("; ", p.topics().stream().map(t -> t.label()).toList())).append(".\n");
        }
        if (!p.authors().isEmpty()) {
            text.append("Followed authors: ").append(String.join(", ", p.authors())).append(".\n");
        }
        if (!p.keywords().isEmpty()) {
            text.append("Keywords: ").append(String.join(", ", p.keywords())).append(".\n");
        }
        if (!p.categories().isEmpty()) {
            text.append("Categories: ").append(String.join(", ", p.categories())).append(".\n");
        }
        text.append("To change these, write to ").append(contact).append(".");
        return text.toString();
    }
}
