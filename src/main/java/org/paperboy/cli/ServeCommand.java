package org.paperboy.cli;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.paperboy.app.App;
import org.paperboy.app.GracefulStop;
import org.paperboy.app.Preflight;
import org.paperboy.app.ServiceHealth;
import org.paperboy.app.WebSignUps;
import org.paperboy.config.Config;
import org.paperboy.publish.ScheduledTasks;
import org.paperboy.schedule.Schedules;
import org.paperboy.subscriber.Tokens;
import org.paperboy.web.WebServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Runs the service: fetches each arXiv listing and mails every reader's digest at their hour.",
            "Each listing is fetched after arXiv announces it; each digest goes out at the reader's delivery hour in their"
                + " time zone, the weekly breakthroughs on weekly.send_day, and the web server answers the links in the mails.",
            "Needs PAPERBOY_SECRET, ingest.operator_email, web.base_url and a real SMTP server (mail.smtp.*): it runs"
                + " `paperboy check` first, refuses to start on an error and prints the warnings."})
final class ServeCommand implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

    @ParentCommand
    Paperboy root;

    @Override
    public void run() {
        Config config = root.config();
        List<Preflight.Finding> found = Preflight.check(config, System.getenv());
        found.forEach(f -> System.err.println("paperboy: " + f));
        if (found.stream().anyMatch(Preflight.Finding::error)) {
            throw new IllegalStateException("not starting: fix the error(s) above (`paperboy check` lists them again)");
        }
        Tokens tokens = App.tokensFromEnvironment(System.getenv());
        AtomicReference<Schedules> running = new AtomicReference<>();
        // Closed last: on SIGTERM the hook waits (mail.shutdown_wait_seconds at most) until the scheduler has
        // let its running task end, the outbox has marked the mail on the wire, and the database is closed.
        try (GracefulStop stop = GracefulStop.install(); App app = new App(config)) {
            stop.onSignal(app::stopSending, app.shutdownWait());
            Config.Web settings = app.config().web();
            ServiceHealth health = app.health(running::get);
            // One sign-up service for the web and the inbound mailbox, so their rate limits are shared.
            WebSignUps signUps = app.signUps(tokens, settings::base);
            try (WebServer web = app.web(settings.host(), settings.port(), tokens, settings::base, signUps, health,
                         settings.adminPassword(), health::adminPage);
                 Schedules schedules = app.schedule(tasks(app, tokens, signUps))) {
                running.set(schedules);
                System.out.println("Paperboy is serving on http://" + settings.host() + ":" + web.port()
                        + " (links in mails use " + settings.base() + ")");
                System.out.println("Scheduler node " + schedules.node() + (schedules.isClustered()
                        ? ": clustered, sharing the runs with the other nodes on this database" : ": in memory, one node"));
                System.out.println("Next ingest: " + schedules.nextRun("ingest") + "; next digest check: " + schedules.nextRun("digest"));
                System.out.println("Stop with Ctrl-C.");
                stop.await();
                LOG.info("stopping: finishing the mail being sent, then closing");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static List<Schedules.Task> tasks(App app, Tokens tokens, WebSignUps signUps) {
        Config.Schedule schedule = app.config().schedule();
        ScheduledTasks tasks = app.tasks(tokens, LOG::info);
        List<Schedules.Task> list = new ArrayList<>(List.of(
                new Schedules.Task("ingest", schedule.ingestCron(), schedule.ingestZone(), () -> tasks.ingest(Instant.now())),
                new Schedules.Task("digest", schedule.digestCron(), ZoneId.of("UTC"), () -> tasks.digest(Instant.now())),
                new Schedules.Task("clean-up", schedule.cleanupCron(), ZoneId.of("UTC"), () -> LOG.info(app.cleanUp().run(Instant.now()).summary()))));
        if (app.config().inbound().configured()) {
            list.add(new Schedules.Task("bounces", app.config().inbound().pollCron(), ZoneId.of("UTC"),
                    () -> LOG.info("inbound mailbox: {}", app.readInbound(signUps.mailCommands(), LOG::info))));
        }
        return list;
    }
}
