package org.paperboy.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.StatementContext;
import org.paperboy.subscriber.Profile;
import org.paperboy.subscriber.Status;
import org.paperboy.subscriber.Subscriber;
import org.paperboy.subscriber.SubscriberStore;

final class SqlSubscriberStore implements SubscriberStore {

    private final Jdbi jdbi;

    SqlSubscriberStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Subscriber upsert(Subscriber s) {
        String email = normal(s.email());
        String now = Instant.now().toString();
        return jdbi.inTransaction(h -> {
            Optional<Subscriber> existing = h.createQuery(Queries.get("subscriber-by-email"))
                    .bind("email", email).map(SqlSubscriberStore::subscriber).findOne();
            if (existing.isPresent()) {
                h.createUpdate(Queries.get("subscriber-update"))
                        .bind("id", existing.get().id())
                        .bind("name", s.name())
                        .bind("profile", Json.write(s.profile()))
                        .bind("now", now)
                        .execute();
                // The status is not the file's to change: someone who unsubscribed stays unsubscribed.
                return new Subscriber(existing.get().id(), email, s.name(), existing.get().status(), s.profile(),
                        existing.get().profile().equals(s.profile()) ? existing.get().profileChanged() : Instant.parse(now));
            }
            long id = h.createQuery(Queries.get("subscriber-insert"))
                    .bind("email", email)
                    .bind("name", s.name())
                    .bind("status", s.status().name())
                    .bind("profile", Json.write(s.profile()))
                    .bind("now", now)
                    .mapTo(Long.class).one();
            return new Subscriber(id, email, s.name(), s.status(), s.profile(), Instant.parse(now));
        });
    }

    @Override
    public void saveWebEdit(long id, String name, Profile profile) {
        jdbi.useHandle(h -> h.createUpdate(Queries.get("subscriber-web-edit")).bind("id", id).bind("name", name == null ? "" : name.strip())
                .bind("profile", Json.write(profile)).bind("now", Instant.now().toString()).execute());
    }

    @Override
    public Optional<Instant> webEdited(long id) {
        return jdbi.withHandle(h -> h.createQuery(Queries.get("subscriber-web-edited")).bind("id", id).mapTo(String.class).findOne())
                .map(Instant::parse);
    }

    @Override
    public void upsertAll(Collection<Subscriber> subscribers) {
        if (subscribers.isEmpty()) {
            return;
        }
        String now = Instant.now().toString();
        jdbi.useTransaction(h -> {
            PreparedBatch batch = h.prepareBatch(Queries.get("subscriber-upsert"));
            for (Subscriber s : subscribers) {
                batch.bind("email", normal(s.email())).bind("name", s.name()).bind("status", s.status().name())
                        .bind("profile", Json.write(s.profile())).bind("now", now).add();
                // a batch holds every row it was given until it runs: many thousand profiles are a lot of heap
                if (batch.size() == 1000) {
                    batch.execute();
                }
            }
            if (batch.size() > 0) {
                batch.execute();
            }
        });
    }

    @Override
    public Optional<Subscriber> byId(long id) {
        return jdbi.withHandle(h -> h.createQuery(Queries.get("subscriber-by-id"))
                .bind("id", id).map(SqlSubscriberStore::subscriber).findOne());
    }

    @Override
    public Optional<Subscriber> byEmail(String email) {
        return jdbi.withHandle(h -> h.createQuery(Queries.get("subscriber-by-email"))
                .bind("email", normal(email)).map(SqlSubscriberStore::subscriber).findOne());
    }

    @Override
    public List<Subscriber> all() {
        return jdbi.withHandle(h -> h.createQuery(Queries.get("subscribers-all"))
                .map(SqlSubscriberStore::subscriber).list());
    }

    @Override
    public List<Subscriber> withStatus(Status status) {
        return jdbi.withHandle(h -> h.createQuery(Queries.get("subscribers-with-status"))
                .bind("status", status.name()).map(SqlSubscriberStore::subscriber).list());
    }

    @Override
    public List<Subscriber> withStatus(Status status, long afterId, int limit) {
        return jdbi.withHandle(h -> h.createQuery(Queries.get("subscribers-with-status-after"))
                .bind("status", status.name()).bind("after", afterId).bind("limit", limit)
                .map(SqlSubscriberStore::subscriber).list());
    }

    @Override
    public List<Subscriber> byIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : jdbi.withHandle(h -> h.createQuery(Queries.get("subscribers-by-ids"))
                .bindList("ids", List.copyOf(ids)).map(SqlSubscriberStore::subscriber).list());
    }

    @Override
    public boolean setStatus(long id, Status status) {
        return jdbi.withHandle(h -> h.createUpdate(Queries.get("subscriber-set-status"))
                .bind("id", id).bind("status", status.name()).bind("now", Instant.now().toString())
                .execute()) > 0;
    }

    @Override
    public boolean changeStatus(long id, java.util.Set<Status> from, Status to) {
        return jdbi.inTransaction(h -> {
            boolean changed = h.createUpdate(Queries.get("subscriber-change-status")).bind("id", id).bind("to", to.name())
                    .bindList("from", from.stream().map(Status::name).toList()).bind("now", Instant.now().toString()).execute() > 0;
            if (changed && (to == Status.UNSUBSCRIBED || to == Status.SUPPRESSED)) {
                h.createUpdate(Queries.get("deliveries-suppress")).bind("id", id).execute();
            }
            return changed;
        });
    }

    @Override
    public long newAttempt(long subscriberId, String name, Profile profile, Instant expires) {
        return jdbi.withHandle(h -> h.createQuery(Queries.get("attempt-insert")).bind("subscriberId", subscriberId)
                .bind("name", name == null ? "" : name.strip()).bind("profile", Json.write(profile))
                .bind("now", Instant.now().toString()).bind("expires", expires.toString()).mapTo(Long.class).one());
    }

    @Override
    public Optional<Subscriber> confirmAttempt(long attemptId, Instant now) {
        return jdbi.inTransaction(h -> {
            if (h.createUpdate(Queries.get("attempt-use")).bind("id", attemptId).bind("now", now.toString()).execute() == 0) {
                return Optional.<Subscriber>empty();
            }
            var attempt = h.createQuery(Queries.get("attempt-by-id")).bind("id", attemptId).mapToMap().one();
            long id = ((Number) attempt.get("subscriber_id")).longValue();
            h.createUpdate(Queries.get("subscriber-activate")).bind("id", id).bind("name", attempt.get("name"))
                    .bind("profile", attempt.get("profile")).bind("now", now.toString()).execute();
            return h.createQuery(Queries.get("subscriber-by-id")).bind("id", id).map(SqlSubscriberStore::subscriber).findOne();
        });
    }

    @Override
    public Optional<Subscriber> attemptSubscriber(long attemptId) {
        return jdbi.withHandle(h -> h.createQuery(Queries.get("attempt-by-id")).bind("id", attemptId)
                .map((rs, ctx) -> rs.getLong("subscriber_id")).findOne()).flatMap(this::byId);
    }

    @Override
    public void pauseUntil(long id, java.time.LocalDate until) {
        jdbi.useTransaction(h -> {
            h.createUpdate(Queries.get("pause-delete")).bind("id", id).execute();
            if (until != null) {
                h.createUpdate(Queries.get("pause-insert")).bind("id", id).bind("until", until.toString()).execute();
            }
        });
    }

    @Override
    public Optional<java.time.LocalDate> pausedUntil(long id) {
        return jdbi.withHandle(h -> h.createQuery(Queries.get("pause-get")).bind("id", id).mapTo(String.class).findOne())
                .map(java.time.LocalDate::parse);
    }

    @Override
    public Map<Long, java.time.LocalDate> pausedUntil(Collection<Long> ids) {
        Map<Long, java.time.LocalDate> until = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbi.useHandle(h -> h.createQuery(Queries.get("pauses-of")).bindList("ids", List.copyOf(ids))
                    .map((rs, ctx) -> until.put(rs.getLong("subscriber_id"), java.time.LocalDate.parse(rs.getString("until_date"))))
                    .list());
        }
        return until;
    }

    private static String normal(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    private static Subscriber subscriber(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Subscriber(
                rs.getLong("id"),
                rs.getString("email"),
                rs.getString("name"),
                Status.valueOf(rs.getString("status")),
                Json.read(rs.getString("profile"), Profile.class),
                rs.getString("profile_changed_at") == null ? null : Instant.parse(rs.getString("profile_changed_at")));
    }
}
