package org.paperboy.schedule;

import java.time.Instant;

/** Where the scheduler records each run as it starts and ends, so one can see what ran where. */
public interface RunLog {

    RunLog NONE = new RunLog() {
        @Override
        public void started(JobRun run) {
        }

        @Override
        public void finished(JobRun run, Instant at, String outcome) {
        }
    };

    void started(JobRun run);

    /** @param outcome "ok", or "failed: " and the reason */
    void finished(JobRun run, Instant at, String outcome);
}
