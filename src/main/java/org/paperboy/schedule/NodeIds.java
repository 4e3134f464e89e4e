package org.paperboy.schedule;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.quartz.spi.InstanceIdGenerator;

/**
 * Quartz's AUTO instance id for this process: host, process id and start time, unique among the nodes
 * and telling an operator which process on which machine a node in the logs or in job_runs is. Public
 * because Quartz makes it from its class name.
 */
public final class NodeIds implements InstanceIdGenerator {

    // Quartz appends a 13-digit counter to the id for each firing and keeps that in 95 characters.
    private static final int MAX_HOST = 40;

    @Override
    public String generateInstanceId() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "localhost";
        }
        host = host.length() > MAX_HOST ? host.substring(0, MAX_HOST) : host;
        return host + "-" + ProcessHandle.current().pid() + "-" + Long.toString(System.currentTimeMillis(), 36);
    }
}
