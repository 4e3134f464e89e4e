package org.paperboy.render;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.loader.FileLoader;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The Pebble engine over the operator's {@code templates/} folder. Templates are read from disk, so an
 * edit shows in the next issue without a rebuild. Output is HTML-escaped unless a template says
 * otherwise, and an undefined variable is an error rather than an empty string.
 */
public final class Templates {

    private final PebbleEngine engine;
    private final Path dir;

    public Templates(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("template folder " + dir.toAbsolutePath()
                    + " does not exist: set templates_dir in config/paperboy.yaml or run from the Paperboy folder");
        }
        this.dir = dir;
        this.engine = new PebbleEngine.Builder()
                .loader(new FileLoader(dir.toAbsolutePath().toString()))
                .autoEscaping(true)
                .strictVariables(true)
                .newLineTrimming(true)
                .build();
    }

    /**
     * Renders a template by its path under the template folder, e.g. {@code email/daily.html.peb}.
     * Templates get a plain model (maps, lists, strings, numbers, records).
     */
    public String render(String name, Map<String, ?> model) {
        StringWriter out = new StringWriter();
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> context = (Map<String, Object>) model;
            engine.getTemplate(name).evaluate(out, context);
        } catch (PebbleException e) {
            throw new IllegalStateException("template " + dir.resolve(name) + " failed: " + e.getMessage()
                    + " (fix the template or restore it from the Paperboy release)", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write template output for " + name, e);
        }
        return out.toString();
    }
}
