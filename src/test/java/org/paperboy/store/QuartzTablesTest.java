package org.paperboy.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuartzTablesTest {

    @Test
    void migration20RunsTheCreateStatementsOfTheScriptItWasWrittenFor() {
        // Quartz 2.5.2's tables_postgres.sql. Another checksum means a Quartz upgrade changed the tables:
        // existing databases need a migration with the difference, and this number the new script's.
        assertThat(new QuartzTables().getChecksum()).isEqualTo(474795428);
        assertThat(QuartzTables.statements(QuartzTables.script()))
                .hasSize(11 + 20)
                .allSatisfy(sql -> assertThat(sql).startsWith("CREATE "))
                .anySatisfy(sql -> assertThat(sql).startsWith("CREATE TABLE QRTZ_SCHEDULER_STATE"));
    }
}
