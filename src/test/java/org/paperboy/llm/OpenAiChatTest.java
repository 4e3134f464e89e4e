package org.paperboy.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.paperboy.score.ChatModel;

/** The chat client's side of the protocol that neither the judge nor the weekly prose should have to know. */
class OpenAiChatTest {

    @Test
    void eachAnswerCarriesItsOwnUsageAndTheClientKeepsTheTotal() {
        try (FakeOpenAi server = new FakeOpenAi().usage(1234, 56).otherwise(user -> "{\"ARXIVID\": \"2606.00001\"}")) {
            OpenAiChat chat = JudgeFixture.chat(server, 0);
            assertThat(chat.ask("system", "user")).isEqualTo(new ChatModel.Answer("{\"ARXIVID\": \"2606.00001\"}", 1234, 56));
            chat.ask("system", "user");
            assertThat(chat.promptTokens()).isEqualTo(2468);
            assertThat(chat.completionTokens()).isEqualTo(112);
            assertThat(chat.name()).isEqualTo("test-model");
        }
    }

    @Test
    void aModelThatTakesOnlyItsDefaultTemperatureIsAskedAgainWithoutOne() {
        try (FakeOpenAi server = new FakeOpenAi().defaultTemperatureOnly().otherwise(user -> "fine")) {
            OpenAiChat chat = JudgeFixture.chat(server, 0);
            assertThat(chat.ask("system", "user")).isInstanceOf(ChatModel.Answer.class);
            assertThat(chat.completeJson("system", "user")).contains("fine");
            assertThat(server.requests).hasSize(3);
            assertThat(server.requests.get(0).path("temperature").asInt(-1)).isZero();
            assertThat(server.requests.subList(1, 3)).noneMatch(r -> r.has("temperature"));
        }
    }

    @Test
    void refusalsAndOutagesAreValuesNamingWhatHappened() {
        try (FakeOpenAi server = new FakeOpenAi().then(401, "").then(503, "").then(503, "")) {
            OpenAiChat chat = JudgeFixture.chat(server, 1);
            assertThat(chat.ask("s", "u")).isInstanceOfSatisfying(ChatModel.Refused.class, r -> {
                assertThat(r.status()).isEqualTo(401);
                assertThat(r.detail()).contains("Incorrect API key");
            });
            assertThat(chat.ask("s", "u")).isEqualTo(new ChatModel.Unavailable("HTTP 503 after 2 attempts"));
        }
        FakeOpenAi gone = new FakeOpenAi();
        String url = gone.baseUrl();
        gone.close();
        OpenAiChat chat = new OpenAiChat(new ChatSettings(url, "m", "", Duration.ofSeconds(2), 0));
        assertThat(chat.ask("s", "u")).isInstanceOfSatisfying(ChatModel.Unavailable.class,
                u -> assertThat(u.detail()).startsWith("unreachable (").endsWith("after 1 attempts"));
    }

}
