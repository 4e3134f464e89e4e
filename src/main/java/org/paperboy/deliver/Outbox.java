package org.paperboy.deliver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.paperboy.deliver.SendResult.Failed;
import org.paperboy.deliver.SendResult.Sent;
import org.paperboy.deliver.SendResult.Unavailable;

/**
 * Works through the due delivery rows. Each row is marked sent the moment the server accepts it,
 * so a run that crashes halfway resends nothing; a refused address fails only its own row; an
 * unreachable server stops the run and leaves the rest due for the next one.
 */
public final class Outbox {

    private static final int BATCH = 100;

    private final DeliveryStore store;
    private final Mailer mailer;
    private final MailingList list;
    private final Path copies;
    private final Clock clock;

    public Outbox(DeliveryStore store, Mailer mailer, MailingList list) {
        this(store, mailer, list, null, Clock.systemUTC());
    }

    private Outbox(DeliveryStore store, Mailer mailer, MailingList list, Path copies, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.mailer = Objects.requireNonNull(mailer, "mailer");
        this.list = Objects.requireNonNull(list, "list");
        this.copies = copies;
        this.clock = clock;
    }

    /** The same outbox, also writing every sent mail to {@code dir} as .eml, .html and .txt. */
    public Outbox keepingCopiesIn(Path dir) {
        return new Outbox(store, mailer, list, Objects.requireNonNull(dir, "dir"), clock);
    }

    /**
     * Sends up to {@code limit} due mails.
     *
     * @param maxAttempts rows that failed this often are no longer due
     * @param progress    receives one line per mail
     */
    public OutboxReport run(int maxAttempts, int limit, Consumer<String> progress) {
        int sent = 0;
        int failed = 0;
        int retryLater = 0;
        // rows that failed for now stay due; remembering them keeps one run from trying them twice
        Set<Long> tried = new HashSet<>();
        while (tried.size() < limit) {
            List<QueuedMail> due = store.due(maxAttempts, Math.min(BATCH, limit - tried.size()) + retryLater);
            List<QueuedMail> fresh = due.stream().filter(row -> !tried.contains(row.deliveryId())).toList();
            if (fresh.isEmpty()) {
                break;
            }
            for (QueuedMail row : fresh) {
                if (tried.size() >= limit) {
                    break;
                }
                tried.add(row.deliveryId());
                OutgoingMail mail = OutgoingMail.of(list, row);
                SendResult result = mailer.send(mail);
                if (result instanceof Sent) {
                    store.markSent(row.deliveryId(), clock.instant());
                    sent++;
                    keepCopy(row, mail);
                    progress.accept("sent " + sent + " (" + tried.size() + " tried): " + row.to());
                } else if (result instanceof Failed f) {
                    store.markFailed(row.deliveryId(), f.reason(), f.permanent());
                    if (f.permanent()) {
                        failed++;
                    } else {
                        retryLater++;
                    }
                    progress.accept((f.permanent() ? "failed: " : "will retry: ") + row.to() + ": " + f.reason());
                } else if (result instanceof Unavailable u) {
                    progress.accept("stopped: " + u.reason());
                    return new OutboxReport(sent, failed, retryLater, u.reason());
                }
            }
        }
        return new OutboxReport(sent, failed, retryLater, null);
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
