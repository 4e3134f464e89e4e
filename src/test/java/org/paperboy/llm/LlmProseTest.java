package org.paperboy.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperboy.issue.LlmProse;
import org.paperboy.issue.Pick;
import org.paperboy.issue.WeeklyEdition;
import org.paperboy.paper.AnnounceType;
import org.paperboy.paper.ArxivId;
import org.paperboy.paper.Paper;
import org.paperboy.score.Score;

/** The weekly prose through a real HTTP exchange with a server speaking the OpenAI chat protocol. */
class LlmProseTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 6, 8);

    static WeeklyEdition extractive() {
        Paper p = new Paper(ArxivId.parse("2606.12195"), "InternVideo3", List.of("Ziang Yan"), List.of("cs.CV"),
                "We present InternVideo3. It improves accuracy by 5%.", "", MONDAY, AnnounceType.NEW);
        WeeklyEdition.Breakthrough b = new WeeklyEdition.Breakthrough(new Pick(p, new Score(p.id(), 9, 6, "", false, 1)),
                "We present InternVideo3.", List.of("Extractive innovation."), List.of("It improves accuracy by 5%."), "");
        return new WeeklyEdition("LLMs", "2026-W24", MONDAY, MONDAY.plusDays(6), 100, 10, "Extractive summary.",
                "Extractive takeaway.", List.of(b), List.of(), List.of(), List.of());
    }

    static OpenAiChat chat(FakeOpenAi server, int retries) {
        return new OpenAiChat(new ChatSettings(server.baseUrl(), "test-model", "sk-test", Duration.ofSeconds(5), retries));
    }

    @Test
    void validAnswersReplaceTheProseButNeverTheQuotedEvidence() {
        try (FakeOpenAi server = new FakeOpenAi()
                .then(200, "{\"why_novel\": \"First agentic video model.\", \"innovations\": [\"Contextual reasoning\", \"Latent attention\"], \"impact\": \"Longer videos.\"}")
                .then(200, "{\"summary\": \"A strong week for video (2606.12195).\", \"takeaway\": \"Video models reason now.\"}")) {
            OpenAiChat chat = chat(server, 0);
            WeeklyEdition e = new LlmProse(chat).rewrite(extractive());
            WeeklyEdition.Breakthrough b = e.breakthroughs().get(0);
            assertThat(b.whyNovel()).isEqualTo("First agentic video model.");
            assertThat(b.innovations()).containsExactly("Contextual reasoning", "Latent attention");
            assertThat(b.impact()).isEqualTo("Longer videos.");
            assertThat(b.evidence()).containsExactly("It improves accuracy by 5%.");
            assertThat(e.summary()).isEqualTo("A strong week for video (2606.12195).");
            assertThat(e.takeaway()).isEqualTo("Video models reason now.");
            assertThat(server.requests.get(0).path("model").asText()).isEqualTo("test-model");
            assertThat(server.requests.get(0).path("response_format").path("type").asText()).isEqualTo("json_object");
            assertThat(server.requests.get(0).path("messages").path(1).path("content").asText()).contains("InternVideo3");
            assertThat(server.authorizations).containsOnly("Bearer sk-test");
            assertThat(chat.promptTokens()).isEqualTo(200);
            assertThat(chat.completionTokens()).isEqualTo(40);
        }
    }

    @Test
    void aMalformedFieldFallsBackForThatFieldOnly() {
        try (FakeOpenAi server = new FakeOpenAi()
                .then(200, "Sure! ```json\n{\"why_novel\": \"undefined\", \"innovations\": [{\"text\": \"x\"}], \"impact\": \"Cheaper video.\",}\n```")
                .then(200, "{\"summary\": null, \"takeaway\": \"One line.\"}")) {
            WeeklyEdition e = new LlmProse(chat(server, 0)).rewrite(extractive());
            WeeklyEdition.Breakthrough b = e.breakthroughs().get(0);
            assertThat(b.whyNovel()).isEqualTo("We present InternVideo3.");
            assertThat(b.innovations()).containsExactly("Extractive innovation.");
            assertThat(b.impact()).isEqualTo("Cheaper video.");
            assertThat(e.summary()).isEqualTo("Extractive summary.");
            assertThat(e.takeaway()).isEqualTo("One line.");
        }
    }

    @Test
    void rateLimitsAreRetriedAndAnUnreachableModelLeavesTheOfflineText() {
        try (FakeOpenAi server = new FakeOpenAi()
                .then(429, "")
                .then(200, "{\"why_novel\": \"Retried fine.\"}")
                .then(500, "").then(500, "")) {
            WeeklyEdition e = new LlmProse(chat(server, 1)).rewrite(extractive());
            assertThat(e.breakthroughs().get(0).whyNovel()).isEqualTo("Retried fine.");
            assertThat(e.summary()).isEqualTo("Extractive summary.");
            assertThat(server.requests).hasSize(4);
        }
        try (FakeOpenAi server = new FakeOpenAi().then(200, "I cannot help with that.").then(401, "")) {
            WeeklyEdition e = new LlmProse(chat(server, 0)).rewrite(extractive());
            assertThat(e).isEqualTo(extractive());
        }
    }
}
