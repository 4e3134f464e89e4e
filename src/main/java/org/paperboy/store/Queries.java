package org.paperboy.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The named statements of queries.sql: all SQL Paperboy runs lives in that one file. */
final class Queries {

    private static final Map<String, String> BY_NAME = load();

    private Queries() {
    }

    static String get(String name) {
        String sql = BY_NAME.get(name);
        if (sql == null) {
            throw new IllegalStateException("no query named '" + name + "' in queries.sql");
        }
        return sql;
    }

    /** A statement that may be missing, such as one dialect's variant of a shared one. */
    static Optional<String> variant(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    private static Map<String, String> load() {
        String text;
        try (InputStream in = Queries.class.getResourceAsStream("queries.sql")) {
            if (in == null) {
                throw new IllegalStateException("queries.sql is missing from the classpath: rebuild Paperboy");
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> queries = new HashMap<>();
        String name = null;
        StringBuilder sql = new StringBuilder();
        for (String line : text.split("\n")) {
            if (line.startsWith("-- name:")) {
                if (name != null) {
                    queries.put(name, sql.toString().strip());
                }
                name = line.substring("-- name:".length()).strip();
                sql.setLength(0);
            } else if (name != null && !line.startsWith("--")) {
                sql.append(line).append('\n');
            }
        }
        if (name != null) {
            queries.put(name, sql.toString().strip());
        }
        return Map.copyOf(queries);
    }
}
