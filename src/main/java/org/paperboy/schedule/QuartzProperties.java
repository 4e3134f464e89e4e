package org.paperboy.schedule;

import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.quartz.utils.DBConnectionManager;

/** Quartz's settings for the two ways Paperboy schedules: in memory, or clustered in PostgreSQL. */
final class QuartzProperties {

    /** Connection providers are registered by name for the whole JVM; each scheduler gets its own. */
    private static final AtomicInteger DATA_SOURCES = new AtomicInteger();

    private QuartzProperties() {
    }

    static Properties inMemory() {
        Properties props = common();
        // Quartz makes AUTO ids only for a cluster (one node is "NON_CLUSTERED"): one node names itself alike.
        props.setProperty("org.quartz.scheduler.instanceId", new NodeIds().generateInstanceId());
        props.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
        return props;
    }

    static Properties clustered(Schedules.Cluster cluster) {
        String dataSource = "paperboy-" + DATA_SOURCES.incrementAndGet();
        DBConnectionManager.getInstance().addConnectionProvider(dataSource, new PoolConnections(cluster.dataSource()));
        Properties props = common();
        props.setProperty("org.quartz.scheduler.instanceId", "AUTO");
        props.setProperty("org.quartz.scheduler.instanceIdGenerator.class", NodeIds.class.getName());
        props.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
        props.setProperty("org.quartz.jobStore.driverDelegateClass", "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate");
        props.setProperty("org.quartz.jobStore.dataSource", dataSource);
        props.setProperty("org.quartz.jobStore.tablePrefix", "QRTZ_");
        props.setProperty("org.quartz.jobStore.isClustered", "true");
        props.setProperty("org.quartz.jobStore.clusterCheckinInterval", String.valueOf(cluster.checkin().toMillis()));
        // Job data is stored as text properties, not serialized Java objects (the tasks stay in memory).
        props.setProperty("org.quartz.jobStore.useProperties", "true");
        // A firing later than this (every node was down, or the task's previous run went on) counts as
        // missed: it runs once when a node can, as the triggers' misfire instruction says.
        props.setProperty("org.quartz.jobStore.misfireThreshold", "60000");
        return props;
    }

    private static Properties common() {
        Properties props = new Properties();
        // Every node of a cluster has the same scheduler name and its own instance id.
        props.setProperty("org.quartz.scheduler.instanceName", "paperboy");
        props.setProperty("org.quartz.threadPool.threadCount", "2");
        props.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
        return props;
    }
}
