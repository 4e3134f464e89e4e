package org.paperboy.publish;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.paperboy.deliver.OutboxReport;
import org.paperboy.ingest.AnnouncementCalendar;
import org.paperboy.paper.PaperStore;
import org.paperboy.subscriber.Subscriber;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The service's scheduled work, each task one call: fetch the day's listing, and every hour make the
 * issues that have come due (each reader's digest after their delivery hour, the weekly issue from its
 * send day) and send what is queued.
 */
public final class ScheduledTasks {

    private static final Logger LOG = LoggerFactory.getLogger(ScheduledTasks.class);

    /** When the weekly issue goes out: from this day and hour of the week after, in each reader's zone. */
    public record WeeklySend(DayOfWeek day, int hour) {
    }

    private final Supplier<Ingestion> ingestion;
    private final AnnouncementCalendar calendar;
    private final PaperStore papers;
    private final Supplier<DailyDigests> digests;
    private final Supplier<WeeklyIssues> weekly;
    private final WeeklySend weeklySend;
    private final IntFunction<OutboxReport> send;

    /**
     * @param digests a digest maker for one run (made fresh each time, so a run reads the templates anew)
     * @param send    sends up to that many queued mails
     */
    public ScheduledTasks(Supplier<Ingestion> ingestion, AnnouncementCalendar calendar, PaperStore papers,
            Supplier<DailyDigests> digests, Supplier<WeeklyIssues> weekly, WeeklySend weeklySend, IntFunction<OutboxReport> send) {
        this.ingestion = ingestion;
        this.calendar = calendar;
        this.papers = papers;
        this.digests = digests;
        this.weekly = weekly;
        this.weeklySend = weeklySend;
        this.send = send;
    }

    /** Today's listing, and any recent day the service missed. */
    public void ingest(Instant now) {
        ingestion.get().latest(now);
    }

    /** Each reader's digest goes out at the first check after their delivery hour, in their time zone. */
    public void digest(Instant now) {
        LocalDate day = calendar.latestAnnouncementDay(now);
        if (papers.announcedOn(day).isEmpty()) {
            LOG.info("the {} listing is not ingested yet; digests wait for it", day);
        } else {
            DailyDigests.Report report = digests.get().make(day, s -> isDue(s, day, now), null, LOG::info);
            LOG.info("{}: {} digests made, {} already made", day, report.made(), report.alreadyMade());
        }
        String week = WeeklyIssues.lastCompleteWeek(now);
        LocalDate monday = WeeklyIssues.monday(week);
        if (!papers.announcedBetween(monday, monday.plusDays(6)).isEmpty()) {
            WeeklyIssues.Report report = weekly.get().make(week,
                    s -> WeeklyIssues.isDue(s, week, weeklySend.day(), weeklySend.hour(), now), null, LOG::info);
            if (report.made() > 0) {
                LOG.info("{}: {} weekly issues made", week, report.made());
            }
        }
        LOG.info(send.apply(10_000).summary());
    }

    /** A reader's digest of {@code day} is due once their delivery hour has come in their own zone. */
    public static boolean isDue(Subscriber reader, LocalDate day, Instant now) {
        ZonedDateTime local = now.atZone(reader.profile().zone());
        return local.toLocalDate().isAfter(day)
                || (local.toLocalDate().equals(day) && local.getHour() >= reader.profile().deliveryHour());
    }
}
