package org.paperboy.deliver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * One outbox run through a server that answers each kind of trouble a real one does: every healthy
 * address still gets its mail, and each troubled one ends in the state its reply calls for.
 */
class FaultInjectionTest {

    @Test
    void eachReplyLeadsToItsStateAndNoHealthyMailIsLost() throws Exception {
        Map<String, String> script = Map.of(
                "busy", "451 4.3.0 try again later",
                "full", "452 4.2.2 mailbox full",
                "gone", "550 5.1.1 no such user",
                "spam", "554 5.7.1 message refused",
                "drop", ScriptedSmtpServer.DROP,
                "stall", ScriptedSmtpServer.STALL);
        MemoryDeliveryStore store = new MemoryDeliveryStore();
        List<String> healthy = new ArrayList<>();
        long id = 1;
        for (String local : List.of("ok1", "busy", "ok2", "full", "gone", "ok3", "spam", "drop", "ok4", "stall", "ok5")) {
            store.add(Mails.queued(id++, local + "@example.org"));
            if (local.startsWith("ok")) {
                healthy.add(local);
            }
        }
        OutboxReport report;
        try (ScriptedSmtpServer server = new ScriptedSmtpServer(script);
             SmtpMailer mailer = new SmtpMailer(new SmtpSettings("127.0.0.1", server.port(), SmtpSettings.Security.NONE,
                     "", "", Duration.ofSeconds(2), Duration.ofSeconds(1)))) {
            report = new Outbox(store, mailer, Mails.LIST).run(5, 100, line -> { });
        }
        assertThat(report.sent()).isEqualTo(healthy.size());
        assertThat(state(store, 2)).isEqualTo("retry");   // 451
        assertThat(state(store, 4)).isEqualTo("retry");   // 452
        assertThat(state(store, 5)).isEqualTo("failed");  // 550
        assertThat(state(store, 7)).as("a policy block says nothing about the address").isEqualTo("refused");  // 554 5.7.1
        assertThat(state(store, 8)).as("dropped mid-DATA: not known to be taken, retried later").isEqualTo("retry");
        assertThat(state(store, 10)).as("stalled after DATA: timed out, retried later").isEqualTo("retry");
        assertThat(report.suppressed()).as("only the mailbox that does not exist").isEqualTo(1);
        for (long ok : List.of(1L, 3L, 6L, 9L, 11L)) {
            assertThat(state(store, ok)).isEqualTo("sent");
        }
    }

    private static String state(MemoryDeliveryStore store, long id) {
        return store.row(id).state();
    }
}
