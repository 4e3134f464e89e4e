package org.paperboy.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Assumptions;

/**
 * The store contract on a real PostgreSQL server: .ci/run starts one and sets PAPERBOY_TEST_POSTGRES_URL
 * (plus _USER and _PASSWORD). Without it the class is skipped with that reason; with it, a failure fails.
 */
class PostgresStoreTest extends StoreContract {

    static final String URL = System.getenv("PAPERBOY_TEST_POSTGRES_URL");
    static final String USER = System.getenv().getOrDefault("PAPERBOY_TEST_POSTGRES_USER", "paperboy");
    static final String PASSWORD = System.getenv().getOrDefault("PAPERBOY_TEST_POSTGRES_PASSWORD", "");

    @Override
    Database openEmpty() {
        Assumptions.assumeTrue(URL != null && !URL.isBlank(),
                "PAPERBOY_TEST_POSTGRES_URL is not set: run .ci/run, which starts PostgreSQL, to test the PostgreSQL store");
        try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA public CASCADE");
            s.execute("CREATE SCHEMA public");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reset the test database at " + URL + ": " + e.getMessage(), e);
        }
        return reopen();
    }

    @Override
    Database reopen() {
        return Database.open(URL, USER, PASSWORD);
    }
}
