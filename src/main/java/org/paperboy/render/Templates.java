package org.paperboy.render;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.attributes.methodaccess.BlacklistMethodAccessValidator;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.loader.FileLoader;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The Pebble engines over the operator's {@code templates/} folder. Templates are read from disk on
 * every render (no cache), so an edit shows in the next issue without a rebuild or restart. HTML output
 * is escaped; templates whose name ends in {@code .txt.peb} are plain text and are not, because an
 * escaped {@code &amp;} in a text mail is a defect. Text templates keep their newlines as written. An
 * undefined variable is an error, not an empty string.
 */
public final class Templates {

    private final PebbleEngine html;
    private final PebbleEngine text;
    private final Path dir;

    public Templates(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("template folder " + dir.toAbsolutePath()
                    + " does not exist: set templates_dir in config/paperboy.yaml or run from the Paperboy folder");
        }
        this.dir = dir;
        this.html = engine(dir, true);
        this.text = engine(dir, false);
    }

    private static PebbleEngine engine(Path dir, boolean escape) {
        return new PebbleEngine.Builder()
                .loader(new FileLoader(dir.toAbsolutePath().toString()))
                .autoEscaping(escape)
                .strictVariables(true)
                // Pebble's trimming also eats the newline after {{ ... }}, which joins lines in plain text;
                // text templates control their whitespace with {%- ... %} instead
                .newLineTrimming(escape)
                .cacheActive(false)
                // models are plain maps, lists, strings and numbers; templates must not reach into the JVM
                .methodAccessValidator(new BlacklistMethodAccessValidator())
                .build();
    }

    /**
     * Renders a template by its path under the template folder, e.g. {@code email/daily.html.peb}.
     * Templates get a plain model (maps, lists, strings, numbers, booleans).
     */
    public String render(String name, Map<String, ?> model) {
        StringWriter out = new StringWriter();
        PebbleEngine engine = name.endsWith(".txt.peb") ? text : html;
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
