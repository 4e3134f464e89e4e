package org.paperboy.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jdbi.v3.core.Jdbi;
import org.paperboy.deliver.DeliveryStore;
import org.paperboy.deliver.QueuedMail;

final class SqlDeliveryStore implements DeliveryStore {

    private final Jdbi jdbi;

    SqlDeliveryStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public List<QueuedMail> due(int maxAttempts, int limit) {
        return jdbi.withHandle(h -> h.createQuery(Queries.get("deliveries-due"))
                .bind("maxAttempts", maxAttempts)
                .bind("limit", limit)
                .map((rs, ctx) -> new QueuedMail(
                        rs.getLong("id"),
                        rs.getLong("issue_id"),
                        rs.getLong("subscriber_id"),
                        rs.getString("address"),
                        rs.getString("subject"),
                        rs.getString("html"),
                        rs.getString("body_text"),
                        rs.getString("message_id"),
                        rs.getString("unsubscribe_url"),
                        rs.getInt("attempts")))
                .list());
    }

    @Override
    public void markSent(long deliveryId, Instant at) {
        jdbi.useHandle(h -> h.createUpdate(Queries.get("delivery-sent"))
                .bind("id", deliveryId).bind("at", at.toString()).execute());
    }

    @Override
    public void markFailed(long deliveryId, String error, boolean permanent) {
        jdbi.useHandle(h -> h.createUpdate(Queries.get("delivery-failed"))
                .bind("id", deliveryId)
                .bind("status", permanent ? "rejected" : "failed")
                .bind("error", error)
                .execute());
    }

    /** Delivery rows by status (queued, sent, failed, rejected), for summaries. */
    Map<String, Integer> counts() {
        return jdbi.withHandle(h -> {
            Map<String, Integer> counts = new TreeMap<>();
            h.createQuery(Queries.get("delivery-counts"))
                    .map((rs, ctx) -> Map.entry(rs.getString("status"), rs.getInt("n")))
                    .forEach(e -> counts.put(e.getKey(), e.getValue()));
            return counts;
        });
    }
}
