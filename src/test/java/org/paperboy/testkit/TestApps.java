package org.paperboy.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.paperboy.app.App;
import org.paperboy.config.ConfigLoader;
import org.paperboy.store.Database;
import org.paperboy.subscriber.Tokens;
import org.paperboy.web.WebServer;

/** The whole service as tests build it: a SQLite file, a local SMTP server, the complete web server. */
public final class TestApps {

    public static final String FROM = "digest@paperboy.example.org";

    private TestApps() {
    }

    /**
     * An app on a fresh SQLite file in {@code dir} that mails through the SMTP server on {@code smtpPort}.
     *
     * @param extra more settings as PAPERBOY_* name, value, name, value ...
     */
    public static App withMail(Path dir, int smtpPort, String... extra) {
        Map<String, String> settings = new HashMap<>(Map.of(
                "PAPERBOY_STORE_URL", sqlite(dir.resolve("paperboy.db")),
                "PAPERBOY_MAIL_FROM_ADDRESS", FROM,
                "PAPERBOY_MAIL_SMTP_HOST", "127.0.0.1",
                "PAPERBOY_MAIL_SMTP_PORT", String.valueOf(smtpPort),
                "PAPERBOY_MAIL_SMTP_SECURITY", "none"));
        for (int i = 0; i + 1 < extra.length; i += 2) {
            settings.put(extra[i], extra[i + 1]);
        }
        return new App(ConfigLoader.load(null, settings), TestEmbedder.SHARED);
    }

    /**
     * The JDBC URL of a SQLite file at {@code file}. A file that does not exist yet starts as a copy of one
     * that the migrations made once in this JVM: the service opens it and finds its schema up to date, as
     * it would on a second start. {@code SqliteStoreTest} migrates a new file from nothing.
     */
    public static String sqlite(Path file) {
        if (!Files.exists(file)) {
            try {
                Files.createDirectories(file.toAbsolutePath().getParent());
                Files.copy(migrated(), file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return "jdbc:sqlite:" + file;
    }

    private static Path migrated;

    private static synchronized Path migrated() throws IOException {
        if (migrated == null) {
            Path dir = Files.createTempDirectory("paperboy-schema");
            Path file = dir.resolve("schema.db");
            // closing the last connection folds the write-ahead log into the file, so the file alone is the database
            Database.open("jdbc:sqlite:" + file, null, null).close();
            file.toFile().deleteOnExit();
            dir.toFile().deleteOnExit();
            migrated = file;
        }
        return migrated;
    }

    public static Tokens tokens() {
        return new Tokens(new SecureRandom().generateSeed(32));
    }

    /** Every route: sign-up, preferences, unsubscribe, feedback, archive, health. */
    public static WebServer web(App app, Tokens tokens, Supplier<String> base) {
        return app.web("127.0.0.1", 0, tokens, base);
    }
}
