package org.paperboy.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.paperboy.issue.LanguageModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The chat completions API of OpenAI-compatible servers, asking for a JSON object. 429 and 5xx are
 * retried with backoff; anything else, or running out of retries, gives an empty answer so the caller
 * uses its offline text instead. Token use is counted for the operator.
 */
public final class OpenAiChat implements LanguageModel {

    private static final Logger LOG = LoggerFactory.getLogger(OpenAiChat.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ChatSettings settings;
    private final HttpClient http;
    private final AtomicLong promptTokens = new AtomicLong();
    private final AtomicLong completionTokens = new AtomicLong();

    public OpenAiChat(ChatSettings settings) {
        this.settings = settings;
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
    }

    @Override
    public Optional<String> completeJson(String system, String user) {
        ObjectNode body = JSON.createObjectNode();
        body.put("model", settings.model());
        body.put("temperature", 0);
        body.putObject("response_format").put("type", "json_object");
        var messages = body.putArray("messages");
        messages.addObject().put("role", "system").put("content", system);
        messages.addObject().put("role", "user").put("content", user);
        String base = settings.baseUrl().endsWith("/") ? settings.baseUrl() : settings.baseUrl() + "/";
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "chat/completions"))
                .timeout(settings.timeout())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        if (!settings.apiKey().isEmpty()) {
            request.header("Authorization", "Bearer " + settings.apiKey());
        }
        for (int attempt = 0; attempt <= settings.maxRetries(); attempt++) {
            try {
                HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                int status = response.statusCode();
                if (status == 200) {
                    return content(response.body());
                }
                if (status != 429 && status < 500) {
                    LOG.warn("LLM at {} answered HTTP {}: {}; using the offline text", settings.baseUrl(), status, abbreviate(response.body()));
                    return Optional.empty();
                }
                LOG.info("LLM at {} answered HTTP {}; retrying", settings.baseUrl(), status);
            } catch (IOException e) {
                LOG.info("LLM at {} unreachable ({}); retrying", settings.baseUrl(), e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
            sleep(Duration.ofMillis(500L << Math.min(attempt, 6)));
        }
        LOG.warn("LLM at {} gave no answer after {} attempts; using the offline text", settings.baseUrl(), settings.maxRetries() + 1);
        return Optional.empty();
    }

    public long promptTokens() {
        return promptTokens.get();
    }

    public long completionTokens() {
        return completionTokens.get();
    }

    private Optional<String> content(String body) {
        try {
            JsonNode root = JSON.readTree(body);
            JsonNode usage = root.path("usage");
            promptTokens.addAndGet(usage.path("prompt_tokens").asLong(0));
            completionTokens.addAndGet(usage.path("completion_tokens").asLong(0));
            JsonNode content = root.path("choices").path(0).path("message").path("content");
            return content.isTextual() ? Optional.of(content.asText()) : Optional.empty();
        } catch (IOException e) {
            LOG.warn("LLM answer is not a chat completion: {}", abbreviate(body));
            return Optional.empty();
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 200 ? s : s.substring(0, 200) + "…";
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
