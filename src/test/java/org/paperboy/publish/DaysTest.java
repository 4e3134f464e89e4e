package org.paperboy.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DaysTest {

    @Test
    void daysReadAsAPersonWouldSayThem() {
        LocalDate june10 = LocalDate.of(2026, 6, 10);
        assertThat(Days.of(List.of(june10))).isEqualTo("10 June 2026");
        assertThat(Days.of(List.of(june10, june10.plusDays(1)))).isEqualTo("10 and 11 June 2026");
        assertThat(Days.of(List.of(LocalDate.of(2026, 6, 29), LocalDate.of(2026, 6, 30), LocalDate.of(2026, 7, 1))))
                .isEqualTo("29, 30 June and 1 July 2026");
        assertThat(Days.of(List.of(LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 4))))
                .isEqualTo("31 December 2026 and 4 January 2027");
    }
}
