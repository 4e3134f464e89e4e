package org.paperboy.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AnnouncementCalendarTest {

    static final LocalDate FRI = LocalDate.of(2026, 6, 12);
    static final LocalDate MON = LocalDate.of(2026, 6, 15);
    static final LocalDate TUE = LocalDate.of(2026, 6, 16);
    static final AnnouncementCalendar HOLIDAY_MONDAY = new AnnouncementCalendar(Set.of(MON));

    @Test
    void weekendsAndHolidaysHaveNoListing() {
        assertThat(HOLIDAY_MONDAY.isAnnouncementDay(FRI)).isTrue();
        assertThat(HOLIDAY_MONDAY.isAnnouncementDay(FRI.plusDays(1))).isFalse();
        assertThat(HOLIDAY_MONDAY.isAnnouncementDay(MON)).isFalse();
        assertThat(HOLIDAY_MONDAY.previousAnnouncementDay(TUE)).isEqualTo(FRI);
        assertThat(HOLIDAY_MONDAY.nextAnnouncementDay(FRI)).isEqualTo(TUE);
        assertThat(HOLIDAY_MONDAY.announcementDaysBetween(FRI, TUE)).containsExactly(FRI, TUE);
        assertThat(HOLIDAY_MONDAY.quietWeekdays(FRI, TUE)).containsExactly(MON);
    }

    @Test
    void theLatestListingChangesAtEightInTheEveningNewYorkTime() {
        AnnouncementCalendar cal = AnnouncementCalendar.weekdays();
        // Monday 19:59 and 20:01 EDT (UTC-4).
        assertThat(cal.latestAnnouncementDay(Instant.parse("2026-06-15T23:59:00Z"))).isEqualTo(MON);
        assertThat(cal.latestAnnouncementDay(Instant.parse("2026-06-16T00:01:00Z"))).isEqualTo(TUE);
        // Saturday noon: Friday's listing is the latest.
        assertThat(cal.latestAnnouncementDay(Instant.parse("2026-06-13T16:00:00Z"))).isEqualTo(FRI);
        // Sunday 21:00 EDT: Monday's listing is out, unless Monday is a holiday.
        assertThat(cal.latestAnnouncementDay(Instant.parse("2026-06-15T01:00:00Z"))).isEqualTo(MON);
        assertThat(HOLIDAY_MONDAY.latestAnnouncementDay(Instant.parse("2026-06-15T01:00:00Z"))).isEqualTo(FRI);
        // In winter (EST, UTC-5): Tuesday 15 Dec 2026 at 19:30 and at 21:00.
        assertThat(cal.latestAnnouncementDay(Instant.parse("2026-12-16T00:30:00Z"))).isEqualTo(LocalDate.of(2026, 12, 15));
        assertThat(cal.latestAnnouncementDay(Instant.parse("2026-12-16T02:00:00Z"))).isEqualTo(LocalDate.of(2026, 12, 16));
    }

    @Test
    void aSubmissionGoesIntoTheNextListingAfterTheTwoOClockDeadline() {
        AnnouncementCalendar cal = AnnouncementCalendar.weekdays();
        assertThat(cal.announcementDayFor(Instant.parse("2026-06-12T17:00:00Z"))).isEqualTo(MON); // Fri 13:00 EDT
        assertThat(cal.announcementDayFor(Instant.parse("2026-06-12T19:00:00Z"))).isEqualTo(TUE); // Fri 15:00 EDT
        assertThat(cal.announcementDayFor(Instant.parse("2026-06-13T12:00:00Z"))).isEqualTo(TUE); // Saturday
        // Thursday 24 Dec 10:00 EST would be in Friday's listing, but there is none on Christmas.
        AnnouncementCalendar christmas = new AnnouncementCalendar(Set.of(LocalDate.of(2026, 12, 25)));
        assertThat(christmas.announcementDayFor(Instant.parse("2026-12-24T15:00:00Z"))).isEqualTo(LocalDate.of(2026, 12, 28));
    }
}
