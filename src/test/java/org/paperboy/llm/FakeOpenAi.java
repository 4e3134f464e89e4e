package org.paperboy.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A loopback server speaking the OpenAI chat completions protocol: it answers each request with the
 * next scripted reply (an HTTP status with optional headers, or content for choices[0].message.content),
 * otherwise with what {@link #otherwise} makes of the user message, and records the requests it got.
 * Success bodies carry usage as OpenAI reports it; error bodies are OpenAI's error objects.
 */
public final class FakeOpenAi implements AutoCloseable {

    record Reply(int status, String content, Map<String, String> headers) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ARXIVID = Pattern.compile("(?m)^ARXIVID: (\\S+)$");

    public final List<JsonNode> requests = new CopyOnWriteArrayList<>();
    final List<String> authorizations = new CopyOnWriteArrayList<>();
    private final Deque<Reply> script = new ArrayDeque<>();
    private volatile Function<String, String> fallback = user -> "{}";
    private volatile long promptTokens = 100;
    private volatile long completionTokens = 20;
    private volatile boolean defaultTemperatureOnly;
    private final HttpServer server;

    public FakeOpenAi() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/v1/chat/completions", exchange -> {
            JsonNode request = JSON.readTree(exchange.getRequestBody());
            requests.add(request);
            authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            Reply reply = defaultTemperatureOnly && request.has("temperature") && request.path("temperature").asDouble() != 1
                    ? new Reply(400, "", Map.of()) : next(request);
            byte[] body = (reply.status() == 200 ? completion(request, reply.content())
                    : error(reply.status(), defaultTemperatureOnly && request.has("temperature")))
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            reply.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            exchange.sendResponseHeaders(reply.status(), body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    private Reply next(JsonNode request) {
        synchronized (script) {
            return script.isEmpty() ? new Reply(200, fallback.apply(user(request)), Map.of()) : script.poll();
        }
    }

    public FakeOpenAi then(int status, String content) {
        return then(status, content, Map.of());
    }

    public FakeOpenAi then(int status, String content, Map<String, String> headers) {
        synchronized (script) {
            script.add(new Reply(status, content, headers));
        }
        return this;
    }

    /** How every request beyond the script is answered, from its user message. */
    public FakeOpenAi otherwise(Function<String, String> answer) {
        this.fallback = answer;
        return this;
    }

    /** The usage every successful answer reports. */
    public FakeOpenAi usage(long prompt, long completion) {
        this.promptTokens = prompt;
        this.completionTokens = completion;
        return this;
    }

    /** Refuses any temperature but 1 as the GPT-5 family does (HTTP 400 naming the parameter). */
    public FakeOpenAi defaultTemperatureOnly() {
        this.defaultTemperatureOnly = true;
        return this;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    public static String user(JsonNode request) {
        return request.path("messages").path(1).path("content").asText();
    }

    public static String system(JsonNode request) {
        return request.path("messages").path(0).path("content").asText();
    }

    /** The arXiv ids of the papers a judge's user message asks about, in order. */
    public static List<String> arxivIds(String user) {
        return ARXIVID.matcher(user).results().map(m -> m.group(1)).toList();
    }

    /** Every paper id the judge asked about, over all requests so far. */
    public List<String> askedIds() {
        return requests.stream().flatMap(r -> arxivIds(user(r)).stream()).toList();
    }

    private String completion(JsonNode request, String content) {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", "chatcmpl-test").put("object", "chat.completion").put("created", 1781000000L)
                .put("model", request.path("model").asText());
        ObjectNode choice = root.putArray("choices").addObject();
        choice.put("index", 0).put("finish_reason", "stop");
        choice.putObject("message").put("role", "assistant").put("content", content);
        root.putObject("usage").put("prompt_tokens", promptTokens).put("completion_tokens", completionTokens)
                .put("total_tokens", promptTokens + completionTokens);
        return root.toString();
    }

    private static String error(int status, boolean temperature) {
        ObjectNode root = JSON.createObjectNode();
        if (temperature) {
            root.putObject("error").put("message", "Unsupported value: 'temperature' does not support 0 with this model."
                    + " Only the default (1) value is supported.").put("type", "invalid_request_error")
                    .put("param", "temperature").put("code", "unsupported_value");
            return root.toString();
        }
        String message = switch (status) {
            case 401 -> "Incorrect API key provided: sk-test. You can find your API key at https://platform.openai.com/account/api-keys.";
            case 429 -> "Rate limit reached for requests";
            case 400 -> "This model's maximum context length is 8192 tokens.";
            default -> "The server had an error while processing your request. Sorry about that!";
        };
        String type = status == 429 ? "requests" : status >= 500 ? "server_error" : "invalid_request_error";
        root.putObject("error").put("message", message).put("type", type).putNull("param").put("code", status == 401 ? "invalid_api_key" : null);
        return root.toString();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
