package org.paperboy.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Jdbi;

/**
 * A database made empty for one measurement and removed after it: a SQLite file, or a PostgreSQL schema
 * of its own (named by the URL's currentSchema), so that a benchmark never touches the data of a
 * service that shares the server.
 */
public final class ThrowawayDatabase {

    private static final Pattern SCHEMA = Pattern.compile("[?&]currentSchema=([a-z_][a-z0-9_]*)(?:&|$)");

    private ThrowawayDatabase() {
    }

    /** Removes what an earlier run left at {@code url}, then opens it empty with the current schema. */
    public static Database open(String url, String user, String password) {
        discard(url, user, password);
        if (Dialect.of(url) == Dialect.POSTGRESQL) {
            String schema = schema(url);
            Jdbi.create(url, user, password).useHandle(h -> h.execute("CREATE SCHEMA " + schema));
        }
        return Database.open(url, user, password);
    }

    /** Deletes the SQLite file (with its -wal and -shm), or drops the PostgreSQL schema and all in it. */
    public static void discard(String url, String user, String password) {
        if (Dialect.of(url) == Dialect.POSTGRESQL) {
            String schema = schema(url);
            Jdbi.create(url, user, password).useHandle(h -> h.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE"));
            return;
        }
        String file = url.substring("jdbc:sqlite:".length()).replaceAll("\\?.*$", "");
        try {
            for (String suffix : new String[] {"", "-wal", "-shm"}) {
                Files.deleteIfExists(Path.of(file + suffix));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the throwaway database " + file, e);
        }
    }

    /** The schema a throwaway PostgreSQL URL works in; never the public one, which holds someone's data. */
    private static String schema(String url) {
        Matcher m = SCHEMA.matcher(url);
        if (!m.find() || m.group(1).equals("public")) {
            throw new IllegalArgumentException("a throwaway PostgreSQL database needs a schema of its own: add"
                    + " ?currentSchema=a_name (lower case, not public) to " + url);
        }
        return m.group(1);
    }
}
