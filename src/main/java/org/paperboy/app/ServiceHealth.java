package org.paperboy.app;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.paperboy.config.Config;
import org.paperboy.deliver.DeliveryCounts;
import org.paperboy.render.Pages;
import org.paperboy.schedule.Schedules;
import org.paperboy.store.Database;
import org.paperboy.web.Health;

/** What /health and /admin report of a running service: its database, its scheduler and its SMTP server. */
public final class ServiceHealth implements Health {

    private final Database db;
    private final Config.Smtp smtp;
    private final Pages pages;
    private final Supplier<Schedules> schedules;
    private long checkedAt;
    private boolean smtpUp;

    /** @param schedules the running scheduler, or null before it has started */
    ServiceHealth(Database db, Config.Smtp smtp, Pages pages, Supplier<Schedules> schedules) {
        this.db = db;
        this.smtp = smtp;
        this.pages = pages;
        this.schedules = schedules;
    }

    /** Database, scheduler and SMTP server; the SMTP answer is kept for a minute, it costs a connection. */
    @Override
    public Map<String, Boolean> checks() {
        Map<String, Boolean> checks = new LinkedHashMap<>();
        checks.put("database", Health.safely(db::isUp));
        Schedules running = schedules.get();
        checks.put("scheduler", running != null && running.isRunning());
        synchronized (this) {
            if (checkedAt == 0 || System.nanoTime() - checkedAt > 60_000_000_000L) {
                smtpUp = reachable(smtp.host(), smtp.port());
                checkedAt = System.nanoTime();
            }
            checks.put("smtp", smtpUp);
        }
        return checks;
    }

    /** The operator's overview: subscribers by state, deliveries per issue and the next scheduled runs. */
    public String adminPage() {
        Map<String, Object> runs = new LinkedHashMap<>();
        Schedules running = schedules.get();
        if (running != null) {
            for (String task : List.of("ingest", "digest", "bounces")) {
                Date next = running.nextRun(task);
                if (next != null) {
                    runs.put(task, next.toInstant());
                }
            }
        }
        Map<String, String> issues = new LinkedHashMap<>();
        db.deliveriesByIssue().forEach((issue, counts) -> issues.put(issue, DeliveryCounts.describe(counts)));
        return pages.admin(db.subscriberCounts(), issues, runs);
    }

    private static boolean reachable(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 2000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
