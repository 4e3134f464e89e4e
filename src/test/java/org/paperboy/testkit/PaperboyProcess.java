package org.paperboy.testkit;

import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The real `paperboy` command in a JVM of its own, as an operator runs it: a fresh link-signing secret, an
 * operator address, the web server on a free loopback port, ingest never due, and no PAPERBOY_* variable
 * of the test's own environment; {@code settings} adds or overrides variables. Output and errors go to {@code log}.
 */
public final class PaperboyProcess {

    private PaperboyProcess() {
    }

    public static Process start(Path log, String heap, Map<String, String> settings, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                "org.paperboy.cli.Paperboy"));
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
}
