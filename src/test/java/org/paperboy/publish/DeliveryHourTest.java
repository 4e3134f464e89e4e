package org.paperboy.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperboy.subscriber.Frequency;
import org.paperboy.subscriber.Profile;
import org.paperboy.subscriber.Status;
import org.paperboy.subscriber.Subscriber;

class DeliveryHourTest {

    static final LocalDate TUESDAY = LocalDate.of(2026, 6, 9);

    static Subscriber reader(String zone, int hour) {
        return new Subscriber(1, "a@example.org", "", Status.ACTIVE, new Profile(List.of(), List.of("A"), List.of(),
                List.of(), List.of(), 10, hour, ZoneId.of(zone), Frequency.DAILY));
    }

    @Test
    void aDigestWaitsForTheReadersHourOnTheDayItIsFor() {
        // Tuesday's listing appears Monday 20:00 New York time = Tuesday 00:00 UTC.
        Instant mondayEveningPacific = Instant.parse("2026-06-09T01:05:00Z");
        assertThat(ScheduledTasks.isDue(reader("America/Los_Angeles", 7), TUESDAY, mondayEveningPacific)).isFalse();
        assertThat(ScheduledTasks.isDue(reader("America/Los_Angeles", 7), TUESDAY, Instant.parse("2026-06-09T14:05:00Z"))).isTrue();
        assertThat(ScheduledTasks.isDue(reader("Europe/Berlin", 7), TUESDAY, Instant.parse("2026-06-09T04:05:00Z"))).isFalse();
        assertThat(ScheduledTasks.isDue(reader("Europe/Berlin", 7), TUESDAY, Instant.parse("2026-06-09T05:05:00Z"))).isTrue();
    }

    @Test
    void aReaderWhoseHourPassedBeforeTheListingAppearedGetsItAtOnce() {
        // 10:05 in Tokyo on Tuesday, the listing came out at 09:00 there; their hour was 7.
        assertThat(ScheduledTasks.isDue(reader("Asia/Tokyo", 7), TUESDAY, Instant.parse("2026-06-09T01:05:00Z"))).isTrue();
    }
}
