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

    /** Binds the row of one of an issue's papers. */
    static <T extends SqlStatement<T>> T pick(T statement, long issueId, int position, Pick pick) {
        return statement.bind("issueId", issueId)
                .bind("paperId", pick.paper().id().base())
                .bind("position", position)
                .bind("relevance", pick.score().relevance())
                .bind("novelty", pick.score().novelty())
                .bind("reason", pick.score().reason())
                .bind("authorMatch", pick.score().authorMatch());
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
        PreparedBatch papers = h.prepareBatch(Queries.get("issue-paper-insert"));
        PreparedBatch deliveries = h.prepareBatch(Queries.get("delivery-insert"));
        for (NewIssue issue : made) {
            long id = ids.get(key(issue.kind(), issue.date().toString(), issue.subscriberId()));
            int position = 1;
            for (Pick pick : issue.picks()) {
                pick(papers, id, position++, pick).add();
            }
            delivery(deliveries, id, issue, now).add();
        }
        if (papers.size() > 0) {
            papers.execute();
        }
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
