package org.paperboy.render;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.attributes.methodaccess.BlacklistMethodAccessValidator;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.loader.FileLoader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The Pebble engines over the operator's {@code templates/} folder. Templates are read from disk on
 * every render (no cache), so an edit shows in the next issue without a rebuild or restart; a run that
 * renders many issues takes a {@link #forRun()} copy, which reads each template once, so an edit shows
 * from the next run. HTML output is escaped; templates whose name ends in {@code .txt.peb} are plain
 * text and are not, because an escaped {@code &amp;} in a text mail is a defect. Text templates keep
 * their newlines as written. An undefined variable is an error, not an empty string.
 */
public final class Templates {

    /** How HTML templates escape what they print: {@link #asciiHtml}. */
    static final String ASCII_HTML = "ascii-html";

    private final PebbleEngine html;
    private final PebbleEngine text;
    private final Filter escape;
    private final Path dir;

    public Templates(Path dir) {
        this(dir, false);
    }

    private Templates(Path dir, boolean cached) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("template folder " + dir.toAbsolutePath()
                    + " does not exist: set templates_dir in config/paperboy.yaml or run from the Paperboy folder");
        }
        this.dir = dir;
        this.html = engine(dir, true, cached);
        this.text = engine(dir, false, cached);
        this.escape = html.getExtensionRegistry().getFilter("escape");
    }

    /** The same templates, each read and parsed once: for one run that renders many issues. */
    public Templates forRun() {
        return new Templates(dir, true);
    }

    private static PebbleEngine engine(Path dir, boolean escape, boolean cached) {
        return new PebbleEngine.Builder()
                .loader(new FileLoader(dir.toAbsolutePath().toString()))
                .autoEscaping(escape)
                .addEscapingStrategy(ASCII_HTML, Templates::asciiHtml)
                .defaultEscapingStrategy(ASCII_HTML)
                .strictVariables(true)
                // Pebble's trimming also eats the newline after {{ ... }}, which joins lines in plain text;
                // text templates control their whitespace with {%- ... %} instead
                .newLineTrimming(escape)
                .cacheActive(cached)
                // models are plain maps, lists, strings and numbers; templates must not reach into the JVM
                .methodAccessValidator(new BlacklistMethodAccessValidator())
                .build();
    }

    /**
     * Renders a template by its path under the template folder, e.g. {@code email/daily.html.peb}.
     * Templates get a plain model (maps, lists, strings, numbers, booleans).
     */
    public String render(String name, Map<String, ?> model) {
        return evaluate(name, () -> engine(name).getTemplate(name), model, 8192);
    }

    /**
     * A template made from {@code source}, which names the folder's templates it builds on (imports,
     * extends); escaped or not like the template called {@code like}.
     */
    PebbleTemplate literal(String like, String source) {
        try {
            return engine(like).getLiteralTemplate(source);
        } catch (PebbleException e) {
            throw failed(like, e);
        }
    }

    /** @param size about how long the output is, so it is not copied over and over as it grows */
    String evaluate(String like, PebbleTemplate template, Map<String, ?> model, int size) {
        return evaluate(like, () -> template, model, size);
    }

    /**
     * {@code text} for HTML: the five characters markup gives meaning to as entities, and every character
     * beyond ASCII as a numeric reference, so that the page is the same in every client whatever charset
     * it assumes, and a day's thousands of mails are stored and sent as the single bytes they are. The
     * private use area is left as it is: it marks the places of the readers' values in a paper's part
     * rendered once a run (see {@link Section}).
     */
    static String asciiHtml(String text) {
        int plain = 0;
        while (plain < text.length() && plainAscii(text.charAt(plain))) {
            plain++;
        }
        if (plain == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 32);
        out.append(text, 0, plain);
        for (int i = plain; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c < 0x80 || Section.privateUse(c)) {
                        out.appendCodePoint(c);
                    } else {
                        out.append("&#").append(c).append(';');
                    }
                }
            }
        }
        return out.toString();
    }

    private static boolean plainAscii(char c) {
        return c < 0x80 && c != '&' && c != '<' && c != '>' && c != '"' && c != '\'';
    }

    /** {@code value} escaped exactly as an HTML template prints it. */
    String escapeHtml(Object value) {
        return escape.apply(value, Map.of(), null, null, 0).toString();
    }

    private PebbleEngine engine(String name) {
        return name.endsWith(".txt.peb") ? text : html;
    }

    private String evaluate(String name, java.util.function.Supplier<PebbleTemplate> template, Map<String, ?> model,
            int size) {
        StringWriter out = new StringWriter(size);
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> context = (Map<String, Object>) model;
            template.get().evaluate(out, context);
        } catch (PebbleException e) {
            throw failed(name, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write template output for " + name, e);
        }
        return out.toString();
    }

    private IllegalStateException failed(String name, PebbleException e) {
        return new IllegalStateException("template " + dir.resolve(name) + " failed: " + e.getMessage()
                + " (fix the template or restore it from the Paperboy release)", e);
    }
}
