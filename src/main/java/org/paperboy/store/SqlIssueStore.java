package org.paperboy.store;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.paperboy.publish.IssueStore;
import org.paperboy.issue.NewIssue;

final class SqlIssueStore implements IssueStore {

    private final Jdbi jdbi;
    private final MailPages pages;
    /** Told after each batch of issues is stored (the database sees to its statistics). */
    private final Runnable stored;

    SqlIssueStore(Jdbi jdbi, MailPages pages, Runnable stored) {
        this.jdbi = jdbi;
        this.pages = pages;
        this.stored = stored;
    }

    @Override
    public boolean exists(String kind, long subscriberId, LocalDate date) {
        return jdbi.withHandle(h -> h.createQuery(Queries.get("issue-exists"))
                .bind("kind", kind).bind("subscriberId", subscriberId).bind("date", date.toString())
                .mapTo(Integer.class).one()) > 0;
    }

    @Override
    public Optional<LocalDate> lastIssueDate(String kind, long subscriberId) {
        return jdbi.withHandle(h -> h.createQuery(Queries.get("issue-last-date"))
                .bind("kind", kind).bind("subscriberId", subscriberId)
                .mapTo(String.class).findOne())
                .map(LocalDate::parse);
    }

    @Override
    public Set<String> mailedPaperIds(long subscriberId) {
        Set<String> ids = new HashSet<>();
        jdbi.useHandle(h -> h.createQuery(Queries.get("mailed-paper-ids")).bind("subscriberId", subscriberId)
                .mapTo(String.class).forEach(list -> PaperList.ids(list, ids::add)));
        return ids;
    }

    @Override
    public Optional<Long> save(NewIssue issue) {
        MailPages.Plan plan = pages.plan(List.of(issue));
        MailPages.Packed[] packed = new MailPages.Packed[1];
        Optional<Long> saved = jdbi.inTransaction(h -> {
            packed[0] = pages.pack(h, plan);
            Optional<Long> id = Optional.ofNullable(IssueBatch.save(h, List.of(issue), packed[0].bodies()).get(0));
            if (id.isEmpty()) {
                pages.discard(h, packed[0]);
            }
            return id;
        });
        if (saved.isPresent()) {
            packed[0].remember().run();
        }
        return saved;
    }

    @Override
    public List<Boolean> saveAll(List<NewIssue> issues) {
        if (issues.isEmpty()) {
            return List.of();
        }
        // the mails are split, looked up and deflated outside the transaction, which then only writes: on SQLite
        // the write lock is held for the writes alone, so the run's own writes (criteria vectors) barely wait
        MailPages.Plan plan = pages.plan(issues);
        MailPages.Packed packed = jdbi.withHandle(h -> pages.pack(h, plan));
        List<Boolean> stored = jdbi.inTransaction(h -> IssueBatch.save(h, issues, packed.bodies())).stream()
                .map(java.util.Objects::nonNull).toList();
        if (stored.contains(true)) {
            packed.remember().run();
            this.stored.run();
        } else {
            jdbi.useHandle(h -> pages.discard(h, packed));
        }
        return stored;
    }

    @Override
    public Set<Long> madeOn(String kind, LocalDate date, Collection<Long> subscriberIds) {
        if (subscriberIds.isEmpty()) {
            return Set.of();
        }
        return jdbi.withHandle(h -> new HashSet<>(h.createQuery(Queries.get("issues-made-on"))
                .bind("kind", kind).bind("date", date.toString()).bindList("ids", List.copyOf(subscriberIds))
                .mapTo(Long.class).list()));
    }

    @Override
    public Map<Long, LocalDate> lastIssueDates(String kind, Collection<Long> subscriberIds) {
        Map<Long, LocalDate> last = new HashMap<>();
        if (!subscriberIds.isEmpty()) {
            jdbi.useHandle(h -> h.createQuery(Queries.get("issue-last-dates"))
                    .bind("kind", kind).bindList("ids", List.copyOf(subscriberIds))
                    .map((rs, ctx) -> last.put(rs.getLong("subscriber_id"), LocalDate.parse(rs.getString("last"))))
                    .list());
        }
        return last;
    }

    @Override
    public Map<Long, Set<String>> mailedPaperIds(Collection<Long> subscriberIds, LocalDate since) {
        Map<Long, Set<String>> mailed = new HashMap<>();
        if (!subscriberIds.isEmpty()) {
            jdbi.useHandle(h -> {
                List<Map.Entry<Long, String>> lists = h.createQuery(Queries.get("mailed-paper-lists-since"))
                        .bindList("ids", List.copyOf(subscriberIds)).bind("from", since.minusDays(6).toString())
                        .map((rs, ctx) -> Map.entry(rs.getLong("subscriber_id"), rs.getString("papers")))
                        .list();
                if (lists.isEmpty()) {
                    return; // readers on their first issue: no need to read the day's papers
                }
                Set<String> announced = new HashSet<>(h.createQuery(Queries.get("mailed-since-papers"))
                        .bind("since", since.toString()).mapTo(String.class).list());
                for (Map.Entry<Long, String> list : lists) {
                    PaperList.ids(list.getValue(), id -> {
                        if (announced.contains(id)) {
                            mailed.computeIfAbsent(list.getKey(), k -> new HashSet<>()).add(id);
                        }
                    });
                }
            });
        }
        return mailed;
    }

    @Override
    public Set<String> featuredBefore(String topicKey, String week) {
        return jdbi.withHandle(h -> new HashSet<>(h.createQuery(Queries.get("featured-before"))
                .bind("topicKey", topicKey).bind("week", week).mapTo(String.class).list()));
    }

    @Override
    public void recordFeatured(String topicKey, String week, java.util.Collection<String> paperIds) {
        if (paperIds.isEmpty()) {
            return;
        }
        jdbi.useTransaction(h -> {
            PreparedBatch batch = h.prepareBatch(Queries.get("featured-insert"));
            for (String id : paperIds) {
                batch.bind("topicKey", topicKey).bind("week", week).bind("paperId", id).add();
            }
            batch.execute();
        });
    }
}
