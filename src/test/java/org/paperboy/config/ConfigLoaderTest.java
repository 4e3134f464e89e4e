package org.paperboy.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

    @TempDir
    Path dir;

    @Test
    void withoutAFileTheDocumentedDefaultsApply() {
        Config c = ConfigLoader.load(null, Map.of());
        assertThat(c.store().url()).isEqualTo("jdbc:sqlite:data/paperboy.db");
        assertThat(c.ingest().categories()).containsExactly("cs.CL", "cs.CV", "cs.AI");
        assertThat(c.ingest().announceTypes()).containsExactly("new", "cross");
        assertThat(c.ingest().minIntervalSeconds()).isEqualTo(3);
        assertThat(c.web().port()).isEqualTo(8080);
        assertThat(c.mail().smtp().security()).isEqualTo("starttls");
    }

    @Test
    void theFileOverridesOnlyWhatItSaysAndTheEnvironmentOverridesTheFile() throws Exception {
        Path file = dir.resolve("paperboy.yaml");
        Files.writeString(file, "web:\n  port: 9090\n  base_url: https://news.example.org/\nmail:\n  smtp:\n    host: smtp.example.org\n");
        Config c = ConfigLoader.load(file, Map.of(
                "PAPERBOY_MAIL_SMTP_PASSWORD", "s3cret",
                "PAPERBOY_WEB_PORT", "8181",
                "PAPERBOY_INGEST_CATEGORIES", "cs.LG, stat.ML"));
        assertThat(c.web().port()).isEqualTo(8181);
        assertThat(c.web().base()).isEqualTo("https://news.example.org");
        assertThat(c.web().host()).isEqualTo("127.0.0.1");
        assertThat(c.mail().smtp().host()).isEqualTo("smtp.example.org");
        assertThat(c.mail().smtp().password()).isEqualTo("s3cret");
        assertThat(c.mail().smtp().toString()).doesNotContain("s3cret");
        assertThat(c.ingest().categories()).containsExactly("cs.LG", "stat.ML");
    }

    @Test
    void anUnknownKeyIsRefusedWithTheKnownOnes() throws Exception {
        Path file = dir.resolve("paperboy.yaml");
        Files.writeString(file, "web:\n  prot: 9090\n");
        assertThatThrownBy(() -> ConfigLoader.load(file, Map.of()))
                .hasMessageContaining("unknown config key 'web.prot'")
                .hasMessageContaining("port");
    }

    @Test
    void aWrongTypeNamesTheProblem() throws Exception {
        Path file = dir.resolve("paperboy.yaml");
        Files.writeString(file, "web:\n  port: lots\n");
        assertThatThrownBy(() -> ConfigLoader.load(file, Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lots");
    }

    @Test
    void envNamesFollowTheKeyPath() {
        assertThat(ConfigLoader.envName("mail.smtp.password")).isEqualTo("PAPERBOY_MAIL_SMTP_PASSWORD");
    }

    @Test
    void theLlmJudgeIsOffUntilAnEndpointAndAModelAreNamed() {
        Config.Llm defaults = ConfigLoader.load(null, Map.of()).llm();
        assertThat(defaults.judging()).isFalse();
        assertThat(defaults.judge()).isEqualTo(new Config.Judge(true, 40, 8, 0));
        assertThat(defaults.promptUsdPerMillion()).isZero();
        assertThat(ConfigLoader.load(null, Map.of("PAPERBOY_LLM_BASE_URL", "http://127.0.0.1:11434/v1")).llm().judging()).isFalse();
        Config.Llm set = ConfigLoader.load(null, Map.of("PAPERBOY_LLM_BASE_URL", "http://127.0.0.1:11434/v1",
                "PAPERBOY_LLM_MODEL", "llama3.1", "PAPERBOY_LLM_JUDGE_CANDIDATES", "25",
                "PAPERBOY_LLM_JUDGE_DAILY_BUDGET_USD", "1.5", "PAPERBOY_LLM_PROMPT_USD_PER_MILLION", "0.25")).llm();
        assertThat(set.judging()).isTrue();
        assertThat(set.judge()).isEqualTo(new Config.Judge(true, 25, 8, 1.5));
        assertThat(set.promptUsdPerMillion()).isEqualTo(0.25);
    }
}
