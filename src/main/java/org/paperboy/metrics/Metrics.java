package org.paperboy.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the service has done, for /metrics in Prometheus's text format. The parts report plain counts
 * here; Micrometer stays inside this package. Counters start at zero when the process starts
 * (Prometheus's rate() and increase() expect that); the queue is read from the database at each scrape.
 */
public final class Metrics {

    /** The delivery states that are still waiting to go out, shown one gauge each. */
    private static final List<String> WAITING = List.of("queued", "retry", "sending", "paused");

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private Supplier<Map<String, Integer>> waiting = Map::of;
    private Supplier<Optional<Instant>> oldest = Optional::empty;
    private volatile Map<String, Integer> queue = Map.of();
    private volatile double oldestAge;

    public Metrics() {
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
    }

    public void papersIngested(int papers) {
        counter("paperboy.papers.ingested", "New papers stored").increment(papers);
    }

    /** Texts (papers and readers' criteria) turned into sentence vectors, and the time the model took. */
    public void embedded(int texts, Duration took) {
        counter("paperboy.embedded.texts", "Texts embedded by the sentence model").increment(texts);
        Timer.builder("paperboy.embedding").description("Time the sentence model spent embedding")
                .register(registry).record(took);
    }

    /** @param kind daily, or weekly-N (counted as weekly) */
    public void issuesMade(String kind, int issues) {
        Counter.builder("paperboy.issues.made").description("Issues made and queued, one per reader")
                .tag("kind", kind.startsWith("weekly") ? "weekly" : kind).register(registry).increment(issues);
    }

    /** One sending run's outcome: mails accepted, refused for good, put back for a retry; addresses suppressed. */
    public void mailRun(int sent, int failed, int retried, int suppressed) {
        mails("sent", sent);
        mails("failed", failed);
        mails("retried", retried);
        counter("paperboy.addresses.suppressed", "Addresses suppressed after permanent failures").increment(suppressed);
    }

    private void mails(String outcome, int n) {
        Counter.builder("paperboy.mails").description("Mails by the outcome of each attempt to send them")
                .tag("outcome", outcome).register(registry).increment(n);
    }

    /** @param kind hard, soft or complaint */
    public void bounce(String kind) {
        Counter.builder("paperboy.bounces").description("Bounces and complaints read from the inbound mailbox")
                .tag("kind", kind).register(registry).increment();
    }

    public void llmCall(long promptTokens, long completionTokens, double usd) {
        tokens("prompt", promptTokens);
        tokens("completion", completionTokens);
        counter("paperboy.llm.requests", "Requests to the LLM judge").increment();
        counter("paperboy.llm.spend.usd", "What the LLM judge cost, at the configured prices").increment(usd);
    }

    private void tokens(String type, long n) {
        Counter.builder("paperboy.llm.tokens").description("Tokens the LLM judge used")
                .tag("type", type).register(registry).increment(n);
    }

    /** {@code work}, timed and counted by outcome (ok or failed) under the task's name; failures are rethrown. */
    public Runnable timed(String task, Runnable work) {
        return () -> {
            Timer.Sample sample = Timer.start(registry);
            String outcome = "failed";
            try {
                work.run();
                outcome = "ok";
            } finally {
                sample.stop(Timer.builder("paperboy.job").description("Scheduled task runs by outcome")
                        .tags("task", task, "outcome", outcome).register(registry));
            }
        };
    }

    /**
     * The outbox, read at each scrape.
     *
     * @param waiting rows by delivery state (only {@link #WAITING} are shown)
     * @param oldest  when the oldest row still waiting was queued
     */
    public void queue(Supplier<Map<String, Integer>> waiting, Supplier<Optional<Instant>> oldest) {
        this.waiting = waiting;
        this.oldest = oldest;
        for (String status : WAITING) {
            Gauge.builder("paperboy.queue.mails", () -> queue.getOrDefault(status, 0))
                    .description("Mails waiting in the outbox, by state").tag("status", status).register(registry);
        }
        Gauge.builder("paperboy.queue.oldest.age", () -> oldestAge)
                .description("Age of the oldest mail still waiting, 0 when none").baseUnit("seconds").register(registry);
    }

    /** Everything, in Prometheus's text exposition format. */
    public synchronized String scrape() {
        // the outbox is read once per scrape, not once per gauge
        queue = waiting.get();
        oldestAge = oldest.get().map(t -> Duration.between(t, Instant.now()).toMillis() / 1000.0).orElse(0.0);
        return registry.scrape();
    }

    private Counter counter(String name, String description) {
        return Counter.builder(name).description(description).register(registry);
    }
}
