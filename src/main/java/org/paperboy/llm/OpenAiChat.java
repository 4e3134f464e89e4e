package org.paperboy.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.failsafe.RetryPolicy;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.paperboy.http.HttpRetries;
import org.paperboy.issue.LanguageModel;
import org.paperboy.score.ChatModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The chat completions API of OpenAI-compatible servers: a JSON object for the weekly prose, plain text
 * for the judge. 429 and 5xx are retried with backoff, waiting as long as Retry-After asks (up to two
 * minutes; {@link HttpRetries}); anything else, or running out of retries, is an answer the caller falls
 * back from. Token use is counted per answer and in total.
 */
public final class OpenAiChat implements LanguageModel, ChatModel {
    private static final Logger LOG = LoggerFactory.getLogger(OpenAiChat.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ChatSettings settings;
    private final HttpClient http;
    private final RetryPolicy<HttpResponse<String>> retries;
    private final AtomicLong promptTokens = new AtomicLong();
    private final AtomicLong completionTokens = new AtomicLong();
    /** Temperature 0 keeps answers repeatable, where the model accepts it. */
    private final AtomicBoolean temperature = new AtomicBoolean(true);

    public OpenAiChat(ChatSettings settings) {
        this.settings = settings;
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
        this.retries = HttpRetries.policy(settings.maxRetries(), settings.backoff(), OpenAiChat::notNow).build();
    }

    @Override
    public Optional<String> completeJson(String system, String user) {
        Reply reply = exchange(system, user, true);
        if (reply instanceof Answer a) {
            return Optional.of(a.text());
        }
        LOG.warn("LLM at {}: {}; using the offline text", settings.baseUrl(), describe(reply));
        return Optional.empty();
    }

    @Override
    public String name() {
        return settings.model();
    }

    @Override
    public Reply ask(String system, String user) {
        return exchange(system, user, false);
    }

    public long promptTokens() {
        return promptTokens.get();
    }

    public long completionTokens() {
        return completionTokens.get();
    }

    private Reply exchange(String system, String user, boolean jsonObject) {
        HttpRetries.Outcome outcome;
        try {
            outcome = HttpRetries.send("LLM at " + settings.baseUrl(), retries, () -> send(system, user, jsonObject),
                    HttpRetries.Sleeper.REAL);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Unavailable("interrupted");
        }
        HttpResponse<String> response = outcome.response();
        if (response != null && response.statusCode() == 200) {
            return answer(response.body());
        }
        if (response != null && !notNow(response.statusCode())) {
            return new Refused(response.statusCode(), abbreviate(response.body()));
        }
        String problem = response != null ? outcome.problem() : "unreachable (" + outcome.problem() + ")";
        return new Unavailable(problem + " after " + outcome.attempts() + " attempts");
    }

    /** One attempt: a model that takes only its default temperature is asked again at once, without one. */
    private HttpResponse<String> send(String system, String user, boolean jsonObject) throws IOException, InterruptedException {
        boolean withTemperature = temperature.get();
        HttpResponse<String> response = http.send(request(system, user, jsonObject, withTemperature), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 400 && withTemperature && rejectsTemperature(response.body())) {
            // The GPT-5 family takes only its default temperature and says so with a 400.
            LOG.info("LLM {} accepts only its default temperature; asking without one from now on", settings.model());
            temperature.set(false);
            return http.send(request(system, user, jsonObject, false), HttpResponse.BodyHandlers.ofString());
        }
        return response;
    }

    /** Rate limits and server errors are worth another try; any other refusal is final. */
    private static boolean notNow(int status) {
        return status == 429 || status >= 500;
    }

    private HttpRequest request(String system, String user, boolean jsonObject, boolean withTemperature) {
        ObjectNode body = JSON.createObjectNode();
        body.put("model", settings.model());
        if (withTemperature) {
            body.put("temperature", 0);
        }
        if (jsonObject) {
            body.putObject("response_format").put("type", "json_object");
        }
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
        return request.build();
    }

    /** OpenAI's error object names the parameter it refused. */
    private static boolean rejectsTemperature(String body) {
        try {
            return "temperature".equals(JSON.readTree(body).path("error").path("param").asText());
        } catch (IOException e) {
            return false;
        }
    }

    private Reply answer(String body) {
        try {
            JsonNode root = JSON.readTree(body);
            JsonNode usage = root.path("usage");
            long prompt = usage.path("prompt_tokens").asLong(0);
            long completion = usage.path("completion_tokens").asLong(0);
            promptTokens.addAndGet(prompt);
            completionTokens.addAndGet(completion);
            JsonNode content = root.path("choices").path(0).path("message").path("content");
            return new Answer(content.isTextual() ? content.asText() : "", prompt, completion);
        } catch (IOException e) {
            return new Unavailable("the answer is not a chat completion: " + abbreviate(body));
        }
    }

    private static String describe(Reply reply) {
        if (reply instanceof Refused r) {
            return "answered HTTP " + r.status() + ": " + r.detail();
        }
        return reply instanceof Unavailable u ? u.detail() : "answered";
    }

    private static String abbreviate(String s) {
        return s.length() <= 200 ? s : s.substring(0, 200) + "…";
    }
}
