package org.paperboy.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.StatementContext;
import org.paperboy.paper.AnnounceType;
import org.paperboy.paper.ArxivId;
import org.paperboy.paper.Paper;
import org.paperboy.paper.PaperStore;

final class SqlPaperStore implements PaperStore {

    private final Jdbi jdbi;

    SqlPaperStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public int saveAll(Collection<Paper> papers) {
        if (papers.isEmpty()) {
            return 0;
        }
        String now = Instant.now().toString();
        return jdbi.inTransaction(h -> {
            PreparedBatch batch = h.prepareBatch(Queries.get("paper-insert"));
            for (Paper p : papers) {
                batch.bind("id", p.id().base())
                        .bind("version", p.id().version())
                        .bind("title", p.title())
                        .bind("authors", Json.write(p.authors()))
                        .bind("categories", Json.write(p.categories()))
                        .bind("abstract", p.abstractText())
                        .bind("comment", p.comment())
                        .bind("announced", p.announced().toString())
                        .bind("announceType", p.announceType().name())
                        .bind("now", now)
                        .add();
            }
            int stored = 0;
            for (int n : batch.execute()) {
                stored += Math.max(n, 0);
            }
            return stored;
        });
    }

    @Override
    public List<Paper> announcedOn(LocalDate day) {
        return announcedBetween(day, day);
    }

    @Override
    public List<Paper> announcedBetween(LocalDate from, LocalDate to) {
        return jdbi.withHandle(h -> h.createQuery(Queries.get("papers-between"))
                .bind("from", from.toString())
                .bind("to", to.toString())
                .map(SqlPaperStore::paper)
                .list());
    }

    @Override
    public java.util.Optional<Paper> byId(String baseId) {
        return jdbi.withHandle(h -> h.createQuery(Queries.get("paper-by-id")).bind("id", baseId)
                .map(SqlPaperStore::paper).findOne());
    }

    @Override
    public int count() {
        return jdbi.withHandle(h -> h.createQuery(Queries.get("paper-count")).mapTo(Integer.class).one());
    }

    static Paper paper(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Paper(
                new ArxivId(rs.getString("id"), rs.getInt("version")),
                rs.getString("title"),
                Json.strings(rs.getString("authors")),
                Json.strings(rs.getString("categories")),
                rs.getString("abstract"),
                rs.getString("comment"),
                LocalDate.parse(rs.getString("announced")),
                AnnounceType.valueOf(rs.getString("announce_type")));
    }
}
