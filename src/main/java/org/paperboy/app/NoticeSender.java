package org.paperboy.app;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import org.paperboy.deliver.DeliveryStore;
import org.paperboy.deliver.NoticeMail;
import org.paperboy.render.NoticeRenderer;
import org.paperboy.render.RenderedIssue;
import org.paperboy.subscriber.Notice;
import org.paperboy.subscriber.Subscriptions;
import org.paperboy.subscriber.Tokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Mails about subscriptions go through the outbox: rendered from templates/email/, stored as a delivery
 * row like every issue (so a refusal is retried and `paperboy deliveries` counts it), then sent at once
 * on a thread of its own, so that no web request waits for the SMTP server. A mail that cannot go now
 * stays queued for the outbox's next run.
 */
final class NoticeSender implements Subscriptions.Mail, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(NoticeSender.class);

    private final NoticeRenderer renderer;
    private final DeliveryStore deliveries;
    private final Tokens tokens;
    private final Supplier<String> baseUrl;
    private final String domain;
    private final LongConsumer sendNow;
    private final Duration stopWait;
    /** One sender; when a thousand mails wait for it, the next ones wait for the outbox's run instead. */
    private final ThreadPoolExecutor sender = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(1000),
            r -> {
                Thread t = new Thread(r, "notice-sender");
                t.setDaemon(true);
                return t;
            }, new ThreadPoolExecutor.DiscardPolicy());
    private volatile boolean stopping;

    /** @param sendNow sends one queued row at once (an outbox over a fresh SMTP connection) */
    NoticeSender(NoticeRenderer renderer, DeliveryStore deliveries, Tokens tokens, Supplier<String> baseUrl, String fromAddress,
            LongConsumer sendNow, Duration stopWait) {
        this.renderer = renderer;
        this.deliveries = deliveries;
        this.tokens = tokens;
        this.baseUrl = baseUrl;
        this.domain = fromAddress.substring(fromAddress.indexOf('@') + 1);
        this.sendNow = sendNow;
        this.stopWait = stopWait;
    }

    @Override
    public void send(Notice n) {
        String unsubscribe = baseUrl.get() + "/unsubscribe/" + tokens.issue(Tokens.Purpose.UNSUBSCRIBE, n.subscriberId());
        RenderedIssue mail = renderer.render(n.template(), n.subject(), unsubscribe, n.values());
        String kind = n.template().equals("confirm") ? NoticeMail.CONFIRM : NoticeMail.NOTICE;
        long id = deliveries.queueNotice(new NoticeMail(kind, n.subscriberId(), n.to(), LocalDate.now(ZoneOffset.UTC),
                mail.subject(), mail.html(), mail.text(), kind + "." + n.subscriberId() + "." + UUID.randomUUID() + "@" + domain,
                unsubscribe));
        if (id < 0) {
            LOG.warn("not sending '{}' to {}: the address has had {} such mails today", n.subject(), n.to(), NoticeMail.PER_DAY);
        } else if (!stopping) {
            sender.execute(() -> {
                if (!stopping) {
                    try {
                        sendNow.accept(id);
                    } catch (RuntimeException e) {
                        LOG.warn("could not send '{}' to {} now; it stays queued for the next run", n.subject(), n.to(), e);
                    }
                }
            });
        }
    }

    /** Waits (a bounded time) until the mails handed over so far have been sent or given back to the outbox. */
    void awaitIdle() {
        try {
            sender.submit(() -> { }).get(stopWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException
                | java.util.concurrent.RejectedExecutionException e) {
            LOG.warn("mails about subscriptions still waiting after {} s: {}", stopWait.toSeconds(), e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Sends nothing more: what is queued waits for the outbox's next run. */
    void stop() {
        stopping = true;
    }

    /** Stops, and waits (a bounded time) for the mail being sent to be sent and marked. */
    @Override
    public void close() {
        stop();
        sender.shutdown();
        try {
            if (!sender.awaitTermination(stopWait.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("a mail about a subscription was still being sent after {} s; the outbox re-sends it if it did not go",
                        stopWait.toSeconds());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
