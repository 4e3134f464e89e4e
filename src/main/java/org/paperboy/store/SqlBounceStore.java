package org.paperboy.store;

import java.time.Instant;
import java.util.Locale;
import org.jdbi.v3.core.Jdbi;
import org.paperboy.deliver.Bounce;
import org.paperboy.inbound.BounceStore;

final class SqlBounceStore implements BounceStore {

    private final Jdbi jdbi;

    SqlBounceStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public boolean firstTime(String messageId) {
        return jdbi.withHandle(h -> h.createUpdate(Queries.get("inbound-insert"))
                .bind("id", messageId).bind("now", Instant.now().toString()).execute()) > 0;
    }

    @Override
    public int record(String messageId, Bounce bounce) {
        String address = bounce.recipient().toLowerCase(Locale.ROOT);
        return jdbi.inTransaction(h -> {
            String status = bounce.status().length() > 16 ? bounce.status().substring(0, 16) : bounce.status();
            h.createUpdate(Queries.get("bounce-insert")).bind("id", messageId).bind("address", address)
                    .bind("kind", bounce.kind().name()).bind("status", status).bind("now", Instant.now().toString())
                    .execute();
            return h.createQuery(Queries.get("bounce-count")).bind("address", address).bind("kind", bounce.kind().name())
                    .mapTo(Integer.class).one();
        });
    }

    @Override
    public java.util.Optional<Long> recipientOf(String messageId) {
        return jdbi.withHandle(h -> h.createQuery(Queries.get("delivery-by-message-id")).bind("id", messageId)
                .mapTo(Long.class).findOne());
    }
}
