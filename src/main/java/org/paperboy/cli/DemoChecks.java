package org.paperboy.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the demo checks before it removes the earlier demo's files: its port, and folders it can write. */
final class DemoChecks {

    static final int DEFAULT = 8080;

    private DemoChecks() {
    }

    /**
     * The port the demo's web server takes: {@code asked} when given (refused if taken), else 8080 when it
     * serves and 8080 is free, else any free port (0).
     */
    static int choose(Integer asked, boolean serve) {
        if (asked != null) {
            if (asked != 0 && !free(asked)) {
                throw new IllegalArgumentException("port " + asked + " is taken by another program: pass another --port,"
                        + " or leave --port out to take a free one (nothing was changed)");
            }
            return asked;
        }
        if (serve && free(DEFAULT)) {
            return DEFAULT;
        }
        if (serve) {
            System.out.println("Port " + DEFAULT + " is taken, so the demo's web server takes a free port"
                    + " (see below; --port picks one).");
        }
        return 0;
    }

    private static boolean free(int port) {
        try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            probe.setReuseAddress(true);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Creates {@code dir} if needed and fails, before anything is removed, when it cannot be written to. */
    static void writable(Path dir) {
        try {
            Files.createDirectories(dir);
            Files.delete(Files.createTempFile(dir, ".demo-check", ""));
        } catch (IOException e) {
            throw new UncheckedIOException("the demo cannot write to " + dir.toAbsolutePath() + " (" + e.getMessage()
                    + "): make it writable, or pass --data / --out with folders it can write to (nothing was changed)", e);
        }
    }
}
