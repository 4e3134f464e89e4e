package org.paperboy.ingest;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * When arXiv announces. The listing dated Monday to Friday is released at 20:00 New York time the
 * evening before (Sunday to Thursday); submissions made before 14:00 on a weekday go into the next
 * release. No listing appears on weekends or on arXiv's holidays
 * (https://info.arxiv.org/help/availability.html).
 */
public final class AnnouncementCalendar {

    public static final ZoneId ARXIV_ZONE = ZoneId.of("America/New_York");
    static final int RELEASE_HOUR = 20;
    static final int SUBMISSION_DEADLINE_HOUR = 14;

    private final Set<LocalDate> holidays;

    /** @param holidays weekdays with no listing */
    public AnnouncementCalendar(Set<LocalDate> holidays) {
        this.holidays = Set.copyOf(holidays);
    }

    public static AnnouncementCalendar weekdays() {
        return new AnnouncementCalendar(Set.of());
    }

    public boolean isAnnouncementDay(LocalDate day) {
        return isWeekday(day) && !holidays.contains(day);
    }

    /** Announcement days in [from, to], oldest first. */
    public List<LocalDate> announcementDaysBetween(LocalDate from, LocalDate to) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (isAnnouncementDay(d)) {
                days.add(d);
            }
        }
        return days;
    }

    /** The last announcement day strictly before {@code day}. */
    public LocalDate previousAnnouncementDay(LocalDate day) {
        LocalDate d = day.minusDays(1);
        while (!isAnnouncementDay(d)) {
            d = d.minusDays(1);
        }
        return d;
    }

    /** The first announcement day strictly after {@code day}. */
    public LocalDate nextAnnouncementDay(LocalDate day) {
        LocalDate d = day.plusDays(1);
        while (!isAnnouncementDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** The date of the newest listing released by {@code now}. */
    public LocalDate latestAnnouncementDay(Instant now) {
        ZonedDateTime t = now.atZone(ARXIV_ZONE);
        LocalDate candidate = t.getHour() >= RELEASE_HOUR ? t.toLocalDate().plusDays(1) : t.toLocalDate();
        return isAnnouncementDay(candidate) ? candidate : previousAnnouncementDay(candidate);
    }

    /** The listing a paper submitted at {@code submitted} appears in. */
    public LocalDate announcementDayFor(Instant submitted) {
        ZonedDateTime t = submitted.atZone(ARXIV_ZONE);
        LocalDate day = t.toLocalDate();
        if (isWeekday(day) && t.getHour() < SUBMISSION_DEADLINE_HOUR) {
            return nextAnnouncementDay(day);
        }
        LocalDate nextWeekday = day.plusDays(1);
        while (!isWeekday(nextWeekday)) {
            nextWeekday = nextWeekday.plusDays(1);
        }
        return nextAnnouncementDay(nextWeekday);
    }

    /** Weekdays in [from, to] on which arXiv made no announcement. */
    public List<LocalDate> quietWeekdays(LocalDate from, LocalDate to) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (isWeekday(d) && holidays.contains(d)) {
                days.add(d);
            }
        }
        return days;
    }

    private static boolean isWeekday(LocalDate d) {
        return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
