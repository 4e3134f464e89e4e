package org.paperboy.embed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Settings the embedding libraries read on load, so that they stay off the network and out of the home folder. */
final class Offline {

    private Offline() {
    }

    static synchronized void configure(Path cacheDir) {
        Path dir = cacheDir.toAbsolutePath();
        try {
            Files.createDirectories(dir.resolve("djl"));
            Files.createDirectories(dir.resolve("jna"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the model cache folder " + dir + ": " + e.getMessage(), e);
        }
        // DJL (the tokenizer) reads these as environment variables or system properties.
        System.setProperty("OPT_OUT_TRACKING", "true");
        System.setProperty("ai.djl.offline", "true");
        System.setProperty("DJL_CACHE_DIR", dir.resolve("djl").toString());
        System.setProperty("ENGINE_CACHE_DIR", dir.resolve("djl").toString());
        System.setProperty("jna.tmpdir", dir.resolve("jna").toString());
    }
}
