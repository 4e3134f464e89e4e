package org.paperboy.app;

import java.time.Duration;
import java.util.List;
import org.paperboy.config.Config;
import org.paperboy.schedule.Schedules;
import org.paperboy.store.Database;

/** Where the service's schedule lives: in memory for one node, or in the PostgreSQL store, shared by the nodes. */
final class Scheduling {

    private Scheduling() {
    }

    /** Schedules {@code tasks} as schedule.clustered says and starts running them. */
    static Schedules start(Config.Schedule settings, Database db, List<Schedules.Task> tasks) {
        if (!clustered(settings, db.isPostgreSQL())) {
            return Schedules.inMemory(tasks, db.jobRuns()).start();
        }
        if (settings.clusterCheckinSeconds() < 1) {
            throw new IllegalArgumentException("schedule.cluster_checkin_seconds must be 1 or more, not "
                    + settings.clusterCheckinSeconds());
        }
        Schedules schedules = Schedules.clustered(tasks,
                new Schedules.Cluster(db.dataSource(), Duration.ofSeconds(settings.clusterCheckinSeconds())), db.jobRuns());
        // Before any run: the rows this node claims carry its name, for the node that may take over from it.
        db.claimAs(schedules.node());
        return schedules.start();
    }

    /** True when the schedule is shared by the nodes on the database; refuses a cluster SQLite cannot hold. */
    static boolean clustered(Config.Schedule settings, boolean postgreSQL) {
        return switch (settings.clustered()) {
            case AUTO -> postgreSQL;
            case FALSE -> false;
            case TRUE -> {
                if (!postgreSQL) {
                    throw new IllegalArgumentException("schedule.clustered is true, but store.url is a SQLite file, which"
                            + " nodes on other machines cannot share: set store.url to a PostgreSQL database"
                            + " (jdbc:postgresql://host/db) that every node uses, or set schedule.clustered to auto to run"
                            + " one node on SQLite");
                }
                yield true;
            }
        };
    }
}
