package org.paperboy.store;

import java.time.Instant;
import org.jdbi.v3.core.Jdbi;
import org.paperboy.schedule.JobRun;
import org.paperboy.schedule.RunLog;

final class SqlJobRuns implements RunLog {

    private final Jdbi jdbi;

    SqlJobRuns(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void started(JobRun run) {
        jdbi.useHandle(h -> h.createUpdate(Queries.get("job-run-start"))
                .bind("node", run.node()).bind("fireId", run.fireId()).bind("task", run.task())
                .bind("scheduledFor", run.scheduledFor().toString()).bind("recovering", run.recovering())
                .bind("startedAt", run.startedAt().toString()).execute());
    }

    @Override
    public void finished(JobRun run, Instant at, String outcome) {
        jdbi.useHandle(h -> h.createUpdate(Queries.get("job-run-finish"))
                .bind("node", run.node()).bind("fireId", run.fireId())
                .bind("at", at.toString()).bind("outcome", outcome).execute());
    }
}
