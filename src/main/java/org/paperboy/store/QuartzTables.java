package org.paperboy.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.zip.CRC32;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Migration 20 on PostgreSQL: the tables of Quartz's JDBC job store (the clustered scheduler), made by
 * running the DDL script that ships inside the Quartz jar, so the schema is exactly the one that Quartz
 * version expects. The script's DROP TABLE lines and its closing COMMIT are left out: a migration
 * creates, and Flyway commits.
 *
 * <p>The checksum is the script's, so a Quartz upgrade that changes the script is refused by Flyway's
 * validation on existing databases instead of leaving them on the old tables unnoticed; such an
 * upgrade needs a migration with the difference (QuartzTablesTest names the script it was written for).
 */
final class QuartzTables implements JavaMigration {

    static final String SCRIPT = "/org/quartz/impl/jdbcjobstore/tables_postgres.sql";

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("20");
    }

    @Override
    public String getDescription() {
        return "quartz tables";
    }

    @Override
    public Integer getChecksum() {
        CRC32 crc = new CRC32();
        crc.update(script().getBytes(StandardCharsets.UTF_8));
        return (int) crc.getValue();
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement statement = context.getConnection().createStatement()) {
            for (String sql : statements(script())) {
                statement.execute(sql);
            }
        }
    }

    /** The script's CREATE statements, in order. */
    static List<String> statements(String script) {
        String withoutComments = Arrays.stream(script.split("\n"))
                .filter(line -> !line.strip().startsWith("--"))
                .collect(Collectors.joining("\n"));
        return Arrays.stream(withoutComments.split(";"))
                .map(String::strip)
                .filter(sql -> !sql.isEmpty())
                .filter(sql -> {
                    String upper = sql.toUpperCase(Locale.ROOT);
                    return !upper.startsWith("DROP TABLE") && !upper.equals("COMMIT");
                })
                .toList();
    }

    static String script() {
        try (InputStream in = QuartzTables.class.getResourceAsStream(SCRIPT)) {
            if (in == null) {
                throw new IllegalStateException("Quartz's " + SCRIPT + " is not on the classpath: rebuild Paperboy");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read Quartz's " + SCRIPT + ": " + e.getMessage(), e);
        }
    }
}
