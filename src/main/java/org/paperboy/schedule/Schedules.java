package org.paperboy.schedule;

import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.TimeZone;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronExpression;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDataMap;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.impl.StdSchedulerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The service's clock: Quartz runs each task on its cron schedule. Tasks are plain Runnables so the
 * jobs stay thin adapters over the feature code.
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

    private static final Logger LOG = LoggerFactory.getLogger(Schedules.class);
    private static final String WORK = "work";

    private final Scheduler scheduler;

    private Schedules(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    public static Schedules start(List<Task> tasks) {
        try {
            Properties props = new Properties();
            props.setProperty("org.quartz.scheduler.instanceName", "paperboy");
            props.setProperty("org.quartz.threadPool.threadCount", "2");
            props.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
            props.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
            Scheduler scheduler = new StdSchedulerFactory(props).getScheduler();
            for (Task task : tasks) {
                JobDataMap data = new JobDataMap();
                data.put(WORK, task.work());
                JobDetail job = JobBuilder.newJob(RunTask.class).withIdentity(task.name()).usingJobData(data).build();
                Trigger trigger = TriggerBuilder.newTrigger().withIdentity(task.name())
                        .withSchedule(CronScheduleBuilder.cronSchedule(task.cron())
                                .inTimeZone(TimeZone.getTimeZone(task.zone()))
                                // After downtime run once, not once per missed firing: the task catches up itself.
                                .withMisfireHandlingInstructionFireAndProceed())
                        .build();
                scheduler.scheduleJob(job, trigger);
            }
            scheduler.start();
            return new Schedules(scheduler);
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot start the scheduler: " + e.getMessage(), e);
        }
    }

    /** When the named task runs next; null for a task that is not scheduled. */
    public Date nextRun(String name) {
        try {
            Trigger trigger = scheduler.getTrigger(org.quartz.TriggerKey.triggerKey(name));
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

    @DisallowConcurrentExecution
    public static final class RunTask implements Job {
        @Override
        public void execute(JobExecutionContext context) throws JobExecutionException {
            String name = context.getJobDetail().getKey().getName();
            try {
                ((Runnable) context.getMergedJobDataMap().get(WORK)).run();
            } catch (RuntimeException e) {
                // Logged and left for the next firing: one bad run must not stop the schedule.
                LOG.error("{} failed: {}", name, e.getMessage(), e);
            }
        }
    }
}
