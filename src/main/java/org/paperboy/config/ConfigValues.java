package org.paperboy.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.net.URI;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How the typed keys are read from their text, the same from the YAML file and from PAPERBOY_*
 * variables (which are always text): an enum by any case of its documented spelling (a YAML
 * {@code true} counts as the word "true"), a time zone by its region id, a date as YYYY-MM-DD. A value
 * that is none of those fails with what the key accepts (see {@link #accepted}).
 */
final class ConfigValues {

    private ConfigValues() {
    }

    static SimpleModule module() {
        SimpleModule module = new SimpleModule("paperboy-config") {
            @Override
            public void setupModule(SetupContext context) {
                super.setupModule(context);
                context.addDeserializers(new Deserializers.Base() {
                    @Override
                    public JsonDeserializer<?> findEnumDeserializer(Class<?> type, DeserializationConfig config,
                            BeanDescription description) {
                        return new Parsed<>(type, text -> spelledAs(type, text));
                    }
                });
            }
        };
        module.addDeserializer(ZoneId.class, new Parsed<>(ZoneId.class, ZoneId::of));
        module.addDeserializer(LocalDate.class, new Parsed<>(LocalDate.class, LocalDate::parse));
        return module;
    }

    /** What a key of this type accepts, for the message that refuses a value. */
    static String accepted(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(ConfigValues::spelling).collect(Collectors.joining(", "));
        }
        if (type == ZoneId.class) {
            return "a time zone such as UTC, Europe/Berlin or America/New_York";
        }
        if (type == URI.class) {
            return "a web address such as https://rss.arxiv.org/rss";
        }
        if (type == LocalDate.class) {
            return "a date written YYYY-MM-DD, such as 2026-12-25";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number";
        }
        if (type == double.class || type == Double.class) {
            return "a number";
        }
        return type == boolean.class || type == Boolean.class ? "true or false" : type.getSimpleName();
    }

    /** How the config file spells a constant: lower case, words joined by hyphens (replace-cross). */
    private static String spelling(Object constant) {
        return ((Enum<?>) constant).name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static Object spelledAs(Class<?> type, String text) {
        String wanted = text.strip().replace('_', '-');
        for (Object constant : type.getEnumConstants()) {
            if (spelling(constant).equalsIgnoreCase(wanted)) {
                return constant;
            }
        }
        throw new IllegalArgumentException(text);
    }

    /** A value read from its text; text it cannot read is Jackson's "invalid format", caught by the loader. */
    private static final class Parsed<T> extends StdScalarDeserializer<T> {
        private final Function<String, ?> parse;

        @SuppressWarnings("unchecked")
        Parsed(Class<?> type, Function<String, ?> parse) {
            super((Class<T>) type);
            this.parse = parse;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser p, DeserializationContext context) throws IOException {
            String text = p.getValueAsString();
            if (text == null) {
                return (T) context.handleUnexpectedToken(handledType(), p);
            }
            try {
                return (T) parse.apply(text.strip());
            } catch (IllegalArgumentException | DateTimeException e) {
                throw context.weirdStringException(text, handledType(), "not accepted");
            }
        }
    }
}
