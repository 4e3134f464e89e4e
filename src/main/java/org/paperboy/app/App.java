package org.paperboy.app;

import org.paperboy.publish.CleanUp;
import org.paperboy.publish.WeeklyIssues;
import org.paperboy.publish.IssueSupport;
import org.paperboy.publish.DailyDigests;
import org.paperboy.inbound.Bounces;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.paperboy.config.Config;
import org.paperboy.config.SecretStrength;
import org.paperboy.deliver.DkimSettings;
import org.paperboy.deliver.InboundMailbox;
import org.paperboy.deliver.Mailer;
import org.paperboy.deliver.MailingList;
import org.paperboy.deliver.Outbox;
import org.paperboy.deliver.OutboxPolicy;
import org.paperboy.deliver.OutboxReport;
import org.paperboy.deliver.ParallelSender;
import org.paperboy.deliver.SmtpMailer;
import org.paperboy.deliver.SmtpSettings;
import org.paperboy.ingest.AnnouncementCalendar;
import org.paperboy.ingest.HttpSettings;
import org.paperboy.ingest.Ingestor;
import org.paperboy.ingest.PoliteHttp;
import org.paperboy.issue.Composer;
import org.paperboy.issue.LlmProse;
import org.paperboy.issue.WeeklyComposer;
import org.paperboy.issue.WeeklyEdition;
import org.paperboy.llm.ChatSettings;
import org.paperboy.llm.OpenAiChat;
import org.paperboy.render.DailyRenderer;
import org.paperboy.render.NoticeRenderer;
import org.paperboy.render.Pages;
import org.paperboy.render.Templates;
import org.paperboy.render.WeeklyRenderer;
import org.paperboy.score.JudgedScorer;
import org.paperboy.embed.MiniLmEmbedder;
import org.paperboy.score.Embeddings;
import org.paperboy.score.FieldMatch;
import org.paperboy.score.FieldNovelty;
import org.paperboy.score.WeeklyRanking;
import org.paperboy.score.SemanticScorer;
import org.paperboy.score.Scorer;
import org.paperboy.score.TextEmbedder;
import org.paperboy.store.Database;
import org.paperboy.publish.Ingestion;
import org.paperboy.publish.ScheduledTasks;
import org.paperboy.schedule.Schedules;
import org.paperboy.subscriber.Subscriptions;
import org.paperboy.subscriber.Tokens;
import org.paperboy.web.Health;
import org.paperboy.web.WebServer;

/**
 * The wiring: every part of the service built by hand from the configuration, each given what it uses.
 * Commands and tests ask it for the parts they run.
 */
public final class App implements AutoCloseable {

    public static final String SECRET_ENV = "PAPERBOY_SECRET";

    private final Config config;
    private final Database db;
    private final AnnouncementCalendar calendar;
    private final Templates templates;
    private final ParallelSender sender;
    /** The senders of mails about subscriptions, each waited for when the app stops. */
    private final List<NoticeSender> notices = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final TextEmbedder embedder;
    private final Metered metered;
    private Embeddings embeddings;

    public App(Config config) {
        this(config, null);
    }

    /** @param embedder the sentence-embedding model to use, or null for all-MiniLM-L6-v2, loaded when first needed */
    public App(Config config, TextEmbedder embedder) {
        this.config = config;
        this.embedder = embedder;
        this.calendar = new AnnouncementCalendar(Set.copyOf(config.ingest().holidays()));
        this.templates = new Templates(Path.of(config.templatesDir()));
        this.db = Database.open(config.store().url(), config.store().user(), config.store().password());
        this.sender = new ParallelSender(this::smtpMailer, this::outbox, config.mail().connections(), config.mail().maxAttempts());
        this.metered = new Metered(db);
    }

    public Config config() {
        return config;
    }

    public Database db() {
        return db;
    }

    public AnnouncementCalendar calendar() {
        return calendar;
    }

    public Ingestor ingestor(Consumer<String> progress) {
        return new Ingestor(metered.papers(db.papers()), Set.copyOf(config.ingest().announceTypes()), progress);
    }

    /** Papers in: today's listing with catch-up, the API, a file or a URL; each new paper embedded once. */
    public Ingestion ingestion(Consumer<String> progress) {
        Config.Ingest in = config.ingest();
        return new Ingestion(db.papers(), ingestor(progress), this::http,
                new Ingestion.Feeds(in.rssUrl(), in.apiUrl(), in.categories(), in.catchUpDays()),
                calendar, this::embeddings, progress);
    }

    private PoliteHttp http() {
        String email = config.ingest().operatorEmail();
        if (email.isBlank()) {
            throw new IllegalStateException("set ingest.operator_email (or PAPERBOY_INGEST_OPERATOR_EMAIL) to your address:"
                    + " arXiv asks automated clients to say who runs them");
        }
        HttpSettings defaults = HttpSettings.defaults(email);
        return new PoliteHttp(new HttpSettings(defaults.userAgent(),
                Duration.ofSeconds(config.ingest().minIntervalSeconds()), config.ingest().maxRetries(), defaults.timeout(),
                Math.max(1, config.ingest().maxFeedMb()) * 1024L * 1024));
    }

    public DailyDigests digests(Tokens tokens) {
        return digests(tokens, config.web().base());
    }

    /** Digests whose links point at {@code baseUrl}. */
    public DailyDigests digests(Tokens tokens, String baseUrl) {
        return new DailyDigests(db.papers(), db.subscribers(), metered.issues(db.issues()), db.feedback(), embeddings()::papers,
                new Composer(judged(scorer())),
                new DailyRenderer(templates), tokens, calendar, baseUrl, config.mail().fromAddress(),
                config.ingest().catchUpDays());
    }

    /**
     * The offline scorer: papers' meaning (sentence vectors, computed once per paper and stored) next to
     * the words they share with the reader's criteria.
     */
    public Scorer scorer() {
        Embeddings e = embeddings();
        return new SemanticScorer(e, new FieldNovelty(e, db.papers()::announcedBetween));
    }

    /**
     * How the weekly issue orders a week's papers: the offline scorer's relevance, filters enforced, and novelty;
     * with the LLM judge configured, its verdicts on the first candidates.
     */
    public WeeklyRanking weeklyRanking() {
        return weeklyRanking(scorer());
    }

    /** As {@link #weeklyRanking()}, on {@code offline} (the eval's scorer, which reads its own set's earlier papers). */
    public WeeklyRanking weeklyRanking(Scorer offline) {
        JudgedScorer judge = judge(offline);
        return judge == null ? new WeeklyRanking(offline, embeddings())
                : new WeeklyRanking(offline, embeddings(), judge::verdicts, config.llm().judge().candidates());
    }

    /** The embedding model is loaded on first use: commands that score nothing never pay for it. */
    public synchronized Embeddings embeddings() {
        if (embeddings == null) {
            embeddings = new Embeddings(metered.embedder(embedder != null ? embedder
                    : new MiniLmEmbedder(Path.of(config.scoring().cacheDir()))), db.vectors());
        }
        return embeddings;
    }

    /** {@code base} re-scored by the LLM judge when llm.base_url and llm.model are set; {@code base} itself otherwise. */
    public Scorer judged(Scorer base) {
        JudgedScorer judge = judge(base);
        return judge == null ? base : judge;
    }

    /** The LLM judge on {@code base}'s candidates, or null when llm.base_url and llm.model are not both set. */
    private JudgedScorer judge(Scorer base) {
        Config.Llm llm = config.llm();
        if (!llm.judging()) {
            return null;
        }
        Config.Judge j = llm.judge();
        return new JudgedScorer(base, chat(llm), db.judgements(), metered.spending(db.llmSpending()),
                new JudgedScorer.Settings(j.candidates(), j.batchSize(), j.dailyBudgetUsd(), llm.promptUsdPerMillion(),
                        llm.completionUsdPerMillion()), Clock.systemUTC());
    }

    private static OpenAiChat chat(Config.Llm llm) {
        return new OpenAiChat(new ChatSettings(llm.baseUrl(), llm.model(), llm.apiKey(),
                Duration.ofSeconds(llm.timeoutSeconds()), llm.maxRetries()));
    }

    public WeeklyIssues weekly(Tokens tokens) {
        return weekly(tokens, config.web().base());
    }

    public WeeklyIssues weekly(Tokens tokens, String baseUrl) {
        Config.Weekly w = config.weekly();
        List<WeeklyComposer.WeeklyTopic> topics = w.topics().stream()
                .map(t -> new WeeklyComposer.WeeklyTopic(t.name(), t.keep(), t.filter(), t.categories()))
                .toList();
        if (topics.stream().anyMatch(t -> t.name().strip().equalsIgnoreCase(org.paperboy.subscriber.Profile.OWN_WEEKLY))) {
            throw new IllegalArgumentException("weekly.topics: \"" + org.paperboy.subscriber.Profile.OWN_WEEKLY
                    + "\" names the issue readers get from their own interests; give the topic another name");
        }
        return new WeeklyIssues(db.papers(), db.subscribers(), metered.issues(db.issues()), db.archive(),
                new WeeklyComposer(weeklyRanking()::rank, db.papers()::announcedBetween,
                        new WeeklyComposer.Sizes(w.breakthroughs(), w.notable(), w.mentions())),
                new WeeklyRenderer(templates), new IssueSupport(tokens, baseUrl, config.mail().fromAddress()), topics, prose(),
                (reader, fields) -> new FieldMatch(embeddings()).nearest(reader, fields), weeklyRanking()::leftOut);
    }

    /** The weekly prose: rewritten by the configured LLM, or the offline extractive text as composed. */
    private UnaryOperator<WeeklyEdition> prose() {
        Config.Llm llm = config.llm();
        if (!llm.configured()) {
            return UnaryOperator.identity();
        }
        if (llm.model().isBlank()) {
            throw new IllegalArgumentException("llm.base_url is set but llm.model is empty: name the model to use");
        }
        LlmProse prose = new LlmProse(chat(llm));
        return prose::rewrite;
    }

    public Pages pages() {
        return new Pages(templates, config.weekly().topics().stream().map(Config.WeeklyTopic::name).toList());
    }

    public MailingList mailingList() {
        Config.Mail mail = config.mail();
        return new MailingList(mail.fromAddress(), mail.fromName(), mail.listId(), mail.unsubscribeMailto(), mail.bounceAddress(),
                mail.weeklyListId());
    }

    public Mailer smtpMailer() {
        Config.Smtp smtp = config.mail().smtp();
        Config.Dkim dkim = config.mail().dkim();
        return new SmtpMailer(new SmtpSettings(smtp.host(), smtp.port(), smtp.security(), smtp.username(), smtp.password(),
                Duration.ofSeconds(smtp.connectTimeoutSeconds()), Duration.ofSeconds(smtp.readTimeoutSeconds())),
                new DkimSettings(dkim.domain(), dkim.selector(), dkim.privateKey()));
    }

    /**
     * Reads the inbound mailbox once: applies the bounces and complaints found, and the mail commands
     * when {@code commands} is not null.
     */
    public InboundMailbox.Report readInbound(org.paperboy.subscriber.MailCommands commands, Consumer<String> log) {
        Config.Inbound in = config.inbound();
        SmtpSettings imap = new SmtpSettings(in.host(), in.port(), in.security(), in.username(),
                in.password(), Duration.ofSeconds(config.mail().smtp().connectTimeoutSeconds()),
                Duration.ofSeconds(config.mail().smtp().readTimeoutSeconds()));
        return new InboundMailbox(imap, in.folder(), in.trustedAuthservId()).poll(new Bounces(metered.bounces(db.bounces()),
                db.subscribers(),
                in.softBounceLimit(), commands, log));
    }

    public Outbox outbox(Mailer mailer) {
        return outbox(mailer, 1);
    }

    /** An outbox that is one of {@code shares} sending in parallel: it takes its share of the pace. */
    private Outbox outbox(Mailer mailer, int shares) {
        Config.Mail m = config.mail();
        int perSecond = m.maxPerSecond() <= 0 ? 0 : Math.max(1, m.maxPerSecond() / shares);
        int perRun = m.maxPerRun() <= 0 ? 0 : Math.max(1, m.maxPerRun() / shares);
        Outbox outbox = new Outbox(db.deliveries(), mailer, mailingList()).withPolicy(new OutboxPolicy(m.resendUncertain(),
                m.hardFailureLimit(), perSecond, perRun, m.maxPerHour(), Duration.ofSeconds(m.retryBaseSeconds()),
                OutboxPolicy.DEFAULT.uncertainAfter()));
        outbox = config.outDir().isBlank() ? outbox : outbox.keepingCopiesIn(Path.of(config.outDir()));
        return outbox.oneOf(shares);
    }

    /**
     * Sends what is due over {@code mail.connections} SMTP connections in parallel (each claims its own
     * rows), also copying each mail to {@code copies} when not null.
     */
    public OutboxReport send(int limit, Path copies, Consumer<String> progress) {
        return metered.sent(sender.send(limit, copies, progress));
    }

    /**
     * Asks the outboxes at work (if any) to finish the mail in flight and put the rest back, and sends
     * nothing more from now on: what is queued waits for the next run (graceful shutdown).
     */
    public void stopSending() {
        sender.stop();
        notices.forEach(NoticeSender::stop);
    }

    /** Waits until the confirmation mails and replies handed to the outbox so far have been sent (or put back). */
    public void awaitSignUpMail() {
        notices.forEach(NoticeSender::awaitIdle);
    }

    /** How long a stopping command waits for the mail in flight (mail.shutdown_wait_seconds). */
    public Duration shutdownWait() {
        return Duration.ofSeconds(Math.max(1, config.mail().shutdownWaitSeconds()));
    }

    /** Sends one queued row now, over a connection of its own. */
    private void sendNow(long deliveryId) {
        try (Mailer mailer = smtpMailer()) {
            // a confirmation or reply counts in /metrics like every other mail sent
            metered.sent(outbox(mailer).sendNow(deliveryId, config.mail().maxAttempts(), line -> { }));
        }
    }

    /** Sign-up by web form and by mail to the list address, sharing one set of rate limits. */
    public WebSignUps signUps(Tokens tokens, Supplier<String> baseUrl) {
        // Subscribers by mail start with the operator's first weekly topic, until they edit their preferences.
        Config.WeeklyTopic topic = config.weekly().topics().isEmpty() ? null : config.weekly().topics().get(0);
        Subscriptions.Form starter = topic == null
                ? new Subscriptions.Form("", "", "", "", "machine learning", "", "daily", "", "", "")
                : new Subscriptions.Form("", "", topic.name() + ": " + topic.keep(), "", "", String.join(", ", topic.categories()),
                        "daily", "", "", "");
        NoticeSender mail = new NoticeSender(new NoticeRenderer(templates), db.deliveries(), tokens, baseUrl,
                config.mail().fromAddress(), this::sendNow, shutdownWait());
        notices.add(mail);
        return new WebSignUps(db.subscribers(), tokens, mail, baseUrl, Duration.ofDays(config.web().confirmDays()), starter);
    }

    /** The web server with every route; /health reports the database alone and /admin is off. */
    public WebServer web(String host, int port, Tokens tokens, Supplier<String> baseUrl) {
        return web(host, port, tokens, baseUrl, signUps(tokens, baseUrl), Health.database(db::isUp), "", () -> "");
    }

    /** The web server with every route, {@code health} at /health and the operator's page at /admin. */
    public WebServer web(String host, int port, Tokens tokens, Supplier<String> baseUrl, WebSignUps signUps, Health health,
            String adminPassword, Supplier<String> adminPage) {
        return WebServer.start(host, port, tokens, new StoreDirectory(db, config.mail().fromAddress(), signUps.subscriptions()),
                new PageAdapter(pages()), new WebArchive(db.archive(), pages(), baseUrl, db.papers()), signUps, health, adminPassword, adminPage,
                metered::scrape, config.web().trustedProxies());
    }

    /** What /health and /admin report, with the scheduler {@code schedules} gives once it runs. */
    public ServiceHealth health(Supplier<Schedules> schedules) {
        return new ServiceHealth(db, config.mail().smtp(), pages(), schedules);
    }

    /** The service's scheduled tasks' bodies. */
    /** The daily clean-up of mail older than store.keep_days. */
    public CleanUp cleanUp() {
        return new CleanUp(db.retention(), config.store().keepDays());
    }

        public ScheduledTasks tasks(Tokens tokens, Consumer<String> progress) {
        return new ScheduledTasks(() -> ingestion(progress), calendar, db.papers(), () -> digests(tokens), () -> weekly(tokens),
                new ScheduledTasks.WeeklySend(config.weekly().sendDay(), config.weekly().sendHour()),
                limit -> send(limit, null, progress));
    }

    /** Schedules {@code tasks} in memory or, on PostgreSQL, shared by the nodes (schedule.clustered), and starts them. */
    public Schedules schedule(List<Schedules.Task> tasks) {
        return Scheduling.start(config.schedule(), db, metered.timed(tasks));
    }

    /**
     * The link-signing key for a command: a dry run without PAPERBOY_SECRET gets a throwaway key (its
     * previews' links are not meant to work); anything that stores or sends needs the real one.
     */
    public static Tokens tokensFor(boolean dryRun) {
        return dryRun && System.getenv(SECRET_ENV) == null
                ? new Tokens(new java.security.SecureRandom().generateSeed(32))
                : tokensFromEnvironment(System.getenv());
    }

    /** Where a dry run writes its previews: --out, or out/preview; null when it is no dry run. */
    public static Path previewFolder(boolean dryRun, Path out) {
        return !dryRun ? null : out != null ? out : Path.of("out", "preview");
    }

    /** The link-signing key from PAPERBOY_SECRET: base64 of at least 32 bytes, or a 32+ character passphrase. */
    public static Tokens tokensFromEnvironment(Map<String, String> env) {
        String secret = env.getOrDefault(SECRET_ENV, "").strip();
        if (secret.isEmpty()) {
            throw new IllegalStateException(SECRET_ENV + " is not set: it signs unsubscribe links. Set it to at least 32"
                    + " random bytes, e.g. export " + SECRET_ENV + "=$(openssl rand -base64 48), and keep it: changing it"
                    + " breaks the links in mails already sent");
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(secret);
        } catch (IllegalArgumentException notBase64) {
            key = secret.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        key = key.length >= 32 ? key : secret.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        // whoever guesses the secret can unsubscribe, edit and read anyone: it must be random, not just long
        if (key.length >= 32 && SecretStrength.bits(key) < MIN_SECRET_BITS) {
            throw new IllegalStateException(SECRET_ENV + " is " + key.length + " bytes long but far from random (about "
                    + Math.round(SecretStrength.bits(key)) + " bits of entropy where " + MIN_SECRET_BITS + " are needed): set it"
                    + " to random bytes, e.g. export " + SECRET_ENV + "=$(openssl rand -base64 48)");
        }
        return new Tokens(key);
    }

    /**
     * The least estimated entropy of PAPERBOY_SECRET: 32 random bytes score 144 or more, 32 random
     * lowercase letters about 115; a repeated or cycled pattern scores far less.
     */
    static final int MIN_SECRET_BITS = 100;

    /** Waits (a bounded time) for the mails about subscriptions being sent, then closes the database. */
    @Override
    public void close() {
        notices.forEach(NoticeSender::close);
        db.close();
    }
}
