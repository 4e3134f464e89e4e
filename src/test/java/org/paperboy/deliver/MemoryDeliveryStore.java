package org.paperboy.deliver;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Delivery rows in a map, following the same state rules as the real store. */
final class MemoryDeliveryStore implements DeliveryStore {

    record Row(QueuedMail mail, String state, int attempts, String error, Instant sentAt, Instant next, Instant claimedAt) {
    }

    private final Map<Long, Row> rows = new LinkedHashMap<>();
    final List<Long> sentCalls = new ArrayList<>();
    final List<Long> suppressed = new ArrayList<>();

    MemoryDeliveryStore add(QueuedMail mail) {
        rows.put(mail.deliveryId(), new Row(mail, "queued", 0, null, null, null, null));
        return this;
    }

    /** As if a run had claimed the row and then crashed. */
    MemoryDeliveryStore addSending(QueuedMail mail, Instant claimedAt) {
        rows.put(mail.deliveryId(), new Row(mail, "sending", 0, null, null, null, claimedAt));
        return this;
    }

    Row row(long id) {
        return rows.get(id);
    }

    /** Ids of rows still waiting to go (queued or retry), whenever they are due. */
    synchronized List<Long> waiting() {
        return rows.values().stream().filter(r -> r.state().equals("queued") || r.state().equals("retry"))
                .map(r -> r.mail().deliveryId()).toList();
    }

    @Override
    public synchronized List<QueuedMail> claim(int maxAttempts, int limit, Instant now) {
        List<QueuedMail> claimed = rows.values().stream()
                .filter(r -> r.state().equals("queued")
                        || r.state().equals("retry") && r.attempts() < maxAttempts && !r.next().isAfter(now))
                .limit(limit)
                .map(r -> withAttempts(r.mail(), r.attempts()))
                .toList();
        claimed.forEach(m -> put(m.deliveryId(), "sending", null, null, null, now, 0));
        return claimed;
    }

    @Override
    public synchronized List<QueuedMail> uncertain(Instant claimedBefore) {
        return rows.values().stream().filter(r -> r.state().equals("sending") && !r.claimedAt().isAfter(claimedBefore))
                .map(r -> withAttempts(r.mail(), r.attempts())).toList();
    }

    @Override
    public synchronized int sentSince(Instant since) {
        return (int) rows.values().stream()
                .filter(r -> r.state().equals("sent") && !r.sentAt().isBefore(since)
                        || r.state().equals("sending") && !r.claimedAt().isBefore(since))
                .count();
    }

    /** As if a run had sent the row at {@code at}. */
    MemoryDeliveryStore addSent(QueuedMail mail, Instant at) {
        rows.put(mail.deliveryId(), new Row(mail, "sent", 1, null, at, null, null));
        return this;
    }

    @Override
    public synchronized void markSent(long deliveryId, Instant at) {
        sentCalls.add(deliveryId);
        put(deliveryId, "sent", null, at, null, null, 1);
    }

    @Override
    public synchronized void markRetry(long deliveryId, String error, Instant nextAttempt) {
        put(deliveryId, "retry", error, null, nextAttempt, null, 1);
    }

    @Override
    public synchronized int markFailed(long deliveryId, String error) {
        put(deliveryId, "failed", error, null, null, null, 1);
        long subscriber = rows.get(deliveryId).mail().subscriberId();
        return (int) rows.values().stream().filter(r -> r.state().equals("failed") && r.mail().subscriberId() == subscriber).count();
    }

    @Override
    public synchronized void markRefused(long deliveryId, String error) {
        put(deliveryId, "refused", error, null, null, null, 1);
    }

    @Override
    public synchronized void release(long deliveryId) {
        Row r = rows.get(deliveryId);
        if (r.state().equals("sending")) {
            put(deliveryId, r.attempts() > 0 ? "retry" : "queued", r.error(), null, r.next() == null ? Instant.EPOCH : r.next(), null, 0);
        }
    }

    @Override
    public synchronized void suppress(long subscriberId) {
        suppressed.add(subscriberId);
        rows.values().stream().filter(r -> r.mail().subscriberId() == subscriberId
                        && (r.state().equals("queued") || r.state().equals("retry")))
                .map(r -> r.mail().deliveryId()).toList()
                .forEach(id -> put(id, "suppressed", null, null, null, null, 0));
    }

    @Override
    public synchronized long queueNotice(NoticeMail mail) {
        long id = rows.keySet().stream().mapToLong(Long::longValue).max().orElse(0) + 1;
        add(new QueuedMail(id, id, mail.subscriberId(), mail.to(), mail.subject(), mail.html(), mail.text(), mail.messageId(),
                mail.unsubscribeUrl(), 0));
        return id;
    }

    @Override
    public synchronized List<QueuedMail> claimOne(long deliveryId, Instant now) {
        Row r = rows.get(deliveryId);
        if (r == null || !(r.state().equals("queued") || r.state().equals("retry"))) {
            return List.of();
        }
        put(deliveryId, "sending", null, null, null, now, 0);
        return List.of(withAttempts(r.mail(), r.attempts()));
    }

    /** Subscribers who left: their rows are no longer wanted. */
    final java.util.Set<Long> left = new java.util.HashSet<>();

    @Override
    public synchronized boolean wanted(long deliveryId) {
        return !left.contains(rows.get(deliveryId).mail().subscriberId()) && !suppressed.contains(rows.get(deliveryId).mail().subscriberId());
    }

    @Override
    public synchronized void unwanted(long deliveryId) {
        put(deliveryId, "suppressed", null, null, null, null, 0);
    }

    private void put(long id, String state, String error, Instant sentAt, Instant next, Instant claimedAt, int addAttempts) {
        Row r = rows.get(id);
        rows.put(id, new Row(r.mail(), state, r.attempts() + addAttempts, error, sentAt, next, claimedAt));
    }

    private static QueuedMail withAttempts(QueuedMail m, int attempts) {
        return new QueuedMail(m.deliveryId(), m.issueId(), m.subscriberId(), m.to(), m.subject(), m.html(), m.text(),
                m.messageId(), m.unsubscribeUrl(), attempts, m.kind());
    }
}
