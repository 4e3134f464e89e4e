package org.paperboy.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SchedulesTest {

    @Test
    void aTaskRunsOnItsScheduleAndAFailureDoesNotStopTheNextRun() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch twice = new CountDownLatch(2);
        Runnable flaky = () -> {
            twice.countDown();
            if (runs.incrementAndGet() == 1) {
                throw new IllegalStateException("arXiv is down");
            }
        };
        try (Schedules schedules = Schedules.start(List.of(new Schedules.Task("tick", "* * * * * ?", ZoneId.of("UTC"), flaky)))) {
            assertThat(twice.await(5, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(runs.get()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void theNextRunFollowsTheCronInItsTimeZone() {
        try (Schedules schedules = Schedules.start(List.of(
                new Schedules.Task("ingest", "0 15 20 ? * SUN-THU", ZoneId.of("America/New_York"), () -> { })))) {
            var next = schedules.nextRun("ingest").toInstant().atZone(ZoneId.of("America/New_York"));
            assertThat(next.getHour()).isEqualTo(20);
            assertThat(next.getMinute()).isEqualTo(15);
            assertThat(next.getDayOfWeek().getValue()).isNotIn(5, 6);
        }
    }

    @Test
    void aBadCronSaysWhatACronLooksLike() {
        assertThatThrownBy(() -> new Schedules.Task("ingest", "every evening", ZoneId.of("UTC"), () -> { }))
                .hasMessageContaining("every evening").hasMessageContaining("0 15 20 ? * SUN-THU");
    }
}
