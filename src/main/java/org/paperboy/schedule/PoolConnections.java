package org.paperboy.schedule;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.quartz.utils.ConnectionProvider;

/** Quartz's job store takes its connections from the service's own pool, which the service closes. */
final class PoolConnections implements ConnectionProvider {

    private final DataSource pool;

    PoolConnections(DataSource pool) {
        this.pool = pool;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return pool.getConnection();
    }

    @Override
    public void shutdown() {
        // The pool belongs to the store and outlives the scheduler.
    }

    @Override
    public void initialize() {
    }
}
