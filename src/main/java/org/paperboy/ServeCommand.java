package org.paperboy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.paperboy.schedule.Schedules;
import org.paperboy.subscriber.Subscriber;
import org.paperboy.subscriber.Tokens;
import org.paperboy.web.Health;
import org.paperboy.web.WebServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Runs the service: fetches each arXiv listing after it is announced, sends every reader's",
            "digest at their delivery hour in their time zone, the weekly breakthroughs on weekly.send_day, and",
            "answers unsubscribe and preferences links.",
            "Needs PAPERBOY_SECRET, ingest.operator_email, web.base_url and a real SMTP server (mail.smtp.*)."})
final class ServeCommand implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

    @ParentCommand
    Paperboy root;

    @Override
    public void run() {
        Tokens tokens = App.tokensFromEnvironment(System.getenv());
        java.util.concurrent.atomic.AtomicReference<Schedules> running = new java.util.concurrent.atomic.AtomicReference<>();
        try (App app = new App(root.config())) {
            // One sign-up service for the web and the inbound mailbox, so their rate limits are shared.
            WebSignUps signUps = new WebSignUps(app, tokens, app.config.web()::base);
            try (WebServer web = WebServer.start(app.config.web().host(), app.config.web().port(), tokens,
                         new StoreDirectory(app.db, app.config.mail().fromAddress()), new PageAdapter(app.pages()),
                         new WebArchive(app.db.archive(), app.pages(), app.config.web()::base),
                         signUps, health(app, running),
                         app.config.web().adminPassword(), () -> adminPage(app, running));
                 Schedules schedules = Scheduling.start(app, tasks(app, tokens, signUps))) {
                running.set(schedules);
                System.out.println("Paperboy is serving on http://" + app.config.web().host() + ":" + web.port()
                        + " (links in mails use " + app.config.web().base() + ")");
                System.out.println("Scheduler node " + schedules.node() + (schedules.isClustered()
                        ? ": clustered, sharing the runs with the other nodes on this database" : ": in memory, one node"));
                System.out.println("Next ingest: " + schedules.nextRun("ingest") + "; next digest check: " + schedules.nextRun("digest"));
                System.out.println("Stop with Ctrl-C.");
                CountDownLatch stop = new CountDownLatch(1);
                Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
                stop.await();
                // Finish the mail in flight, put the rest back: a stop never leaves a row half-sent.
                app.stopSending();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Database, scheduler and SMTP server; the SMTP answer is kept for a minute, it costs a connection. */
    static Health health(App app, java.util.concurrent.atomic.AtomicReference<Schedules> running) {
        long[] checkedAt = {0};
        boolean[] smtpUp = {false};
        return () -> {
            Map<String, Boolean> checks = new LinkedHashMap<>();
            checks.put("database", Health.safely(app.db::isUp));
            checks.put("scheduler", running.get() != null && running.get().isRunning());
            synchronized (checkedAt) {
                if (System.nanoTime() - checkedAt[0] > 60_000_000_000L || checkedAt[0] == 0) {
                    smtpUp[0] = reachable(app.config.mail().smtp().host(), app.config.mail().smtp().port());
                    checkedAt[0] = System.nanoTime();
                }
                checks.put("smtp", smtpUp[0]);
            }
            return checks;
        };
    }

    static String adminPage(App app, java.util.concurrent.atomic.AtomicReference<Schedules> running) {
        Map<String, Object> runs = new LinkedHashMap<>();
        if (running.get() != null) {
            for (String task : List.of("ingest", "digest", "bounces")) {
                java.util.Date next = running.get().nextRun(task);
                if (next != null) {
                    runs.put(task, next.toInstant());
                }
            }
        }
        return app.pages().admin(app.db.subscriberCounts(), app.db.deliveriesByIssue(), runs);
    }

    private static boolean reachable(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 2000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static List<Schedules.Task> tasks(App app, Tokens tokens, WebSignUps signUps) {
        List<Schedules.Task> tasks = new java.util.ArrayList<>(List.of(
                new Schedules.Task("ingest", app.config.schedule().ingestCron(),
                        ZoneId.of(app.config.schedule().ingestZone()), () -> ingest(app)),
                new Schedules.Task("digest", app.config.schedule().digestCron(), ZoneId.of("UTC"), () -> digest(app, tokens))));
        if (app.config.inbound().configured()) {
            tasks.add(new Schedules.Task("bounces", app.config.inbound().pollCron(), ZoneId.of("UTC"),
                    () -> LOG.info("inbound mailbox: {}", app.readInbound(signUps.mailCommands(), LOG::info))));
        }
        return tasks;
    }

    private static void ingest(App app) {
        new Ingestion(app, LOG::info).latest(Instant.now());
    }

    /** Each reader's digest goes out at the first check after their delivery hour, in their time zone. */
    static void digest(App app, Tokens tokens) {
        Instant now = Instant.now();
        LocalDate day = app.calendar.latestAnnouncementDay(now);
        if (app.db.papers().announcedOn(day).isEmpty()) {
            LOG.info("the {} listing is not ingested yet; digests wait for it", day);
        } else {
            DailyDigests.Report report = app.digests(tokens).make(day, s -> isDue(s, day, now), null, LOG::info);
            LOG.info("{}: {} digests made, {} already made", day, report.made(), report.alreadyMade());
        }
        String week = WeeklyIssues.lastCompleteWeek(now);
        if (!app.db.papers().announcedBetween(WeeklyIssues.monday(week), WeeklyIssues.monday(week).plusDays(6)).isEmpty()) {
            WeeklyIssues.Report weekly = app.weekly(tokens).make(week,
                    s -> WeeklyIssues.isDue(s, week, app.weeklySendDay(), app.config.weekly().sendHour(), now), null, LOG::info);
            if (weekly.made() > 0) {
                LOG.info("{}: {} weekly issues made", week, weekly.made());
            }
        }
        LOG.info(Summaries.outbox(app.send(10_000, null, LOG::info)));
    }

    static boolean isDue(Subscriber reader, LocalDate day, Instant now) {
        ZonedDateTime local = now.atZone(reader.profile().zone());
        return local.toLocalDate().isAfter(day)
                || (local.toLocalDate().equals(day) && local.getHour() >= reader.profile().deliveryHour());
    }
}
