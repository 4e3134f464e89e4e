package org.paperboy.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.Jdbi;
import org.paperboy.inbound.BounceStore;
import org.paperboy.deliver.DeliveryStore;
import org.paperboy.publish.ArchiveStore;
import org.paperboy.publish.IssueStore;
import org.paperboy.publish.MailRetention;
import org.paperboy.paper.PaperStore;
import org.paperboy.schedule.RunLog;
import org.paperboy.publish.FeedbackStore;
import org.paperboy.score.VectorStore;
import org.paperboy.score.JudgementCache;
import org.paperboy.score.LlmSpending;
import org.paperboy.subscriber.SubscriberStore;

/**
 * The database behind every store: a connection pool, migrations applied on open, and the stores.
 * SQLite (the default, one file) or PostgreSQL, chosen by the JDBC URL.
 */
public final class Database implements AutoCloseable {

    private final HikariDataSource pool;
    private final Jdbi jdbi;
    private final Dialect dialect;
    /** The cluster's name for this process, written on the rows it claims; null when it is not in a cluster. */
    private volatile String node;
    /** The pages of mail lines a day's issues share, remembered and read for every store of this database. */
    private final MailPages pages = new MailPages();
    /** False until this process has seen that PostgreSQL has statistics of the issues table ({@link #issuesStored}). */
    private final AtomicBoolean issueStatistics = new AtomicBoolean();

    private Database(HikariDataSource pool, Dialect dialect) {
        this.pool = pool;
        this.jdbi = Jdbi.create(pool);
        this.dialect = dialect;
    }

    /** Opens the database at {@code url} and brings its schema up to date. */
    public static Database open(String url, String user, String password) {
        Dialect dialect = Dialect.of(url);
        boolean sqlite = dialect == Dialect.SQLITE;
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setPoolName("paperboy");
        if (sqlite) {
            createParentFolder(url);
            // WAL lets the web server read while a run writes; the busy timeout makes a second writer
            // wait for the lock instead of failing at once.
            config.addDataSourceProperty("journal_mode", "WAL");
            config.addDataSourceProperty("busy_timeout", "10000");
            config.addDataSourceProperty("foreign_keys", "true");
            config.addDataSourceProperty("synchronous", "NORMAL");
            // A transaction takes the write lock when it begins, waiting its turn within the busy timeout.
            // Begun on a read, it would be refused at once at its first write whenever another connection
            // wrote in between (WAL mode does not wait there), and a visitor's sign-up would fail.
            config.addDataSourceProperty("transaction_mode", "IMMEDIATE");
            config.setMaximumPoolSize(4);
        } else {
            config.setUsername(user);
            config.setPassword(password);
            config.setMaximumPoolSize(10);
            // connections are opened as work needs them: each costs a password exchange (SCRAM-SHA-256)
            // on both ends, and a short command such as `paperboy deliveries` needs one, not ten
            config.setMinimumIdle(2);
        }
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot open the database at " + url + ": " + rootMessage(e)
                    + " (check store.url, and PAPERBOY_STORE_USER / PAPERBOY_STORE_PASSWORD for PostgreSQL)", e);
        }
        try {
            Flyway.configure()
                    .dataSource(pool)
                    // Most migrations are the same SQL for both; only those that differ live per database.
                    .locations("classpath:db/migration/common", "classpath:db/migration/" + dialect.key())
                    // Quartz's own tables, for the clustered scheduler; only PostgreSQL can be shared by nodes.
                    .javaMigrations(sqlite ? new QuartzTables[0] : new QuartzTables[] {new QuartzTables()})
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            pool.close();
            throw new IllegalStateException("cannot bring the database schema at " + url + " up to date: "
                    + e.getMessage(), e);
        }
        return new Database(pool, dialect);
    }

    /**
     * The connection pool, for a library that runs its own SQL on the store's database (Quartz's
     * clustered job store keeps its tables here).
     */
    public javax.sql.DataSource dataSource() {
        return pool;
    }

    /** True on PostgreSQL, the database several nodes can share. */
    public boolean isPostgreSQL() {
        return dialect == Dialect.POSTGRESQL;
    }

    /**
     * Marks the delivery rows this process claims from now on with {@code node}, its scheduler's name in
     * the cluster: once the cluster has declared that node dead, another node re-sends its rows at once
     * instead of waiting out the time a live node might still be sending them.
     */
    public void claimAs(String node) {
        this.node = node;
    }

    /** Where the scheduler records every run, by node. */
    public RunLog jobRuns() {
        return new SqlJobRuns(jdbi);
    }

    public PaperStore papers() {
        return new SqlPaperStore(jdbi);
    }

    public SubscriberStore subscribers() {
        return new SqlSubscriberStore(jdbi);
    }

    public IssueStore issues() {
        return new SqlIssueStore(jdbi, pages, this::issuesStored);
    }

    /**
     * After the first issues this process stores, on PostgreSQL: a table that has never been analyzed is
     * planned as if it were nearly empty, and a daily run's history queries for each chunk of readers
     * ({@code issues-made-on}, {@code issue-last-dates}) then read every issue of the kind instead of the
     * chunk's own. Autovacuum analyzes the table only a minute or more after it has grown; on a new
     * database, the first day of 100,000 readers took 125 s longer without statistics. So the table is
     * analyzed here, once, when it has no statistics yet (a few milliseconds on a table this new).
     */
    private void issuesStored() {
        if (dialect != Dialect.POSTGRESQL || issueStatistics.getAndSet(true)) {
            return;
        }
        jdbi.useHandle(h -> {
            boolean never = h.createQuery("SELECT last_analyze IS NULL AND last_autoanalyze IS NULL FROM pg_stat_user_tables"
                    + " WHERE relid = 'issues'::regclass").mapTo(Boolean.class).findOne().orElse(false);
            if (never) {
                h.execute("ANALYZE issues");
            }
        });
    }

    public BounceStore bounces() {
        return new SqlBounceStore(jdbi);
    }

    public ArchiveStore archive() {
        return new SqlArchiveStore(jdbi, pages);
    }

    /** Removes mail older than store.keep_days. */
    public MailRetention retention() {
        return new SqlRetention(jdbi);
    }

    public FeedbackStore feedback() {
        return new SqlFeedbackStore(jdbi);
    }

    public DeliveryStore deliveries() {
        return new SqlDeliveryStore(jdbi, dialect, () -> node, pages);
    }

    /** Sentence vectors of papers and criteria, by model. */
    public VectorStore vectors() {
        return new SqlVectorStore(jdbi);
    }

    /** The LLM judge's answers by paper, criteria and model. */
    public JudgementCache judgements() {
        return new SqlJudgeStore(jdbi);
    }

    /** What the LLM judge spent per day. */
    public LlmSpending llmSpending() {
        return new SqlJudgeStore(jdbi);
    }

    /** Delivery rows by status (queued, sending, sent, retry, failed, refused, suppressed), for summaries. */
    public java.util.Map<String, Integer> deliveryCounts() {
        return new SqlDeliveryStore(jdbi, dialect, () -> node, pages).counts();
    }

    /**
     * Holds, releases or drops the waiting deliveries of one issue (every reader's copy of the issue of
     * that kind and date). Returns how many rows changed. Sent rows are never touched.
     *
     * @param action pause, resume or cancel
     */
    public int changeDeliveries(String action, String kind, java.time.LocalDate date) {
        String query = switch (action) {
            case "pause" -> "deliveries-pause";
            case "resume" -> "deliveries-resume";
            case "cancel" -> "deliveries-cancel";
            default -> throw new IllegalArgumentException("unknown action " + action + ": pause, resume or cancel");
        };
        return jdbi.withHandle(h -> h.createUpdate(Queries.get(query)).bind("kind", kind).bind("date", date.toString())
                .bind("now", java.time.Instant.now().toString()).execute());
    }

    /** Subscribers by status. */
    public java.util.Map<String, Integer> subscriberCounts() {
        java.util.Map<String, Integer> out = new java.util.TreeMap<>();
        jdbi.useHandle(h -> h.createQuery(Queries.get("subscriber-counts"))
                .map((rs, ctx) -> out.put(rs.getString("status"), rs.getInt("n"))).list());
        return out;
    }

    /** "kind date" → status → rows, newest issues first. */
    public java.util.Map<String, java.util.Map<String, Integer>> deliveriesByIssue() {
        java.util.Map<String, java.util.Map<String, Integer>> out = new java.util.LinkedHashMap<>();
        jdbi.useHandle(h -> h.createQuery(Queries.get("delivery-counts-by-issue")).map((rs, ctx) -> {
            out.computeIfAbsent(rs.getString("kind") + " " + rs.getString("issue_date"), k -> new java.util.TreeMap<>())
                    .put(rs.getString("status"), rs.getInt("n"));
            return 0;
        }).list());
        return out;
    }

    /** Delivery rows still waiting to go out, by status (queued, retry, sending, paused). */
    public java.util.Map<String, Integer> waitingDeliveries() {
        java.util.Map<String, Integer> out = new java.util.TreeMap<>();
        jdbi.useHandle(h -> h.createQuery(Queries.get("deliveries-waiting"))
                .map((rs, ctx) -> out.put(rs.getString("status"), rs.getInt("n"))).list());
        return out;
    }

    /** When the oldest mail that has not gone out yet (and may still) was queued. */
    public java.util.Optional<java.time.Instant> oldestWaiting() {
        return jdbi.withHandle(h -> h.createQuery(Queries.get("delivery-oldest-waiting")).mapTo(String.class).findOne())
                .map(java.time.Instant::parse);
    }

    /**
     * Copies a SQLite store to {@code file}, consistent while the service keeps running, and checks the
     * copy. PostgreSQL is backed up with pg_dump instead (docs/operating.md).
     *
     * @return one line saying what was copied
     */
    public String backupTo(Path file) {
        if (dialect != Dialect.SQLITE) {
            throw new IllegalStateException("the store is PostgreSQL, which pg_dump backs up while it runs: pg_dump"
                    + " --format=custom --file paperboy.dump postgresql://USER@HOST/DB (store.url without \"jdbc:\";"
                    + " docs/operating.md, Backups)");
        }
        Backup.Result copy = Backup.sqlite(jdbi, file);
        if (!copy.integrity().equals("ok")) {
            throw new IllegalStateException("the copy in " + copy.file() + " failed SQLite's integrity check ("
                    + copy.integrity() + "): keep the database as it is and try again");
        }
        StringBuilder rows = new StringBuilder();
        copy.rows().forEach((table, n) -> rows.append(rows.length() == 0 ? "" : ", ").append(n).append(' ').append(table));
        return String.format("Backed up to %s (%.1f MB): %s; SQLite's integrity check found no problem.",
                copy.file(), copy.bytes() / 1e6, rows);
    }

    /** Bytes the issues' mail takes in their rows: packed bodies, the pages of shared lines, and unpacked text. */
    public long mailBytes() {
        return jdbi.withHandle(h -> h.createQuery(dialect.query("mail-bytes")).mapTo(Long.class).one());
    }

    /**
     * Bytes the database takes (tables, their indexes and, on PostgreSQL, their TOAST), free pages not counted:
     * what a run adds to the disk.
     */
    public long storedBytes() {
        return jdbi.withHandle(h -> h.createQuery(dialect.query("stored-bytes")).mapTo(Long.class).one());
    }

    /** True when a trivial query succeeds: for health checks. */
    public boolean isUp() {
        try {
            return jdbi.withHandle(h -> h.createQuery("SELECT 1").mapTo(Integer.class).one()) == 1;
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public void close() {
        pool.close();
    }

    private static void createParentFolder(String url) {
        String file = url.substring("jdbc:sqlite:".length());
        int query = file.indexOf('?');
        if (query >= 0) {
            file = file.substring(0, query);
        }
        if (file.isEmpty() || file.equals(":memory:") || file.startsWith("file:")) {
            return;
        }
        Path parent = Path.of(file).toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the database folder " + parent, e);
        }
    }

    private static String rootMessage(Throwable e) {
        while (e.getCause() != null) {
            e = e.getCause();
        }
        return e.getMessage();
    }
}
