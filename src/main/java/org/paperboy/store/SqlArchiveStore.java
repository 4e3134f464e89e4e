package org.paperboy.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.paperboy.publish.ArchiveStore;

final class SqlArchiveStore implements ArchiveStore {

    private final Jdbi jdbi;
    private final MailPages pages;

    SqlArchiveStore(Jdbi jdbi, MailPages pages) {
        this.jdbi = jdbi;
        this.pages = pages;
    }

    @Override
    public void savePublic(String kind, String week, String subject, String summary, String html) {
        jdbi.useHandle(h -> h.createUpdate(Queries.get("public-issue-insert"))
                .bind("kind", kind).bind("week", week).bind("subject", subject).bind("summary", summary)
                .bind("html", html).bind("now", Instant.now().toString()).execute());
    }

    @Override
    public List<Entry> publicIssues() {
        return jdbi.withHandle(h -> h.createQuery(Queries.get("public-issues"))
                .map((rs, ctx) -> new Entry(rs.getString("kind"), rs.getString("week"), rs.getString("subject"),
                        rs.getString("summary"), Instant.parse(rs.getString("created_at"))))
                .list());
    }

    @Override
    public Optional<String> publicHtml(String kind, String week) {
        return jdbi.withHandle(h -> h.createQuery(Queries.get("public-issue"))
                .bind("kind", kind).bind("week", week).mapTo(String.class).findOne());
    }

    @Override
    public Optional<String> readerHtml(long subscriberId, String kind, LocalDate date) {
        return jdbi.withHandle(h -> h.createQuery(Queries.get("issue-html"))
                .bind("kind", kind).bind("subscriberId", subscriberId).bind("date", date.toString())
                .map((rs, ctx) -> new Object[] {rs.getString("html"), rs.getBytes("body")}).findOne()
                .map(row -> row[1] == null ? (String) row[0] : pages.unpack(h, (byte[]) row[1])[0]));
    }
}
