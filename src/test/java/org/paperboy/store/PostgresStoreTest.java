package org.paperboy.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.paperboy.paper.Paper;
import org.paperboy.issue.NewIssue;

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
        emptied();
        return reopen();
    }

    @Override
    String[] emptied() {
        try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA public CASCADE");
            s.execute("CREATE SCHEMA public");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reset the test database at " + URL + ": " + e.getMessage(), e);
        }
        return new String[] {URL, USER, PASSWORD};
    }

    /**
     * On a new database the issues table has no statistics until autovacuum comes round, a minute or more
     * later, and until then each chunk's history queries of a daily run read every issue of the kind:
     * the first batch stored sees to them.
     */
    @Test
    void theFirstIssuesStoredOnANewDatabaseGiveThePlannerStatistics() throws SQLException {
        Paper p = paper("2606.00001v1", MONDAY);
        db.papers().saveAll(List.of(p));
        assertThat(statistics()).as("a new table").isZero();
        List<NewIssue> issues = new ArrayList<>();
        for (String who : List.of("ada", "bob", "cy")) {
            issues.add(issue(db.subscribers().upsert(subscriber(who + "@example.org")), p, who + "@x"));
        }
        db.issues().saveAll(issues);
        assertThat(statistics()).as("statistics of the readers' column").isEqualTo(1);
    }

    private long statistics() throws SQLException {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM pg_stats WHERE schemaname = current_schema()"
                        + " AND tablename = 'issues' AND attname = 'subscriber_id'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Override
    Database reopen() {
        return Database.open(URL, USER, PASSWORD);
    }
}
