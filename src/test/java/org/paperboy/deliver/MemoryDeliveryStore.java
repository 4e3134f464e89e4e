package org.paperboy.deliver;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Delivery rows in a map, with the same due rules as the real store. */
final class MemoryDeliveryStore implements DeliveryStore {

    record Row(QueuedMail mail, String state, int attempts, String error, Instant sentAt) {
    }

    private final Map<Long, Row> rows = new LinkedHashMap<>();
    final List<Long> sentCalls = new ArrayList<>();

    MemoryDeliveryStore add(QueuedMail mail) {
        rows.put(mail.deliveryId(), new Row(mail, "queued", 0, null, null));
        return this;
    }

    Row row(long id) {
        return rows.get(id);
    }

    @Override
    public synchronized List<QueuedMail> due(int maxAttempts, int limit) {
        return rows.values().stream()
                .filter(r -> r.state().equals("queued") || r.state().equals("retry") && r.attempts() < maxAttempts)
                .limit(limit)
                .map(r -> withAttempts(r.mail(), r.attempts()))
                .toList();
    }

    @Override
    public synchronized void markSent(long deliveryId, Instant at) {
        Row r = rows.get(deliveryId);
        sentCalls.add(deliveryId);
        rows.put(deliveryId, new Row(r.mail(), "sent", r.attempts() + 1, null, at));
    }

    @Override
    public synchronized void markFailed(long deliveryId, String error, boolean permanent) {
        Row r = rows.get(deliveryId);
        rows.put(deliveryId, new Row(r.mail(), permanent ? "failed" : "retry", r.attempts() + 1, error, null));
    }

    private static QueuedMail withAttempts(QueuedMail m, int attempts) {
        return new QueuedMail(m.deliveryId(), m.issueId(), m.subscriberId(), m.to(), m.subject(), m.html(), m.text(),
                m.messageId(), m.unsubscribeUrl(), attempts);
    }
}
