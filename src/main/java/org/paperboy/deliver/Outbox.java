package org.paperboy.deliver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.paperboy.deliver.SendResult.Failed;
import org.paperboy.deliver.SendResult.Sent;
import org.paperboy.deliver.SendResult.Unavailable;

/**
 * Works through the due delivery rows. Rows are claimed atomically (marked sending) before the SMTP
 * conversation and marked sent the moment the server accepts them, so a crash leaves at most the
 * in-flight row uncertain, and the next run re-sends it with the same Message-ID. A refused address
 * fails only its own row; a temporary refusal is retried later with back-off; an unreachable server,
 * or {@link #stop()}, ends the run and puts the claimed rows back.
 */
public final class Outbox {

    private static final int BATCH = 50;

    /** Waits; replaced in tests. */
    interface Sleeper {
        void sleep(Duration d) throws InterruptedException;
    }

    private final DeliveryStore store;
    private final Mailer mailer;
    private final MailingList list;
    private final Path copies;
    private final Clock clock;
    private final OutboxPolicy policy;
    private final Sleeper sleeper;
    private final Pace pace;
    private final AtomicBoolean stopping = new AtomicBoolean();
    private boolean checkUncertain = true;
    private int shares = 1;

    public Outbox(DeliveryStore store, Mailer mailer, MailingList list) {
        this(store, mailer, list, null, Clock.systemUTC(), OutboxPolicy.DEFAULT, d -> Thread.sleep(d.toMillis()));
    }

    Outbox(DeliveryStore store, Mailer mailer, MailingList list, Path copies, Clock clock, OutboxPolicy policy, Sleeper sleeper) {
        this.store = Objects.requireNonNull(store, "store");
        this.mailer = Objects.requireNonNull(mailer, "mailer");
        this.list = Objects.requireNonNull(list, "list");
        this.copies = copies;
        this.clock = clock;
        this.policy = policy;
        this.sleeper = sleeper;
        this.pace = new Pace(policy.maxPerSecond(), sleeper);
    }

    /** The same outbox, also writing every sent mail to {@code dir} as .eml, .html and .txt. */
    public Outbox keepingCopiesIn(Path dir) {
        return like(new Outbox(store, mailer, list, Objects.requireNonNull(dir, "dir"), clock, policy, sleeper));
    }

    public Outbox withPolicy(OutboxPolicy newPolicy) {
        return like(new Outbox(store, mailer, list, copies, clock, Objects.requireNonNull(newPolicy, "policy"), sleeper));
    }

    private Outbox like(Outbox copy) {
        copy.checkUncertain = checkUncertain;
        copy.shares = shares;
        return copy;
    }

    /**
     * Makes this one of {@code n} outboxes sending in parallel: each takes an n-th of what is left of the
     * hourly cap when it starts, so together they never exceed it.
     */
    public Outbox oneOf(int n) {
        shares = Math.max(1, n);
        return this;
    }

    /**
     * Leaves crash-left rows to another outbox: when several send in parallel, only one of them may
     * re-send those, or each would.
     */
    public Outbox skippingUncertain() {
        checkUncertain = false;
        return this;
    }

    /** Asks a running {@link #run} to finish the mail in flight and put the rest back (graceful shutdown). */
    public void stop() {
        stopping.set(true);
    }

    /**
     * Sends up to {@code limit} due mails.
     *
     * @param maxAttempts rows that failed this often are no longer due
     * @param progress    receives one line per mail
     */
    public OutboxReport run(int maxAttempts, int limit, Consumer<String> progress) {
        Tally t = new Tally();
        List<QueuedMail> uncertain = checkUncertain ? store.uncertain(clock.instant().minus(policy.uncertainAfter())) : List.of();
        t.uncertain = uncertain.size();
        if (!uncertain.isEmpty()) {
            progress.accept(uncertain.size() + " mail(s) were being sent when the last run stopped"
                    + (policy.resendUncertain() ? "; sending them again with the same Message-ID" : "; left for an operator"));
        }
        if (policy.resendUncertain() && !send(uncertain, maxAttempts, t, progress)) {
            return t.report();
        }
        int cap = policy.maxPerRun() > 0 ? Math.min(limit, policy.maxPerRun()) : limit;
        // Mails re-sent above are already in the store's count for the hour, so the budget starts after them.
        int hourly = hourlyBudget();
        boolean hourBound = hourly < cap - t.tried;
        if (hourBound) {
            cap = t.tried + hourly;
            if (hourly == 0) {
                return hourFull(t, progress);
            }
        }
        while (t.tried < cap && t.stoppedBy == null) {
            if (stopping.get()) {
                t.stoppedBy = "the service is stopping";
                break;
            }
            List<QueuedMail> batch = store.claim(maxAttempts, Math.min(BATCH, cap - t.tried), clock.instant());
            if (batch.isEmpty()) {
                break;
            }
            send(batch, maxAttempts, t, progress);
        }
        if (t.stoppedBy == null && t.tried >= cap && hourBound) {
            return hourFull(t, progress);
        } else if (t.stoppedBy == null && t.tried >= cap && policy.maxPerRun() > 0 && cap == policy.maxPerRun()) {
            progress.accept("reached mail.max_per_run (" + cap + "); the rest goes in the next run");
        }
        return t.report();
    }

    /** Sends one row at once if it is due and still wanted (a confirmation mail just queued). */
    public OutboxReport sendNow(long deliveryId, int maxAttempts, Consumer<String> progress) {
        Tally t = new Tally();
        if (!stopping.get()) {
            send(store.claimOne(deliveryId, clock.instant()), maxAttempts, t, progress);
        }
        return t.report();
    }

    private OutboxReport hourFull(Tally t, Consumer<String> progress) {
        t.stoppedBy = "reached mail.max_per_hour (" + policy.maxPerHour() + " in the last hour)";
        progress.accept(t.stoppedBy + "; the rest goes when the hour allows");
        return t.report();
    }

    /** This outbox's share of what the rolling hour still allows; MAX_VALUE when there is no hourly cap. */
    private int hourlyBudget() {
        if (policy.maxPerHour() <= 0) {
            return Integer.MAX_VALUE;
        }
        int spent = store.sentSince(clock.instant().minus(Duration.ofHours(1)));
        return Math.max(0, policy.maxPerHour() - spent) / shares;
    }

    /** Sends claimed rows; false when the run must stop (the rest of the rows are put back). */
    private boolean send(List<QueuedMail> rows, int maxAttempts, Tally t, Consumer<String> progress) {
        for (int i = 0; i < rows.size(); i++) {
            QueuedMail row = rows.get(i);
            if (stopping.get() || t.stoppedBy != null) {
                t.stoppedBy = t.stoppedBy != null ? t.stoppedBy : "the service is stopping";
                rows.subList(i, rows.size()).forEach(r -> store.release(r.deliveryId()));
                return false;
            }
            if (!store.wanted(row.deliveryId())) {
                // the reader left after the row was queued or claimed (or before a crash-left row is re-sent)
                store.unwanted(row.deliveryId());
                progress.accept("not sent: " + row.to() + " is no longer subscribed");
                continue;
            }
            pace();
            t.tried++;
            OutgoingMail mail = OutgoingMail.of(list, row);
            SendResult result = mailer.send(mail);
            if (result instanceof Sent) {
                store.markSent(row.deliveryId(), clock.instant());
                t.sent++;
                keepCopy(row, mail);
                progress.accept("sent " + t.sent + ": " + row.to());
            } else if (result instanceof Failed f && !f.permanent() && row.attempts() + 1 < maxAttempts) {
                Duration wait = policy.backoff(row.attempts(), ThreadLocalRandom.current().nextDouble());
                store.markRetry(row.deliveryId(), f.reason(), clock.instant().plus(wait));
                t.retryLater++;
                progress.accept("will retry in " + wait.toMinutes() + " min: " + row.to() + ": " + f.reason());
            } else if (result instanceof Failed f && f.permanent() && f.refusal() != Refusal.MAILBOX) {
                store.markRefused(row.deliveryId(), f.reason());
                t.failed++;
                progress.accept("refused (" + f.refusal().name().toLowerCase(Locale.ROOT) + ", not the address): " + row.to()
                        + ": " + f.reason());
            } else if (result instanceof Failed f) {
                int hard = store.markFailed(row.deliveryId(), f.reason());
                t.failed++;
                progress.accept("failed: " + row.to() + ": " + f.reason());
                if (f.permanent() && hard >= policy.hardFailureLimit()) {
                    store.suppress(row.subscriberId());
                    t.suppressed++;
                    progress.accept("suppressed " + row.to() + " after " + hard + " permanent failure(s)");
                }
            } else if (result instanceof Unavailable u) {
                t.stoppedBy = u.reason();
                t.serverDown = true;
                progress.accept("stopped: " + u.reason());
                rows.subList(i, rows.size()).forEach(r -> store.release(r.deliveryId()));
                return false;
            }
        }
        return true;
    }

    private void pace() {
        if (!pace.await()) {
            stop();
        }
    }

    private void keepCopy(QueuedMail row, OutgoingMail mail) {
        if (copies == null) {
            return;
        }
        String base = row.to().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.-]", "_") + "-" + row.issueId();
        try {
            Files.createDirectories(copies);
            Files.write(copies.resolve(base + ".eml"), SmtpMailer.toBytes(mail));
            Files.writeString(copies.resolve(base + ".html"), nullToEmpty(row.html()), StandardCharsets.UTF_8);
            Files.writeString(copies.resolve(base + ".txt"), nullToEmpty(row.text()), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not keep a copy of the mail to " + row.to() + " in " + copies
                    + ": check that the folder is writable and the disk has room", e);
        }
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
