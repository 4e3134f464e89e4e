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
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A loopback server speaking the OpenAI chat completions protocol: it answers each request with the
 * next scripted reply (an HTTP status, or content for choices[0].message.content), and records the
 * requests it got.
 */
final class FakeOpenAi implements AutoCloseable {

    record Reply(int status, String content) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    final List<JsonNode> requests = new CopyOnWriteArrayList<>();
    final List<String> authorizations = new CopyOnWriteArrayList<>();
    private final Deque<Reply> script = new ArrayDeque<>();
    private Function<String, String> fallback = user -> "{}";
    private final HttpServer server;

    FakeOpenAi() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/v1/chat/completions", exchange -> {
            JsonNode request = JSON.readTree(exchange.getRequestBody());
            requests.add(request);
            authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            Reply reply;
            synchronized (script) {
                reply = script.isEmpty() ? new Reply(200, fallback.apply(request.path("messages").path(1).path("content").asText()))
                        : script.poll();
            }
            byte[] body;
            if (reply.status() == 200) {
                ObjectNode root = JSON.createObjectNode();
                root.put("id", "chatcmpl-test").put("object", "chat.completion").put("model", request.path("model").asText());
                ObjectNode choice = root.putArray("choices").addObject();
                choice.put("index", 0).put("finish_reason", "stop");
                choice.putObject("message").put("role", "assistant").put("content", reply.content());
                root.putObject("usage").put("prompt_tokens", 100).put("completion_tokens", 20).put("total_tokens", 120);
                body = root.toString().getBytes(StandardCharsets.UTF_8);
            } else {
                body = "{\"error\":{\"message\":\"slow down\",\"type\":\"rate_limit\"}}".getBytes(StandardCharsets.UTF_8);
            }
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(reply.status(), body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    FakeOpenAi then(int status, String content) {
        synchronized (script) {
            script.add(new Reply(status, content));
        }
        return this;
    }

    FakeOpenAi otherwise(Function<String, String> answer) {
        this.fallback = answer;
        return this;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
