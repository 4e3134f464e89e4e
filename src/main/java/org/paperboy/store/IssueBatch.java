package org.paperboy.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.paperboy.issue.NewIssue;
import org.paperboy.issue.Pick;

/**
 * Many readers' issues in one transaction: their issues (each with its paper list) and deliveries each added
 * several hundred rows to a statement, instead of statements per reader. Each delivery row is still written
 * in the transaction of its issue, and only for an issue this transaction stored, so a rerun queues nobody
 * twice.
 */
final class IssueBatch {

    private IssueBatch() {
    }

    /** A queued delivery's row: its issue, reader, address, Message-ID, unsubscribe link and time, queued. */
    private static final String QUEUED = "(?, ?, ?, ?, ?, 'queued', 0, ?)";

    /** Values a statement that adds many rows binds at most: well within SQLite's 32,766 and PostgreSQL's 65,535. */
    private static final int VALUES_PER_STATEMENT = 4_000;

    /** A reason is kept to this many characters (a PostgreSQL index entry holds about 2.7 KB). */
    static final int REASON = 500;

    /** The reason of a pick as stored: its first {@link #REASON} characters. */
    static String reason(Pick pick) {
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

    /**
     * Stores the issues, their mail packed in {@code bodies} (MailPacking), with their paper lists (each in its
     * issue's row, {@link PaperList}) and queued deliveries: each issue's new id, or null for one that existed
     * already. A reason, which many readers' issues share, is written once in {@code reasons} and each list
     * points at it.
     */
    static List<Long> save(Handle h, List<NewIssue> issues, List<byte[]> bodies) {
        String now = Instant.now().toString();
        Map<String, Long> reasons = reasons(h, issues.stream().flatMap(issue -> issue.picks().stream()).map(IssueBatch::reason)
                .collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new)));
        List<Object[]> rows = new ArrayList<>(issues.size());
        for (int i = 0; i < issues.size(); i++) {
            NewIssue issue = issues.get(i);
            rows.add(new Object[] {issue.kind(), issue.subscriberId(), issue.date().toString(), issue.coveredFrom().toString(),
                    issue.subject(), "", "", bodies.get(i), PaperList.of(issue.picks(), reasons), now});
        }
        // the statement gives back the rows it added with their ids: an issue that existed already is a
        // conflict, and is not among them
        Map<String, Long> ids = new HashMap<>();
        for (List<Object[]> chunk : chunks(rows)) {
            insert(h, "issues-insert-many", marks(chunk), chunk, rs -> ids.put(
                    key(rs.getString("kind"), rs.getString("issue_date"), rs.getLong("subscriber_id")), rs.getLong("id")));
        }
        List<Long> stored = new ArrayList<>(issues.size());
        List<Object[]> deliveries = new ArrayList<>();
        for (NewIssue issue : issues) {
            // taken out once found: a reader's issue twice in one batch is stored once
            Long id = ids.remove(key(issue.kind(), issue.date().toString(), issue.subscriberId()));
            stored.add(id);
            if (id != null) {
                deliveries.add(new Object[] {id, issue.subscriberId(), issue.address(), issue.messageId(),
                        issue.unsubscribeUrl(), now});
            }
        }
        for (List<Object[]> chunk : chunks(deliveries)) {
            insert(h, "deliveries-insert-many", marks(chunk, QUEUED), chunk, null);
        }
        return stored;
    }

    /** Rows in groups that one statement adds at once: PostgreSQL spent most of a batch's time on statements of one row each. */
    private static List<List<Object[]>> chunks(List<Object[]> rows) {
        List<List<Object[]>> out = new ArrayList<>();
        int per = rows.isEmpty() ? 1 : Math.max(1, VALUES_PER_STATEMENT / rows.get(0).length);
        for (int from = 0; from < rows.size(); from += per) {
            out.add(rows.subList(from, Math.min(rows.size(), from + per)));
        }
        return out;
    }

    /** "(?, ?), (?, ?)": a place for each value of the rows, for a statement's VALUES. */
    private static String marks(List<Object[]> rows) {
        return marks(rows, "(" + String.join(", ", java.util.Collections.nCopies(rows.get(0).length, "?")) + ")");
    }

    private static String marks(List<Object[]> rows, String row) {
        return String.join(", ", java.util.Collections.nCopies(rows.size(), row));
    }

    /** What a statement gives back, row by row. */
    private interface Returned {
        void row(ResultSet rs) throws SQLException;
    }

    /**
     * Runs the named statement for {@code rows}, its {@code <rows>} replaced by {@code marks}, and hands
     * each row it gives back to {@code returned} (null for none). The values are bound straight on the
     * connection's statement: Jdbi looked each value's type up to bind it, about a tenth of storing a
     * batch when paper lists were rows of their own.
     */
    private static void insert(Handle h, String query, String marks, List<Object[]> rows, Returned returned) {
        String sql = Queries.get(query).replace("<rows>", marks);
        try (PreparedStatement statement = h.getConnection().prepareStatement(sql)) {
            int at = 1;
            for (Object[] row : rows) {
                for (Object value : row) {
                    set(statement, at++, value);
                }
            }
            if (returned == null) {
                statement.executeUpdate();
                return;
            }
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    returned.row(rs);
                }
            }
        } catch (SQLException e) {
            throw new UnableToExecuteStatementException("storing a batch of issues failed (" + query + "): " + e.getMessage(), e,
                    null);
        }
    }

    private static void set(PreparedStatement statement, int at, Object value) throws SQLException {
        if (value instanceof String s) {
            statement.setString(at, s);
        } else if (value instanceof Long l) {
            statement.setLong(at, l);
        } else if (value instanceof Integer i) {
            statement.setInt(at, i);
        } else if (value instanceof Boolean b) {
            statement.setBoolean(at, b);
        } else if (value instanceof byte[] bytes) {
            statement.setBytes(at, bytes);
        } else if (value == null) {
            statement.setNull(at, Types.NULL);
        } else {
            throw new IllegalArgumentException("no binding for a " + value.getClass().getSimpleName() + " in a batch of issues");
        }
    }

    private static String key(String kind, String date, long subscriberId) {
        return kind + "\n" + date + "\n" + subscriberId;
    }
}
