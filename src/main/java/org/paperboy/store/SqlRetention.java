package org.paperboy.store;

import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.paperboy.publish.MailRetention;

/**
 * Removes old mail a day of issues at a time, each day in one transaction, so a first clean-up of years
 * of mail holds no lock for long, and a day is never left with its deliveries gone but its text kept.
 */
final class SqlRetention implements MailRetention {

    private final Jdbi jdbi;

    SqlRetention(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Removed removeBefore(LocalDate cutoff) {
        List<String> days = jdbi.withHandle(h -> h.createQuery(Queries.get("retention-days"))
                .bind("cutoff", cutoff.toString()).mapTo(String.class).list());
        int mails = 0;
        int deliveries = 0;
        for (String day : days) {
            int[] removed = jdbi.inTransaction(h -> new int[] {
                h.createUpdate(Queries.get("retention-deliveries")).bind("day", day).execute(),
                h.createUpdate(Queries.get("retention-mails")).bind("day", day).execute()});
            deliveries += removed[0];
            mails += removed[1];
        }
        int pages = jdbi.withHandle(h -> h.createUpdate(Queries.get("retention-pages")).bind("cutoff", cutoff.toString()).execute());
        return new Removed(mails, deliveries, pages);
    }
}
