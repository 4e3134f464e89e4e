package org.paperboy.llm;

import java.time.Duration;

/**
 * An OpenAI-compatible chat endpoint (OpenAI, vLLM, Ollama, llama.cpp all speak it).
 *
 * @param baseUrl e.g. https://api.openai.com/v1 or http://localhost:11434/v1; chat/completions is appended
 * @param apiKey  from PAPERBOY_LLM_API_KEY; may be empty for local servers
 * @param backoff the first wait before a retry, doubled for each further one, when the server names none
 */
public record ChatSettings(String baseUrl, String model, String apiKey, Duration timeout, int maxRetries, Duration backoff) {

    public ChatSettings(String baseUrl, String model, String apiKey, Duration timeout, int maxRetries) {
        this(baseUrl, model, apiKey, timeout, maxRetries, Duration.ofMillis(500));
    }

    @Override
    public String toString() {
        return "ChatSettings[baseUrl=" + baseUrl + ", model=" + model + ", apiKey=" + (apiKey.isEmpty() ? "" : "***") + "]";
    }
}
