package org.paperboy.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.paperboy.score.JudgementCache;
import org.paperboy.score.LlmSpending;
import org.paperboy.score.Verdict;

/** The LLM judge's cached answers and its spending per day. */
final class SqlJudgeStore implements JudgementCache, LlmSpending {

    /** Ids per IN (...) list: far below the bind limits of SQLite (32766) and PostgreSQL (65535). */
    private static final int CHUNK = 500;

    private final Jdbi jdbi;

    SqlJudgeStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Map<String, Optional<Verdict>> find(Collection<String> paperIds, String criteria, String model) {
        List<String> ids = List.copyOf(paperIds);
        Map<String, Optional<Verdict>> out = new HashMap<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            jdbi.useHandle(h -> h.createQuery(Queries.get("judgements-find"))
                    .bind("criteria", criteria).bind("model", model).bindList("ids", chunk)
                    .map((rs, ctx) -> {
                        int relevance = rs.getInt("relevance");
                        Optional<Verdict> v = rs.wasNull() ? Optional.empty()
                                : Optional.of(new Verdict(relevance, rs.getInt("novelty"), rs.getString("comment")));
                        return out.put(rs.getString("paper_id"), v);
                    }).list());
        }
        return out;
    }

    @Override
    public void save(String criteria, String model, Map<String, Optional<Verdict>> verdicts) {
        if (verdicts.isEmpty()) {
            return;
        }
        String now = Instant.now().toString();
        jdbi.useTransaction(h -> {
            PreparedBatch batch = h.prepareBatch(Queries.get("judgement-insert"));
            verdicts.forEach((id, v) -> batch.bind("paperId", id).bind("criteria", criteria).bind("model", model)
                    .bind("relevance", v.map(Verdict::relevance).orElse(null))
                    .bind("novelty", v.map(Verdict::novelty).orElse(null))
                    .bind("comment", v.map(Verdict::comment).orElse(null))
                    .bind("now", now).add());
            batch.execute();
        });
    }

    @Override
    public double spentOn(LocalDate day) {
        return jdbi.withHandle(h -> h.createQuery(Queries.get("spending-on")).bind("day", day.toString())
                .mapTo(Double.class).one());
    }

    @Override
    public void add(LocalDate day, String model, long promptTokens, long completionTokens, double usd) {
        jdbi.useHandle(h -> h.createUpdate(Queries.get("spending-add")).bind("day", day.toString()).bind("model", model)
                .bind("prompt", promptTokens).bind("completion", completionTokens).bind("usd", usd).execute());
    }
}
