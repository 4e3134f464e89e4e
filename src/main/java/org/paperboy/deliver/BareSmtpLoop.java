package org.paperboy.deliver;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * The yardstick for the send benchmark: prebuilt messages pushed through reused Angus Mail connections
 * with nothing else around them, no database, no outbox.
 */
public final class BareSmtpLoop {

    private BareSmtpLoop() {
    }

    /** How long sending all the messages over one connection took, not counting building them. */
    public static Duration send(SmtpSettings settings, List<OutgoingMail> mails) {
        return send(settings, mails, 1);
    }

    /**
     * How long sending all the messages took over {@code connections} connections in parallel, each
     * taking every n-th message, not counting building them.
     */
    public static Duration send(SmtpSettings settings, List<OutgoingMail> mails, int connections) {
        String protocol = settings.security() == SmtpSettings.Security.SMTPS ? "smtps" : "smtp";
        Session session = Session.getInstance(SmtpMailer.properties(settings, protocol));
        int n = Math.max(1, connections);
        List<List<MimeMessage>> slices = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            slices.add(new ArrayList<>());
        }
        try {
            for (int i = 0; i < mails.size(); i++) {
                MimeMessage m = MimeMail.build(session, mails.get(i));
                m.saveChanges();
                slices.get(i % n).add(m);
            }
        } catch (MessagingException e) {
            throw new IllegalStateException("the bare send loop could not build its messages: " + e.getMessage(), e);
        }
        long start = System.nanoTime();
        List<CompletableFuture<Void>> running = slices.stream()
                .map(slice -> CompletableFuture.runAsync(() -> sendOver(session, protocol, settings, slice), THREAD_EACH))
                .toList();
        try {
            CompletableFuture.allOf(running.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** One thread per connection, as the outbox has. */
    private static final Executor THREAD_EACH = task -> {
        Thread t = new Thread(task, "bare-smtp");
        t.setDaemon(true);
        t.start();
    };

    private static void sendOver(Session session, String protocol, SmtpSettings settings, List<MimeMessage> messages) {
        try (Transport transport = session.getTransport(protocol)) {
            transport.connect(settings.host(), settings.port(), emptyToNull(settings.username()), emptyToNull(settings.password()));
            for (MimeMessage m : messages) {
                transport.sendMessage(m, m.getAllRecipients());
            }
        } catch (MessagingException e) {
            throw new IllegalStateException("the bare send loop failed: " + e.getMessage(), e);
        }
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
