package org.paperboy.schedule;

import java.time.Instant;
import java.util.Map;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.SchedulerContext;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one Quartz job: runs the task named like the job. The tasks live in the scheduler's context, in
 * this process only, so a clustered job store keeps nothing but names. At most one run per task at a
 * time, across all nodes of a cluster. Public because Quartz makes it from its class name.
 */
@DisallowConcurrentExecution
public final class RunTask implements Job {

    static final String TASKS = "paperboy.tasks";
    static final String RUNS = "paperboy.runs";

    private static final Logger LOG = LoggerFactory.getLogger(RunTask.class);

    @Override
    public void execute(JobExecutionContext context) {
        String name = context.getJobDetail().getKey().getName();
        SchedulerContext shared;
        String node;
        try {
            shared = context.getScheduler().getContext();
            node = context.getScheduler().getSchedulerInstanceId();
        } catch (SchedulerException e) {
            LOG.error("{} cannot run: {}", name, e.getMessage(), e);
            return;
        }
        @SuppressWarnings("unchecked")
        Runnable work = ((Map<String, Runnable>) shared.get(TASKS)).get(name);
        if (work == null) {
            LOG.warn("{} is scheduled in the cluster but this node has no such task: give every node the same configuration", name);
            return;
        }
        RunLog runs = (RunLog) shared.get(RUNS);
        JobRun run = new JobRun(node, context.getFireInstanceId(), name, context.getScheduledFireTime().toInstant(),
                context.isRecovering(), Instant.now());
        if (run.recovering()) {
            LOG.info("{}: taking over the run for {} whose node stopped before it finished", name, run.scheduledFor());
        }
        record(name, () -> runs.started(run));
        String outcome = "ok";
        try {
            work.run();
        } catch (RuntimeException e) {
            // Logged and left for the next firing: one bad run must not stop the schedule.
            outcome = "failed: " + e.getMessage();
            LOG.error("{} failed: {}", name, e.getMessage(), e);
        }
        String result = outcome;
        record(name, () -> runs.finished(run, Instant.now(), result));
    }

    /** The record of a run is for people; failing to write it must not stop the run itself. */
    private static void record(String name, Runnable write) {
        try {
            write.run();
        } catch (RuntimeException e) {
            LOG.warn("could not record the run of {}: {}", name, e.getMessage());
        }
    }
}
