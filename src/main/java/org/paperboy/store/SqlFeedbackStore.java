package org.paperboy.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.paperboy.score.FeedbackModel;
import org.paperboy.publish.FeedbackStore;

final class SqlFeedbackStore implements FeedbackStore {

    private final Jdbi jdbi;

    SqlFeedbackStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public boolean record(long subscriberId, String paperId, boolean liked) {
        return jdbi.withHandle(h -> {
            boolean known = h.createQuery(Queries.get("paper-exists")).bind("id", paperId)
                    .mapTo(Integer.class).one() > 0;
            if (known) {
                h.createUpdate(Queries.get("feedback-upsert"))
                        .bind("subscriberId", subscriberId).bind("paperId", paperId).bind("liked", liked)
                        .bind("now", Instant.now().toString()).execute();
            }
            return known;
        });
    }

    @Override
    public Map<Long, List<FeedbackModel.Example>> examples(Collection<Long> subscriberIds) {
        Map<Long, List<FeedbackModel.Example>> out = new HashMap<>();
        if (subscriberIds.isEmpty()) {
            return out;
        }
        jdbi.useHandle(h -> h.createQuery(Queries.get("feedback-papers"))
                .bindList("ids", List.copyOf(subscriberIds))
                .map((rs, ctx) -> Map.entry(rs.getLong("subscriber_id"),
                        new FeedbackModel.Example(SqlPaperStore.paper(rs, ctx), rs.getBoolean("liked"))))
                .forEach(e -> out.computeIfAbsent(e.getKey(), id -> new ArrayList<>()).add(e.getValue())));
        return out;
    }
}
