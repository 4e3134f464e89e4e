package org.paperboy.cli;

import org.paperboy.bench.BenchCommand;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.paperboy.config.Config;
import org.paperboy.config.ConfigLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The command line: every Paperboy task is a subcommand. */
@Command(name = "paperboy",
        mixinStandardHelpOptions = true,
        version = "Paperboy 0.1.0",
        description = "Personalized daily digests of new arXiv papers, by email.",
        subcommands = {
            DemoCommand.class,
            ServeCommand.class,
            IngestCommand.class,
            DigestCommand.class,
            WeeklyCommand.class,
            EvalCommand.class,
            BenchCommand.class,
            DeliveriesCommand.class,
            SubscribersCommand.class,
            BackupCommand.class,
            CheckCommand.class,
            CommandLine.HelpCommand.class
        },
        footer = {"", "Settings: config/paperboy.yaml (every key documented there); secrets from PAPERBOY_* variables."})
public final class Paperboy implements Runnable {

    @Option(names = "--config", paramLabel = "FILE",
            description = "Configuration file (default: config/paperboy.yaml when it exists, else the built-in defaults).")
    Path configFile;

    @Option(names = "--stacktrace", description = "Show the full stack trace when a command fails.")
    boolean stacktrace;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    Config config() {
        return config(System.getenv());
    }

    /** The settings: --config's file (which must exist), else config/paperboy.yaml, over the defaults; then env. */
    Config config(Map<String, String> env) {
        if (configFile != null && !Files.isRegularFile(configFile)) {
            throw new IllegalArgumentException("config file " + configFile + " does not exist: give the path of your file,"
                    + " or leave --config out to use config/paperboy.yaml (the built-in defaults when that is missing too)");
        }
        return ConfigLoader.load(configFile != null ? configFile : Path.of("config", "paperboy.yaml"), env);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        Paperboy root = new Paperboy();
        return new CommandLine(root)
                .setExecutionExceptionHandler((e, commandLine, parsed) -> {
                    commandLine.getErr().println("paperboy: " + e.getMessage());
                    if (root.stacktrace) {
                        e.printStackTrace(commandLine.getErr());
                    } else {
                        commandLine.getErr().println("(run with --stacktrace for details)");
                    }
                    return 1;
                })
                .execute(args);
    }
}
