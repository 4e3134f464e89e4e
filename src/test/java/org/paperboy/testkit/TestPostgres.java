package org.paperboy.testkit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.paperboy.issue.NewIssue;
import org.paperboy.store.Database;
import org.paperboy.subscriber.Frequency;
import org.paperboy.subscriber.Profile;
import org.paperboy.subscriber.Status;
import org.paperboy.subscriber.Subscriber;

/**
 * The PostgreSQL server the tests run against: .ci/run starts one and sets PAPERBOY_TEST_POSTGRES_URL
 * (plus _USER and _PASSWORD). Without it a test that asks for it is skipped with that reason. Each test
 * class works in a schema of its own, emptied first, so runs repeat and classes do not meet.
 */
public final class TestPostgres {

    public static final String URL = System.getenv("PAPERBOY_TEST_POSTGRES_URL");
    public static final String USER = System.getenv().getOrDefault("PAPERBOY_TEST_POSTGRES_USER", "paperboy");
    public static final String PASSWORD = System.getenv().getOrDefault("PAPERBOY_TEST_POSTGRES_PASSWORD", "");

    private TestPostgres() {
    }

    /** Skips the calling test when no server is configured. */
    public static void assumeAvailable() {
        Assumptions.assumeTrue(URL != null && !URL.isBlank(),
                "PAPERBOY_TEST_POSTGRES_URL is not set: run .ci/run, which starts PostgreSQL, to run the PostgreSQL tests");
    }

    /** An empty schema named {@code schema}; returns a JDBC URL whose connections work in it. */
    public static String freshSchema(String schema) {
        assumeAvailable();
        try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reset the schema " + schema + " at " + URL + ": " + e.getMessage(), e);
        }
        return URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /** A plain connection to {@code url}, for what a test does beside the store. */
    public static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, USER, PASSWORD);
    }

    /** One queued issue (and delivery row) for each of {@code n} new readers, reader0@... upwards. */
    public static void queueIssue(Database db, int n, String domain) {
        Profile profile = new Profile(List.of(), List.of("Nobody"), List.of(), List.of(), List.of(), 10, 7, null, Frequency.DAILY);
        LocalDate day = LocalDate.of(2026, 6, 9);
        for (int i = 0; i < n; i++) {
            Subscriber s = db.subscribers().upsert(new Subscriber(0, "reader" + i + "@" + domain, "", Status.ACTIVE, profile));
            db.issues().save(new NewIssue(NewIssue.DAILY, s.id(), s.email(), day, day, "Paperboy daily · " + i,
                    "<html><body><p>Papers for reader " + i + "</p></body></html>", "Papers for reader " + i, List.of(),
                    "cluster." + i + "@" + domain, "https://" + domain + "/unsubscribe/" + i));
        }
    }
}
