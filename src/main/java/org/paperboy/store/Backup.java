package org.paperboy.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/**
 * An online copy of a SQLite store: {@code VACUUM INTO} reads the database in one read transaction, so
 * the copy is consistent (what was committed when it began) while the service goes on writing, and it
 * comes out compacted. The copy is then opened and checked before it is reported.
 */
final class Backup {

    /** What was copied: the copy's size, its rows per table, and SQLite's own integrity check. */
    record Result(Path file, long bytes, Map<String, Integer> rows, String integrity) {
    }

    private Backup() {
    }

    static Result sqlite(Jdbi jdbi, Path target) {
        Path file = target.toAbsolutePath();
        if (Files.exists(file)) {
            throw new IllegalArgumentException(file + " exists already: back up to a new file (a backup never overwrites one)");
        }
        if (file.getParent() != null && !Files.isDirectory(file.getParent())) {
            throw new IllegalArgumentException("the folder " + file.getParent() + " does not exist: create it first");
        }
        // VACUUM INTO takes its file name as a literal, not a parameter.
        jdbi.useHandle(h -> h.execute("VACUUM INTO '" + file.toString().replace("'", "''") + "'"));
        Jdbi copy = Jdbi.create("jdbc:sqlite:" + file);
        return copy.withHandle(h -> {
            String integrity = h.createQuery("PRAGMA integrity_check").mapTo(String.class).one();
            Map<String, Integer> rows = new java.util.LinkedHashMap<>();
            for (String table : new String[] {"subscribers", "papers", "issues", "deliveries"}) {
                rows.put(table, h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Integer.class).one());
            }
            return new Result(file, fileSize(file), rows, integrity);
        });
    }

    private static long fileSize(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            return -1;
        }
    }
}
