package org.paperboy.cli;

import java.nio.file.Path;
import org.paperboy.app.App;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Copies the SQLite database to FILE while the service keeps running.",
            "The copy is consistent (everything committed when it started), compacted, and checked before this"
                + " command reports it.",
            "To restore, stop the service and put the copy where store.url points (docs/operating.md).",
            "A PostgreSQL store is backed up with pg_dump instead; this command says how."})
final class BackupCommand implements Runnable {

    @ParentCommand
    Paperboy root;

    @Parameters(index = "0", paramLabel = "FILE", description = "The new file to write; an existing file is never overwritten.")
    Path file;

    @Override
    public void run() {
        try (App app = new App(root.config())) {
            System.out.println(app.db().backupTo(file));
        }
    }
}
