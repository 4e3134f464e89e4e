package org.paperboy.app;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.paperboy.deliver.Bounce;
import org.paperboy.deliver.OutboxReport;
import org.paperboy.inbound.BounceStore;
import org.paperboy.issue.NewIssue;
import org.paperboy.metrics.Metrics;
import org.paperboy.paper.PaperStore;
import org.paperboy.publish.IssueStore;
import org.paperboy.schedule.Schedules;
import org.paperboy.score.LlmSpending;
import org.paperboy.score.TextEmbedder;
import org.paperboy.store.Database;

/**
 * The service's metrics, and the ports that report to them: each part is given the same port as
 * before, which also counts what goes through it, so no feature package knows about metrics.
 */
final class Metered {

    private final Metrics metrics = new Metrics();

    /** @param db whose outbox the queue gauges read at each scrape */
    Metered(Database db) {
        metrics.queue(db::waitingDeliveries, db::oldestWaiting);
    }

    /** Everything, in Prometheus's text format, for /metrics. */
    String scrape() {
        return metrics.scrape();
    }

    PaperStore papers(PaperStore papers) {
        return Observed.calls(PaperStore.class, papers, call -> {
            if (call.method().equals("saveAll")) {
                metrics.papersIngested((Integer) call.result());
            }
        });
    }

    /** Each issue stored (once per reader, kind and date) counted by kind. */
    IssueStore issues(IssueStore issues) {
        return Observed.calls(IssueStore.class, issues, call -> {
            if (call.method().equals("save") && ((Optional<?>) call.result()).isPresent()) {
                metrics.issuesMade(((NewIssue) call.arg(0)).kind(), 1);
            } else if (call.method().equals("saveAll")) {
                List<?> made = (List<?>) call.arg(0);
                List<?> stored = (List<?>) call.result();
                for (int i = 0; i < made.size(); i++) {
                    if (Boolean.TRUE.equals(stored.get(i))) {
                        metrics.issuesMade(((NewIssue) made.get(i)).kind(), 1);
                    }
                }
            }
        });
    }

    LlmSpending spending(LlmSpending spending) {
        return Observed.calls(LlmSpending.class, spending, call -> {
            if (call.method().equals("add")) {
                metrics.llmCall((Long) call.arg(2), (Long) call.arg(3), (Double) call.arg(4));
            }
        });
    }

    BounceStore bounces(BounceStore bounces) {
        return Observed.calls(BounceStore.class, bounces, call -> {
            if (call.method().equals("record")) {
                metrics.bounce(((Bounce) call.arg(1)).kind().name().toLowerCase(Locale.ROOT));
            }
        });
    }

    TextEmbedder embedder(TextEmbedder model) {
        return new TimedEmbedder(model, metrics::embedded);
    }

    OutboxReport sent(OutboxReport report) {
        metrics.mailRun(report.sent(), report.failed(), report.retryLater(), report.suppressed());
        return report;
    }

    /** The tasks, each run timed and counted as ok or failed. */
    List<Schedules.Task> timed(List<Schedules.Task> tasks) {
        return tasks.stream()
                .map(t -> new Schedules.Task(t.name(), t.cron(), t.zone(), metrics.timed(t.name(), t.work())))
                .toList();
    }
}
