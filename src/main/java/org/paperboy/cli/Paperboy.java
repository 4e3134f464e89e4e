package org.paperboy.cli;

import org.paperboy.bench.BenchCommand;
import java.nio.file.Path;
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
            CommandLine.HelpCommand.class
        },
        footer = {"", "Settings: config/paperboy.yaml (every key documented there); secrets from PAPERBOY_* variables."})
public final class Paperboy implements Runnable {

    @Option(names = "--config", paramLabel = "FILE",
            description = "Configuration file (default: ${DEFAULT-VALUE}; built-in defaults when missing).")
    Path configFile = Path.of("config", "paperboy.yaml");

    @Option(names = "--stacktrace", description = "Show the full stack trace when a command fails.")
    boolean stacktrace;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    Config config() {
        return ConfigLoader.load(configFile, System.getenv());
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
