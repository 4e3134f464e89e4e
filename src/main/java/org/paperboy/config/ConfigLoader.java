package org.paperboy.config;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the configuration: the built-in defaults (a copy of config/paperboy.yaml), then the operator's
 * file, then PAPERBOY_* environment variables. Unknown keys, values a key does not accept and secrets
 * written in the file fail at once, naming the key and what to do.
 */
public final class ConfigLoader {

    private static final String DEFAULTS = "/org/paperboy/config/paperboy.yaml";

    /**
     * Keys whose values are secrets: a file is copied, backed up and checked in, so these come from the
     * environment only. {@code secret} (PAPERBOY_SECRET, the link-signing key) has no key in the file at all.
     */
    static final Set<String> SECRETS = Set.of("secret", "store.password", "mail.smtp.password", "mail.dkim.private_key",
            "inbound.password", "web.admin_password", "llm.api_key");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .registerModule(ConfigValues.module())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private ConfigLoader() {
    }

    /**
     * @param file the operator's file; null or a missing file means defaults only
     * @param env  the environment (System.getenv() in production)
     */
    public static Config load(Path file, Map<String, String> env) {
        ObjectNode tree = defaults();
        Set<String> fromFile = new HashSet<>();
        if (file != null && Files.exists(file)) {
            try {
                JsonNode user = YAML.readTree(file.toFile());
                if (user != null && !user.isMissingNode() && !user.isNull()) {
                    if (!user.isObject()) {
                        throw new IllegalArgumentException("config file " + file + " must be a YAML mapping of keys");
                    }
                    merge(tree, (ObjectNode) user, "", file.toString(), fromFile);
                }
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read config file " + file + ": " + e.getMessage(), e);
            }
        }
        refuseUnknownVariables(tree, env);
        applyEnvironment(tree, "", env);
        try {
            return YAML.treeToValue(tree, Config.class);
        } catch (UnrecognizedPropertyException e) {
            throw new IllegalArgumentException("unknown config key '" + e.getPropertyName() + "'", e);
        } catch (InvalidFormatException e) {
            String key = key(e);
            throw new IllegalArgumentException("config key '" + key + "' " + origin(key, file, fromFile, env) + " is '" + e.getValue()
                    + "', which it does not accept: use " + ConfigValues.accepted(e.getTargetType()), e);
        } catch (JsonMappingException e) {
            String key = key(e);
            throw new IllegalArgumentException("config key '" + key + "' " + origin(key, file, fromFile, env) + " is not of its kind: "
                    + e.getOriginalMessage(), e);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("invalid configuration: " + e.getOriginalMessage(), e);
        }
    }

    /** The key a binding error is about, as the file writes it (mail.smtp.security); list positions left out. */
    private static String key(JsonMappingException e) {
        return e.getPath().stream().map(JsonMappingException.Reference::getFieldName).filter(name -> name != null)
                .collect(Collectors.joining("."));
    }

    /** Where a key's value came from: the environment overrides the file, which overrides the defaults. */
    private static String origin(String key, Path file, Set<String> fromFile, Map<String, String> env) {
        if (env.containsKey(envName(key))) {
            return "(from " + envName(key) + ")";
        }
        return fromFile.contains(key) ? "(in " + file + ")" : "(in the built-in defaults)";
    }

    static ObjectNode defaults() {
        try (InputStream in = ConfigLoader.class.getResourceAsStream(DEFAULTS)) {
            if (in == null) {
                throw new IllegalStateException("built-in defaults " + DEFAULTS + " are missing: rebuild Paperboy");
            }
            return (ObjectNode) YAML.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException("built-in defaults are unreadable", e);
        }
    }

    /** Copies the user's values over the defaults, refusing keys the defaults do not have. */
    private static void merge(ObjectNode target, ObjectNode source, String path, String file, Set<String> fromFile) {
        Iterator<Map.Entry<String, JsonNode>> fields = source.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String key = path + field.getKey();
            JsonNode current = target.get(field.getKey());
            if (SECRETS.contains(key) && !field.getValue().isNull() && !field.getValue().asText().isEmpty()) {
                throw new IllegalArgumentException("config key '" + key + "' in " + file + " is a secret, and secrets are"
                        + " read from the environment only: delete it from the file and set " + envName(key) + " instead");
            }
            if (current == null) {
                List<String> known = new ArrayList<>();
                target.fieldNames().forEachRemaining(known::add);
                throw new IllegalArgumentException("unknown config key '" + key + "' in " + file
                        + " (known keys here: " + String.join(", ", known) + ")");
            }
            if (current.isObject() && field.getValue().isObject()) {
                merge((ObjectNode) current, (ObjectNode) field.getValue(), key + ".", file, fromFile);
            } else if (current.isObject()) {
                throw new IllegalArgumentException("config key '" + key + "' in " + file + " must be a mapping");
            } else if (!field.getValue().isNull()) {
                target.set(field.getKey(), field.getValue());
                fromFile.add(key);
            }
        }
    }

    /**
     * A misspelt variable would otherwise be ignored as quietly as a misspelt key would not be: every
     * PAPERBOY_* variable must name a key, be the link-signing secret, or be one the launcher, the
     * container or the tests read.
     */
    private static void refuseUnknownVariables(ObjectNode tree, Map<String, String> env) {
        Set<String> known = new HashSet<>(NOT_KEYS);
        leafKeys(tree, "").forEach(key -> known.add(envName(key)));
        SECRETS.forEach(key -> known.add(envName(key)));
        List<String> unknown = env.keySet().stream()
                .filter(name -> name.startsWith("PAPERBOY_") && !name.startsWith("PAPERBOY_TEST_") && !known.contains(name))
                .sorted().toList();
        if (!unknown.isEmpty()) {
            String name = unknown.get(0);
            throw new IllegalArgumentException("unknown environment variable " + name + ": no config key has that name"
                    + nearest(name, known).map(n -> " (did you mean " + n + "?)").orElse("")
                    + "; correct or unset it (config/paperboy.yaml lists every key; its variable is PAPERBOY_ and the key"
                    + " in capitals with _ for each dot)" + (unknown.size() > 1 ? "; also unknown: "
                    + String.join(", ", unknown.subList(1, unknown.size())) : ""));
        }
    }

    /** Variables that are no config key: the launcher's, the container entrypoint's and the log level. */
    private static final Set<String> NOT_KEYS = Set.of("PAPERBOY_HOME", "PAPERBOY_JAVA_OPTS", "PAPERBOY_CLASSPATH",
            "PAPERBOY_DATA", "PAPERBOY_LOG_LEVEL");

    private static List<String> leafKeys(ObjectNode node, String path) {
        List<String> keys = new ArrayList<>();
        node.fields().forEachRemaining(field -> {
            if (field.getValue().isObject()) {
                keys.addAll(leafKeys((ObjectNode) field.getValue(), path + field.getKey() + "."));
            } else {
                keys.add(path + field.getKey());
            }
        });
        return keys;
    }

    /**
     * The known name a typo most likely meant: within a third of its letters, the one sharing the longest
     * start with it (PAPERBOY_MAIL_SMTP_HOSTNAME meant ..._HOST, not ..._USERNAME), then the closest.
     */
    private static Optional<String> nearest(String name, Set<String> known) {
        return known.stream().filter(candidate -> distance(name, candidate) <= name.length() / 3)
                .min(Comparator.<String>comparingInt(candidate -> -commonStart(name, candidate))
                        .thenComparingInt(candidate -> distance(name, candidate)));
    }

    private static int commonStart(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n;
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private static void applyEnvironment(ObjectNode node, String path, Map<String, String> env) {
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
        fields.forEachRemaining(entries::add);
        for (Map.Entry<String, JsonNode> field : entries) {
            String key = path + field.getKey();
            if (field.getValue().isObject()) {
                applyEnvironment((ObjectNode) field.getValue(), key + ".", env);
                continue;
            }
            String value = env.get(envName(key));
            if (value == null) {
                continue;
            }
            if (field.getValue().isArray()) {
                ArrayNode list = node.arrayNode();
                for (String item : value.split(",")) {
                    if (!item.isBlank()) {
                        list.add(item.strip());
                    }
                }
                node.set(field.getKey(), list);
            } else {
                node.put(field.getKey(), value);
            }
        }
    }

    /** The environment variable that overrides a key: ingest.operator_email → PAPERBOY_INGEST_OPERATOR_EMAIL. */
    public static String envName(String key) {
        return "PAPERBOY_" + key.replace('.', '_').toUpperCase(Locale.ROOT);
    }
}
