package org.paperboy.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperboy.testkit.TestPostgres;

/** The same on a real PostgreSQL server; skipped without PAPERBOY_TEST_POSTGRES_URL (.ci/run sets it). */
class PostgresManyReadersTest extends ManyReadersContract {

    private String url;

    @Override
    Database openEmpty() {
        url = TestPostgres.freshSchema("many_readers");
        return Database.open(url, TestPostgres.USER, TestPostgres.PASSWORD);
    }

    @Test
    void mailIsCompressedWithLz4WhereTheServerHasIt() throws SQLException {
        try (Connection c = TestPostgres.connect(url)) {
            boolean lz4;
            try (ResultSet rs = c.createStatement().executeQuery(
                    "SELECT 'lz4' = ANY (enumvals) FROM pg_settings WHERE name = 'default_toast_compression'")) {
                lz4 = rs.next() && rs.getBoolean(1);
            }
            List<String> methods = new ArrayList<>();
            try (ResultSet rs = c.createStatement().executeQuery("SELECT attcompression FROM pg_attribute"
                    + " WHERE attrelid = 'issues'::regclass AND attname IN ('html', 'body_text')")) {
                while (rs.next()) {
                    methods.add(rs.getString(1));
                }
            }
            assertThat(methods).hasSize(2).containsOnly(lz4 ? "l" : "");
        }
    }
}
