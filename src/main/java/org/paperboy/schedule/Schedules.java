package org.paperboy.schedule;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import javax.sql.DataSource;
import org.quartz.CronExpression;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.impl.matchers.GroupMatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The service's clock: Quartz runs each task on its cron schedule, from memory (one node) or from
 * Quartz's tables in the shared PostgreSQL database (a cluster: each firing runs on one node, and a
 * run whose node dies is run again by another). Tasks are plain Runnables so the jobs stay thin
 * adapters over the feature code.
 */
public final class Schedules implements AutoCloseable {

    /** One recurring task. */
    public record Task(String name, String cron, ZoneId zone, Runnable work) {
        public Task {
            if (!CronExpression.isValidExpression(cron)) {
                throw new IllegalArgumentException("'" + cron + "' for " + name + " is not a Quartz cron expression"
                        + " (seconds minutes hours day-of-month month day-of-week, e.g. \"0 15 20 ? * SUN-THU\")");
            }
        }
    }

    /**
     * A clustered schedule's database: Quartz's tables must exist in it.
     *
     * @param checkin how often this node tells the others it is alive; silent for this plus 7.5 s, it counts as dead
     */
    public record Cluster(DataSource dataSource, Duration checkin) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(Schedules.class);

    private final Scheduler scheduler;
    private final List<Task> tasks;

    private Schedules(Scheduler scheduler, List<Task> tasks) {
        this.scheduler = scheduler;
        this.tasks = tasks;
    }

    /** Runs {@code tasks} from memory, recording nothing: for one node. */
    public static Schedules start(List<Task> tasks) {
        return inMemory(tasks, RunLog.NONE).start();
    }

    /** The tasks scheduled in memory, not started yet. */
    public static Schedules inMemory(List<Task> tasks, RunLog runs) {
        return create(QuartzProperties.inMemory(), tasks, runs);
    }

    /** The tasks scheduled in the cluster's database, shared with every other node there; not started yet. */
    public static Schedules clustered(List<Task> tasks, Cluster cluster, RunLog runs) {
        return create(QuartzProperties.clustered(cluster), tasks, runs);
    }

    private static Schedules create(java.util.Properties props, List<Task> tasks, RunLog runs) {
        try {
            Scheduler scheduler = new StdSchedulerFactory(props).getScheduler();
            Map<String, Runnable> work = new LinkedHashMap<>();
            tasks.forEach(t -> work.put(t.name(), t.work()));
            scheduler.getContext().put(RunTask.TASKS, work);
            scheduler.getContext().put(RunTask.RUNS, runs);
            return new Schedules(scheduler, List.copyOf(tasks));
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot create the scheduler: " + e.getMessage(), e);
        }
    }

    /** Puts the tasks on the schedule (keeping a cluster's triggers that have not changed) and starts running them. */
    public Schedules start() {
        try {
            schedule();
            scheduler.start();
            return this;
        } catch (SchedulerException e) {
            close();
            throw new IllegalStateException("cannot start the scheduler: " + e.getMessage(), e);
        }
    }

    private void schedule() throws SchedulerException {
        for (Task task : tasks) {
            // A run whose node dies is run again by another node (clustered); the tasks can all be re-run.
            JobDetail job = JobBuilder.newJob(RunTask.class).withIdentity(task.name()).requestRecovery(true).build();
            CronTrigger trigger = TriggerBuilder.newTrigger().withIdentity(task.name())
                    .withSchedule(CronScheduleBuilder.cronSchedule(task.cron())
                            .inTimeZone(TimeZone.getTimeZone(task.zone()))
                            // After downtime run once, not once per missed firing: the task catches up itself.
                            .withMisfireHandlingInstructionFireAndProceed())
                    .build();
            // In a cluster the trigger is already there when another node started first; replacing it
            // would move its next firing, so it is replaced only when the schedule changed.
            if (!sameSchedule(scheduler.getTrigger(trigger.getKey()), trigger)) {
                scheduler.scheduleJob(job, Set.of(trigger), true);
            }
        }
        for (JobKey key : scheduler.getJobKeys(GroupMatcher.jobGroupEquals(Scheduler.DEFAULT_GROUP))) {
            if (tasks.stream().noneMatch(t -> t.name().equals(key.getName()))) {
                LOG.info("{} is no longer configured: removed from the schedule", key.getName());
                scheduler.deleteJob(key);
            }
        }
    }

    private static boolean sameSchedule(Trigger existing, CronTrigger wanted) {
        return existing instanceof CronTrigger cron
                && cron.getCronExpression().equals(wanted.getCronExpression())
                && cron.getTimeZone().getID().equals(wanted.getTimeZone().getID())
                && cron.getMisfireInstruction() == wanted.getMisfireInstruction();
    }

    /** This node's name in the cluster (Quartz's instance id): host, process id and start time. */
    public String node() {
        try {
            return scheduler.getSchedulerInstanceId();
        } catch (SchedulerException e) {
            throw new IllegalStateException(e);
        }
    }

    /** True when the schedule is shared with the other nodes on the database. */
    public boolean isClustered() {
        try {
            return scheduler.getMetaData().isJobStoreClustered();
        } catch (SchedulerException e) {
            throw new IllegalStateException(e);
        }
    }

    /** When the named task runs next; null for a task that is not scheduled. */
    public Date nextRun(String name) {
        try {
            Trigger trigger = scheduler.getTrigger(TriggerKey.triggerKey(name));
            return trigger == null ? null : trigger.getNextFireTime();
        } catch (SchedulerException e) {
            throw new IllegalStateException(e);
        }
    }

    /** True while the scheduler runs its tasks. */
    public boolean isRunning() {
        try {
            return scheduler.isStarted() && !scheduler.isShutdown() && !scheduler.isInStandbyMode();
        } catch (SchedulerException e) {
            return false;
        }
    }

    @Override
    public void close() {
        try {
            scheduler.shutdown(true);
        } catch (SchedulerException e) {
            LOG.warn("scheduler did not shut down cleanly", e);
        }
    }
}
