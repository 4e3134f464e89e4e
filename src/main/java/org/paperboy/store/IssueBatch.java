package org.paperboy.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.SqlStatement;
import org.paperboy.issue.NewIssue;
import org.paperboy.issue.Pick;

/**
 * Many readers' issues in one transaction, in three batches (issues, their papers, their deliveries)
 * instead of three statements per reader. Each delivery row is still written in the transaction of its
 * issue, and only for an issue this transaction stored, so a rerun queues nobody twice.
 */
final class IssueBatch {

    private IssueBatch() {
    }

    /** Binds an issue's row, its mail packed in {@code body} (MailPacking). */
    static <T extends SqlStatement<T>> T issue(T statement, NewIssue issue, byte[] body, String now) {
        return statement.bind("kind", issue.kind())
                .bind("subscriberId", issue.subscriberId())
                .bind("date", issue.date().toString())
                .bind("coveredFrom", issue.coveredFrom().toString())
                .bind("subject", issue.subject())
                .bind("html", "")
                .bind("text", "")
                .bind("body", body)
                .bind("now", now);
    }

    /** A reason is kept to this many characters (a PostgreSQL index entry holds about 2.7 KB). */
    static final int REASON = 500;

    /**
     * Stores the papers of issues (issue id to its picks, in order). A reason, which many readers' issues
     * share, is written once in {@code reasons} and each row points at it.
     */
    static void papers(Handle h, Map<Long, List<Pick>> byIssue) {
        Map<String, Long> reasons = reasons(h, byIssue.values().stream().flatMap(List::stream).map(IssueBatch::reason)
                .collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new)));
        PreparedBatch batch = h.prepareBatch(Queries.get("issue-paper-insert"));
        byIssue.forEach((issueId, picks) -> {
            int position = 1;
            for (Pick pick : picks) {
                batch.bind("issueId", issueId)
                        .bind("paperId", pick.paper().id().base())
                        .bind("position", position++)
                        .bind("relevance", pick.score().relevance())
                        .bind("novelty", pick.score().novelty())
                        .bind("reasonId", reasons.get(reason(pick)))
                        .bind("authorMatch", pick.score().authorMatch())
                        .add();
            }
        });
        if (batch.size() > 0) {
            batch.execute();
        }
    }

    private static String reason(Pick pick) {
        String reason = pick.score().reason();
        return reason.length() <= REASON ? reason : reason.substring(0, REASON - 1) + "…";
    }

    /** The ids of the reasons: those stored already are looked up, and only the others added. */
    private static Map<String, Long> reasons(Handle h, java.util.Set<String> texts) {
        Map<String, Long> ids = new HashMap<>();
        lookUp(h, List.copyOf(texts), ids);
        List<String> missing = texts.stream().filter(t -> !ids.containsKey(t)).toList();
        if (!missing.isEmpty()) {
            PreparedBatch add = h.prepareBatch(Queries.get("reason-insert"));
            missing.forEach(t -> add.bind("text", t).add());
            add.execute();
            lookUp(h, missing, ids);
        }
        return ids;
    }

    private static void lookUp(Handle h, List<String> texts, Map<String, Long> ids) {
        for (int from = 0; from < texts.size(); from += 500) {
            h.createQuery(Queries.get("reason-ids")).bindList("texts", texts.subList(from, Math.min(texts.size(), from + 500)))
                    .map((rs, ctx) -> ids.put(rs.getString("text"), rs.getLong("id")))
                    .list();
        }
    }

    /** Binds an issue's queued delivery. */
    static <T extends SqlStatement<T>> T delivery(T statement, long issueId, NewIssue issue, String now) {
        return statement.bind("issueId", issueId)
                .bind("subscriberId", issue.subscriberId())
                .bind("address", issue.address())
                .bind("messageId", issue.messageId())
                .bind("unsubscribeUrl", issue.unsubscribeUrl())
                .bind("now", now);
    }

    static List<Boolean> save(Handle h, List<NewIssue> issues, List<byte[]> bodies) {
        String now = Instant.now().toString();
        PreparedBatch insert = h.prepareBatch(Queries.get("issue-insert-many"));
        for (int i = 0; i < issues.size(); i++) {
            issue(insert, issues.get(i), bodies.get(i), now).add();
        }
        int[] inserted = insert.execute();
        List<Boolean> stored = new ArrayList<>(issues.size());
        List<NewIssue> made = new ArrayList<>();
        for (int i = 0; i < issues.size(); i++) {
            // an issue that existed already is a conflict: 0 rows
            stored.add(inserted[i] > 0);
            if (inserted[i] > 0) {
                made.add(issues.get(i));
            }
        }
        if (made.isEmpty()) {
            return stored;
        }
        Map<String, Long> ids = ids(h, made);
        Map<Long, List<Pick>> papers = new java.util.LinkedHashMap<>();
        PreparedBatch deliveries = h.prepareBatch(Queries.get("delivery-insert"));
        for (NewIssue issue : made) {
            long id = ids.get(key(issue.kind(), issue.date().toString(), issue.subscriberId()));
            papers.put(id, issue.picks());
            delivery(deliveries, id, issue, now).add();
        }
        papers(h, papers);
        deliveries.execute();
        return stored;
    }

    /** The ids the database gave the issues just stored, by kind, date and subscriber. */
    private static Map<String, Long> ids(Handle h, List<NewIssue> made) {
        Map<String, List<Long>> byDay = new HashMap<>();
        made.forEach(i -> byDay.computeIfAbsent(i.kind() + "\n" + i.date(), k -> new ArrayList<>()).add(i.subscriberId()));
        Map<String, Long> ids = new HashMap<>();
        byDay.forEach((day, subscribers) -> {
            String kind = day.substring(0, day.indexOf('\n'));
            String date = day.substring(day.indexOf('\n') + 1);
            h.createQuery(Queries.get("issue-ids")).bind("kind", kind).bind("date", date).bindList("ids", subscribers)
                    .map((rs, ctx) -> ids.put(key(kind, date, rs.getLong("subscriber_id")), rs.getLong("id")))
                    .list();
        });
        return ids;
    }

    private static String key(String kind, String date, long subscriberId) {
        return kind + "\n" + date + "\n" + subscriberId;
    }
}
