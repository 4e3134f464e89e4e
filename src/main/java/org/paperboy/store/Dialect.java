package org.paperboy.store;

/**
 * The databases Paperboy runs on, chosen by the JDBC URL. A statement that must differ between them has a
 * variant in queries.sql named after the dialect ({@code deliveries-claim.postgresql}); every other
 * statement is shared.
 */
enum Dialect {
    SQLITE("sqlite"),
    POSTGRESQL("postgresql");

    private final String key;

    Dialect(String key) {
        this.key = key;
    }

    static Dialect of(String url) {
        if (url.startsWith("jdbc:sqlite:")) {
            return SQLITE;
        } else if (url.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        throw new IllegalArgumentException("store.url must start with jdbc:sqlite: or jdbc:postgresql:, not " + url);
    }

    /** The folder of the migrations that exist for this database only. */
    String key() {
        return key;
    }

    /** The statement named {@code name}: this dialect's variant when queries.sql has one, else the shared one. */
    String query(String name) {
        return Queries.variant(name + "." + key).orElseGet(() -> Queries.get(name));
    }
}
