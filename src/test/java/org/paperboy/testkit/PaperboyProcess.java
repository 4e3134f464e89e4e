package org.paperboy.testkit;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * The real `paperboy` command in a JVM of its own, as an operator runs it: a fresh link-signing secret, an
 * operator address, the web server on a free loopback port, ingest never due, and no PAPERBOY_* variable
 * of the test's own environment; {@code settings} adds or overrides variables. Output and errors go to {@code log}.
 *
 * <p>It runs from a jar of the service's classes, as the release archive does, with the dependencies' jars,
 * and shares a class-data archive (CDS) made once per build: each of the suite's thirty-odd processes
 * then starts in about 1.1 s of processor time instead of 1.8 s. Without the archive it starts the same
 * way, only slower.
 */
public final class PaperboyProcess {

    private static final Path CDS = Path.of("target", "cds");
    private static List<String> launch;

    private PaperboyProcess() {
    }

    public static Process start(Path log, String heap, Map<String, String> settings, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(java(), "-Xmx" + heap, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
        command.addAll(launch());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(k -> k.startsWith("PAPERBOY_"));
        env.put("PAPERBOY_SECRET", Base64.getEncoder().encodeToString(new SecureRandom().generateSeed(48)));
        env.put("PAPERBOY_INGEST_OPERATOR_EMAIL", "operator@paperboy.example.org");
        env.put("PAPERBOY_WEB_HOST", "127.0.0.1");
        env.put("PAPERBOY_WEB_PORT", "0");
        // never within a test: ingest would go to arXiv
        env.put("PAPERBOY_SCHEDULE_INGEST_CRON", "0 0 0 1 1 ? 2099");
        env.putAll(settings);
        return builder.start();
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * The class path and main class, with the shared archive when there is one. Test JVMs run side by side:
     * the first to get here makes the jar and the archive under a file lock, the others wait and reuse them.
     */
    private static synchronized List<String> launch() throws IOException {
        if (launch != null) {
            return launch;
        }
        List<String> jars = new ArrayList<>();
        Path classes = null;
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path p = Path.of(entry);
            if (p.endsWith(Path.of("target", "classes"))) {
                classes = p;
            } else if (entry.endsWith(".jar")) {
                jars.add(entry);
            }
        }
        List<String> plain = List.of("-cp", System.getProperty("java.class.path"), "org.paperboy.cli.Paperboy");
        if (classes == null) {
            return launch = plain;
        }
        Files.createDirectories(CDS);
        Path jar = CDS.resolve("paperboy.jar");
        Path archive = CDS.resolve("paperboy.jsa");
        Path stamp = CDS.resolve("built-from");
        List<String> path = new ArrayList<>(List.of(jar.toString()));
        path.addAll(jars);
        String classPath = String.join(File.pathSeparator, path);
        try (FileChannel lock = FileChannel.open(CDS.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock held = lock.lock()) {
            String built = newest(classes) + " " + jars.hashCode();
            if (!Files.exists(stamp) || !Files.readString(stamp).equals(built)) {
                Files.deleteIfExists(stamp);
                Files.deleteIfExists(archive);
                pack(classes, jar);
                dump(classPath, archive);
                Files.writeString(stamp, built);
            }
            List<String> out = new ArrayList<>();
            if (Files.exists(archive)) {
                out.add("-XX:SharedArchiveFile=" + archive);
            }
            out.addAll(List.of("-cp", classPath, "org.paperboy.cli.Paperboy"));
            return launch = out;
        }
    }

    /** The newest modification time under {@code dir}: a new build makes a new jar and archive. */
    private static long newest(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.mapToLong(f -> f.toFile().lastModified()).max().orElse(0);
        }
    }

    private static void pack(Path classes, Path jar) throws IOException {
        try (OutputStream raw = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(raw);
             Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(f -> !f.equals(classes)).sorted().toList()) {
                String name = classes.relativize(f).toString().replace(File.separatorChar, '/');
                // folders too: Flyway finds the migrations by asking for their folder
                out.putNextEntry(new JarEntry(Files.isDirectory(f) ? name + "/" : name));
                if (!Files.isDirectory(f)) {
                    Files.copy(f, out);
                }
                out.closeEntry();
            }
        }
    }

    /**
     * Runs `paperboy deliveries` on a new SQLite file (opening the store, migrating it, reading the
     * configuration: what every command does first) and keeps the classes it loaded. A failed dump leaves
     * no archive, and the processes start without one.
     */
    private static void dump(String classPath, Path archive) throws IOException {
        Path db = CDS.resolve("dump.db");
        Files.deleteIfExists(db);
        ProcessBuilder builder = new ProcessBuilder(java(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-XX:ArchiveClassesAtExit=" + archive, "-cp", classPath, "org.paperboy.cli.Paperboy", "deliveries")
                .redirectErrorStream(true).redirectOutput(CDS.resolve("dump.log").toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("PAPERBOY_"));
        builder.environment().put("PAPERBOY_STORE_URL", "jdbc:sqlite:" + db);
        builder.environment().put("PAPERBOY_SECRET", Base64.getEncoder().encodeToString(new SecureRandom().generateSeed(48)));
        Process p = builder.start();
        try {
            if (!p.waitFor(2, TimeUnit.MINUTES) || p.exitValue() != 0) {
                p.destroyForcibly();
                Files.deleteIfExists(archive);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new IOException("interrupted while making the class-data archive"));
        }
    }
}
