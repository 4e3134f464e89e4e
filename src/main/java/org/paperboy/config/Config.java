package org.paperboy.config;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.paperboy.deliver.SmtpSettings.Security;
import org.paperboy.paper.AnnounceType;

/**
 * Paperboy's settings, as documented in config/paperboy.yaml. Loaded by {@link ConfigLoader}; every
 * field is present (defaults come from the built-in copy of that file) and already of its type: a
 * value that is not one of those a key accepts fails the loading, naming the key.
 */
public record Config(
        Store store,
        String templatesDir,
        String outDir,
        Ingest ingest,
        Schedule schedule,
        Weekly weekly,
        Scoring scoring,
        Llm llm,
        Mail mail,
        Inbound inbound,
        Web web) {

    /** @param keepDays days a mail's text and its delivery details are kept; the paper list stays */
    public record Store(String url, String user, String password, int keepDays) {
        public Store(String url, String user, String password) {
            this(url, user, password, 365);
        }

        @Override
        public String toString() {
            return "Store[url=" + url + ", user=" + user + ", password=" + (password.isEmpty() ? "" : "***")
                    + ", keepDays=" + keepDays + "]";
        }
    }

    public record Ingest(
            List<String> categories,
            List<AnnounceType> announceTypes,
            URI rssUrl,
            URI apiUrl,
            String operatorEmail,
            int minIntervalSeconds,
            int maxRetries,
            int catchUpDays,
            List<LocalDate> holidays,
            int maxFeedMb) {
    }

    public record Schedule(String ingestCron, ZoneId ingestZone, String digestCron, Clustered clustered,
            int clusterCheckinSeconds, String cleanupCron) {
        public Schedule(String ingestCron, ZoneId ingestZone, String digestCron, Clustered clustered, int clusterCheckinSeconds) {
            this(ingestCron, ingestZone, digestCron, clustered, clusterCheckinSeconds, "0 30 3 * * ?");
        }
    }

    /** Whether the schedule is shared by the nodes: {@code auto} = exactly when the store is PostgreSQL. */
    public enum Clustered { AUTO, TRUE, FALSE }

    public record Weekly(List<WeeklyTopic> topics, int breakthroughs, int notable, int mentions, DayOfWeek sendDay, int sendHour) {
    }

    public record WeeklyTopic(String name, String keep, String filter, List<String> categories) {
    }

    public record Scoring(String cacheDir) {
    }

    public record Llm(String baseUrl, String model, String apiKey, int timeoutSeconds, int maxRetries,
            double promptUsdPerMillion, double completionUsdPerMillion, Judge judge) {
        public boolean configured() {
            return !baseUrl.isBlank();
        }

        /** The daily digests' LLM judge runs only with an endpoint and a model named. */
        public boolean judging() {
            return configured() && !model.isBlank() && judge.enabled();
        }

        @Override
        public String toString() {
            return "Llm[baseUrl=" + baseUrl + ", model=" + model + ", apiKey=" + (apiKey.isEmpty() ? "" : "***") + "]";
        }
    }

    public record Judge(boolean enabled, int candidates, int batchSize, double dailyBudgetUsd) {
    }

    public record Mail(
            String fromAddress,
            String fromName,
            String bounceAddress,
            String listId,
            String unsubscribeMailto,
            int maxAttempts,
            int retryBaseSeconds,
            int connections,
            int hardFailureLimit,
            int maxPerSecond,
            int maxPerRun,
            int maxPerHour,
            boolean resendUncertain,
            Dkim dkim,
            Smtp smtp,
            String weeklyListId,
            int shutdownWaitSeconds) {
    }

    public record Dkim(String domain, String selector, String privateKey) {
        @Override
        public String toString() {
            return "Dkim[domain=" + domain + ", selector=" + selector + ", privateKey=" + (privateKey.isEmpty() ? "" : "***") + "]";
        }
    }

    public record Smtp(
            String host,
            int port,
            Security security,
            String username,
            String password,
            int connectTimeoutSeconds,
            int readTimeoutSeconds) {
        @Override
        public String toString() {
            return "Smtp[host=" + host + ", port=" + port + ", security=" + security + ", username=" + username
                    + ", password=" + (password.isEmpty() ? "" : "***") + "]";
        }
    }

    public record Inbound(String host, int port, Security security, String username, String password, String folder,
            String pollCron, int softBounceLimit, String trustedAuthservId) {
        public boolean configured() {
            return !host.isBlank();
        }

        @Override
        public String toString() {
            return "Inbound[host=" + host + ", port=" + port + ", username=" + username + ", password=" + (password.isEmpty() ? "" : "***") + "]";
        }
    }

    public record Web(String host, int port, String baseUrl, int confirmDays, String adminPassword, List<String> trustedProxies) {
        /** The base URL without a trailing slash. */
        public String base() {
            return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        }
    }
}
