package org.paperboy.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;
import java.sql.Types;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.StatementContext;
import org.paperboy.deliver.DeliveryStore;
import org.paperboy.deliver.NoticeMail;
import org.paperboy.deliver.QueuedMail;

final class SqlDeliveryStore implements DeliveryStore {

    private final Jdbi jdbi;
    private final Dialect dialect;
    private final Supplier<String> node;
    private final MailPages pages;

    /** @param node the cluster's name for this process, or null outside a cluster */
    SqlDeliveryStore(Jdbi jdbi, Dialect dialect, Supplier<String> node, MailPages pages) {
        this.jdbi = jdbi;
        this.dialect = dialect;
        this.node = node;
        this.pages = pages;
    }

    @Override
    public List<QueuedMail> claim(int maxAttempts, int limit, Instant now) {
        String claim = UUID.randomUUID().toString();
        return jdbi.inTransaction(h -> {
            h.createUpdate(dialect.query("deliveries-claim"))
                    .bind("claim", claim).bind("now", now.toString()).bind("node", node.get())
                    .bind("maxAttempts", maxAttempts).bind("limit", limit)
                    .execute();
            return mails(h, h.createQuery(Queries.get("deliveries-claimed")).bind("claim", claim));
        });
    }

    @Override
    public List<QueuedMail> uncertain(Instant claimedBefore) {
        return jdbi.withHandle(h -> mails(h, h.createQuery(dialect.query("deliveries-uncertain"))
                .bind("before", claimedBefore.toString())));
    }

    @Override
    public int sentSince(Instant since) {
        // Times are stored as Instant.toString(), whose fraction of a second varies in length; the bound
        // without its zone letter sorts before every time in its second, so none of them is missed.
        String bound = since.truncatedTo(ChronoUnit.SECONDS).toString().replace("Z", "");
        return jdbi.withHandle(h -> h.createQuery(Queries.get("deliveries-sent-since"))
                .bind("since", bound).mapTo(Integer.class).one());
    }

    @Override
    public void markSent(long deliveryId, Instant at) {
        jdbi.useHandle(h -> h.createUpdate(Queries.get("delivery-sent"))
                .bind("id", deliveryId).bind("at", at.toString()).execute());
    }

    @Override
    public void markRetry(long deliveryId, String error, Instant nextAttempt) {
        jdbi.useHandle(h -> h.createUpdate(Queries.get("delivery-retry"))
                .bind("id", deliveryId).bind("error", error).bind("next", nextAttempt.toString()).execute());
    }

    @Override
    public int markFailed(long deliveryId, String error) {
        return jdbi.inTransaction(h -> {
            h.createUpdate(Queries.get("delivery-failed")).bind("id", deliveryId).bind("error", error).execute();
            return h.createQuery(Queries.get("delivery-hard-failures")).bind("id", deliveryId).mapTo(Integer.class).one();
        });
    }

    @Override
    public void markRefused(long deliveryId, String error) {
        jdbi.useHandle(h -> h.createUpdate(Queries.get("delivery-refused")).bind("id", deliveryId).bind("error", error).execute());
    }

    @Override
    public void release(long deliveryId) {
        jdbi.useHandle(h -> h.createUpdate(Queries.get("delivery-release")).bind("id", deliveryId).execute());
    }

    @Override
    public void suppress(long subscriberId) {
        jdbi.useTransaction(h -> {
            h.createUpdate(Queries.get("subscriber-suppress")).bind("id", subscriberId).bind("now", Instant.now().toString()).execute();
            h.createUpdate(Queries.get("deliveries-suppress")).bind("id", subscriberId).execute();
        });
    }

    @Override
    public long queueNotice(NoticeMail mail) {
        String now = Instant.now().toString();
        return jdbi.inTransaction(h -> {
            // the day's first of its kind is "confirm", the next "confirm.2", and so on up to the cap
            for (int n = 1; n <= NoticeMail.PER_DAY; n++) {
                Optional<Long> issueId = h.createQuery(Queries.get("issue-insert"))
                        .bind("kind", n == 1 ? mail.kind() : mail.kind() + "." + n).bind("subscriberId", mail.subscriberId())
                        .bind("date", mail.day().toString()).bind("coveredFrom", mail.day().toString()).bind("subject", mail.subject())
                        .bind("html", mail.html()).bind("text", mail.text()).bindNull("body", Types.VARBINARY).bind("now", now)
                        .mapTo(Long.class).findOne();
                if (issueId.isPresent()) {
                    return h.createQuery(Queries.get("notice-delivery-insert")).bind("issueId", issueId.get())
                            .bind("subscriberId", mail.subscriberId()).bind("address", mail.to()).bind("messageId", mail.messageId())
                            .bind("unsubscribeUrl", mail.unsubscribeUrl()).bind("now", now).mapTo(Long.class).one();
                }
            }
            return -1L;
        });
    }

    @Override
    public List<QueuedMail> claimOne(long deliveryId, Instant now) {
        String claim = UUID.randomUUID().toString();
        return jdbi.inTransaction(h -> {
            h.createUpdate(Queries.get("delivery-claim-one")).bind("id", deliveryId).bind("claim", claim)
                    .bind("now", now.toString()).bind("node", node.get()).execute();
            return mails(h, h.createQuery(Queries.get("deliveries-claimed")).bind("claim", claim));
        });
    }

    @Override
    public boolean wanted(long deliveryId) {
        return jdbi.withHandle(h -> h.createQuery(Queries.get("delivery-wanted")).bind("id", deliveryId)
                .mapTo(Integer.class).one()) > 0;
    }

    @Override
    public void unwanted(long deliveryId) {
        jdbi.useHandle(h -> h.createUpdate(Queries.get("delivery-unwanted")).bind("id", deliveryId).execute());
    }

    /** Delivery rows by status (queued, sending, sent, retry, failed, refused, suppressed), for summaries. */
    Map<String, Integer> counts() {
        return jdbi.withHandle(h -> {
            Map<String, Integer> counts = new TreeMap<>();
            h.createQuery(Queries.get("delivery-counts"))
                    .map((rs, ctx) -> Map.entry(rs.getString("status"), rs.getInt("n")))
                    .forEach(e -> counts.put(e.getKey(), e.getValue()));
            return counts;
        });
    }

    /** The mails the query selects, each unpacked once the rows are read (a page may need reading then). */
    private List<QueuedMail> mails(Handle h, Query query) {
        List<Object[]> rows = query.map((rs, ctx) -> new Object[] {mail(rs, ctx), rs.getBytes("body")}).list();
        return rows.stream().map(row -> {
            QueuedMail mail = (QueuedMail) row[0];
            if (row[1] == null) {
                return mail;
            }
            String[] parts = pages.unpack(h, (byte[]) row[1]);
            return new QueuedMail(mail.deliveryId(), mail.issueId(), mail.subscriberId(), mail.to(), mail.subject(),
                    parts[0], parts[1], mail.messageId(), mail.unsubscribeUrl(), mail.attempts(), mail.kind());
        }).toList();
    }

    private static QueuedMail mail(ResultSet rs, StatementContext ctx) throws SQLException {
        return new QueuedMail(
                rs.getLong("id"),
                rs.getLong("issue_id"),
                rs.getLong("subscriber_id"),
                rs.getString("address"),
                rs.getString("subject"),
                rs.getString("html"),
                rs.getString("body_text"),
                rs.getString("message_id"),
                rs.getString("unsubscribe_url"),
                rs.getInt("attempts"),
                rs.getString("kind"));
    }
}
