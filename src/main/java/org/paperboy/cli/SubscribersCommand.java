package org.paperboy.cli;

import org.paperboy.app.App;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.paperboy.score.ProfileQueries;
import org.paperboy.subscriber.PaperAssistantImport;
import org.paperboy.subscriber.ProfileFiles;
import org.paperboy.subscriber.ProfileImport;
import org.paperboy.subscriber.Subscriber;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "subscribers", mixinStandardHelpOptions = true,
        description = "Imports subscriber profiles, lists subscribers and shows one's profile.",
        subcommands = {SubscribersCommand.Import.class, SubscribersCommand.ListAll.class, SubscribersCommand.Show.class})
final class SubscribersCommand implements Runnable {

    @ParentCommand
    Paperboy root;

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Adds or updates subscribers from YAML profiles (see subscribers/README.md).",
                "A gpt_paper_assistant paper_topics.txt and authors.txt pair can be imported too.",
                "Someone who unsubscribed stays unsubscribed when their file is imported again.",
                "A reader who changed their profile in the preference centre after their file",
                "was imported keeps that edit: the file is skipped and listed (--overwrite",
                "replaces it all the same)."})
    static final class Import implements Runnable {
        @ParentCommand
        SubscribersCommand parent;

        @Parameters(paramLabel = "PATH", arity = "0..*",
                description = "Profile files or folders of them (default: subscribers/).")
        List<Path> paths = new ArrayList<>();

        @Option(names = "--paper-assistant", arity = "2", paramLabel = "FILE",
                description = "Import paper_topics.txt and authors.txt (in that order) instead; needs --email.")
        List<Path> paperAssistant;

        @Option(names = "--email", description = "Address for a --paper-assistant import.")
        String email;

        @Option(names = "--name", description = "Name for a --paper-assistant import.", defaultValue = "")
        String name;

        @Option(names = "--overwrite",
                description = "Replace the profiles that their readers edited on the web since the last import too.")
        boolean overwrite;

        @Option(names = "--dry-run", description = "Print each profile as it would be stored, and how the scorer reads it; store nothing.")
        boolean dryRun;

        @Override
        public void run() {
            List<Subscriber> found = new ArrayList<>();
            if (paperAssistant != null) {
                if (email == null) {
                    throw new IllegalArgumentException("--paper-assistant needs --email ADDRESS for the new subscriber");
                }
                found.add(PaperAssistantImport.read(paperAssistant.get(0), paperAssistant.get(1), email, name));
            } else {
                if (paths.isEmpty()) {
                    paths.add(Path.of("subscribers"));
                }
                for (Path p : paths) {
                    found.addAll(Files.isDirectory(p) ? ProfileFiles.loadDirectory(p) : List.of(ProfileFiles.read(p)));
                }
            }
            if (dryRun) {
                found.forEach(SubscribersCommand::print);
                System.out.println("Would import " + found.size() + " subscriber(s); nothing was stored (--dry-run).");
                return;
            }
            ProfileImport.Result result;
            try (App app = new App(parent.root.config())) {
                result = new ProfileImport(app.db().subscribers()).run(found, overwrite);
            }
            for (Subscriber saved : result.imported()) {
                System.out.printf("%-32s %-12s %d topics, %d authors%n", saved.email(), saved.status(),
                        saved.profile().topics().size(), saved.profile().authors().size());
            }
            for (ProfileImport.Skipped skipped : result.skipped()) {
                System.out.printf("%-32s skipped: %s%n", skipped.email(), skipped.reason());
            }
            System.out.println("Imported " + result.imported().size() + " subscriber(s)."
                    + (result.skipped().isEmpty() ? "" : " Skipped " + result.skipped().size()
                            + " whose readers edited their profile on the web (listed above); --overwrite replaces them."));
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists every subscriber with status and interests.")
    static final class ListAll implements Runnable {
        @ParentCommand
        SubscribersCommand parent;

        @Override
        public void run() {
            try (App app = new App(parent.root.config())) {
                List<Subscriber> all = app.db().subscribers().all();
                for (Subscriber s : all) {
                    System.out.printf("%4d  %-32s %-12s %-10s %2d topics  %2d authors  %2d keywords  max %d at %02d:00 %s%n",
                            s.id(), s.email(), s.status(), s.profile().frequency().name().toLowerCase(),
                            s.profile().topics().size(), s.profile().authors().size(), s.profile().keywords().size(),
                            s.profile().maxPapers(), s.profile().deliveryHour(), s.profile().zone());
                }
                System.out.println(all.size() + " subscriber(s).");
            }
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = {"Prints a subscriber's stored profile and how the scorer reads it.",
                "The profile is YAML that `subscribers import` reads back; after it, as comments, come each query",
                "the scorer makes of it with its subjects, and what it leaves out."})
    static final class Show implements Runnable {
        @ParentCommand
        SubscribersCommand parent;

        @Parameters(paramLabel = "EMAIL", description = "The subscriber's address.")
        String email;

        @Override
        public void run() {
            try (App app = new App(parent.root.config())) {
                Subscriber s = app.db().subscribers().byEmail(email.strip()).orElseThrow(() -> new IllegalArgumentException(
                        "no subscriber with the address " + email + ": `paperboy subscribers list` shows every one"));
                System.out.println("# subscriber " + s.id() + ", " + s.status().name().toLowerCase(java.util.Locale.ROOT));
                print(s);
            }
        }
    }

    /** The profile as stored, and as the scorer reads it (as YAML comments, so the whole stays a profile file). */
    static void print(Subscriber s) {
        System.out.print(ProfileFiles.toYaml(s));
        System.out.println("# as the scorer reads it:");
        for (String line : ProfileQueries.of(s.profile()).lines()) {
            System.out.println("#   " + line);
        }
        System.out.println();
    }
}
