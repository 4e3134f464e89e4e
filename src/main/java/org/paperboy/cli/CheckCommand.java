package org.paperboy.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.paperboy.app.Preflight;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Checks the settings serve runs with, and says what to fix.",
            "Errors (serve refuses to start on them): no PAPERBOY_SECRET, no ingest.operator_email, a web.base_url that is"
                + " no web address. Warnings: links or a From address on localhost, an SMTP server that does not answer.",
            "Exits 0 when everything checked is in order, 1 otherwise."})
final class CheckCommand implements Callable<Integer> {

    @ParentCommand
    Paperboy root;

    @Override
    public Integer call() {
        List<Preflight.Finding> found = Preflight.check(root.config(), System.getenv());
        found.forEach(System.out::println);
        long errors = found.stream().filter(Preflight.Finding::error).count();
        if (found.isEmpty()) {
            System.out.println("Everything checked is in order.");
        } else {
            System.out.printf("%d error(s), %d warning(s)%s%n", errors, found.size() - errors,
                    errors > 0 ? ": serve refuses to start until the errors are fixed" : "");
        }
        return found.isEmpty() ? 0 : 1;
    }
}
