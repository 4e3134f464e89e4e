package org.paperboy.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.paperboy.deliver.SmtpSettings.Security;
import org.paperboy.paper.AnnounceType;

class ConfigLoaderTest {

    @TempDir
    Path dir;

    @Test
    void withoutAFileTheDocumentedDefaultsApply() {
        Config c = ConfigLoader.load(null, Map.of());
        assertThat(c.store().url()).isEqualTo("jdbc:sqlite:data/paperboy.db");
        assertThat(c.ingest().categories()).containsExactly("cs.CL", "cs.CV", "cs.AI");
        assertThat(c.ingest().announceTypes()).containsExactly(AnnounceType.NEW, AnnounceType.CROSS);
        assertThat(c.ingest().minIntervalSeconds()).isEqualTo(3);
        assertThat(c.web().port()).isEqualTo(8080);
        assertThat(c.mail().smtp().security()).isEqualTo(Security.STARTTLS);
        assertThat(c.inbound().security()).isEqualTo(Security.SMTPS);
        assertThat(c.schedule().ingestZone()).isEqualTo(ZoneId.of("America/New_York"));
        assertThat(c.schedule().clustered()).isEqualTo(Config.Clustered.AUTO);
        assertThat(c.weekly().sendDay()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(c.ingest().holidays()).isEmpty();
    }

    @Test
    void theFileOverridesOnlyWhatItSaysAndTheEnvironmentOverridesTheFile() throws Exception {
        Path file = dir.resolve("paperboy.yaml");
        Files.writeString(file, "web:\n  port: 9090\n  base_url: https://news.example.org/\nmail:\n  smtp:\n    host: smtp.example.org\n"
                + "    password: \"\"\n");
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
    void aVariableThatNamesNoKeyIsRefusedLikeAnUnknownKey() {
        assertThatThrownBy(() -> ConfigLoader.load(null, Map.of("PAPERBOY_MAIL_SMTP_HOSTNAME", "smtp.example.org",
                "PAPERBOY_WEB_PROT", "80")))
                .hasMessageContaining("unknown environment variable PAPERBOY_MAIL_SMTP_HOSTNAME")
                .hasMessageContaining("did you mean PAPERBOY_MAIL_SMTP_HOST?")
                .hasMessageContaining("also unknown: PAPERBOY_WEB_PROT");
        assertThatThrownBy(() -> ConfigLoader.load(null, Map.of("PAPERBOY_NOTHING_LIKE_ANY_KEY_AT_ALL", "1")))
                .hasMessageContaining("unknown environment variable PAPERBOY_NOTHING_LIKE_ANY_KEY_AT_ALL")
                .hasMessageNotContaining("did you mean");
        // the secrets, the launcher's and the tests' own variables are no config key, and are not refused
        assertThat(ConfigLoader.load(null, Map.of("PAPERBOY_SECRET", "x", "PAPERBOY_JAVA_OPTS", "-Xmx1g",
                "PAPERBOY_DATA", "/var/lib/paperboy", "PAPERBOY_TEST_POSTGRES_URL", "jdbc:postgresql://db/test",
                "PAPERBOY_MAIL_SMTP_PASSWORD", "pw")).mail().smtp().password()).isEqualTo("pw");
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

    @Test
    void typedKeysAreReadInAnyCaseFromTheFileAndTheEnvironment() throws Exception {
        Path file = dir.resolve("paperboy.yaml");
        Files.writeString(file, "schedule:\n  clustered: true\n  ingest_zone: Europe/Berlin\nweekly:\n  send_day: friday\n"
                + "ingest:\n  announce_types: [new, replace-cross]\n  holidays: [2026-12-25]\n");
        Config c = ConfigLoader.load(file, Map.of("PAPERBOY_MAIL_SMTP_SECURITY", "SMTPS",
                "PAPERBOY_INGEST_HOLIDAYS", "2026-12-24, 2026-12-31"));
        assertThat(c.schedule().clustered()).as("a YAML boolean").isEqualTo(Config.Clustered.TRUE);
        assertThat(c.schedule().ingestZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(c.weekly().sendDay()).isEqualTo(DayOfWeek.FRIDAY);
        assertThat(c.ingest().announceTypes()).containsExactly(AnnounceType.NEW, AnnounceType.REPLACE_CROSS);
        assertThat(c.mail().smtp().security()).isEqualTo(Security.SMTPS);
        assertThat(c.ingest().holidays()).containsExactly(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 31));
    }

    /** One case per kind of typed value: the message names the key, the value and what the key accepts. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "mail.smtp.security | tls | none, starttls, smtps",
        "inbound.security | imaps | none, starttls, smtps",
        "schedule.clustered | yes please | auto, true, false",
        "ingest.announce_types | new, crossed | new, cross, replace, replace-cross",
        "weekly.send_day | Mon | monday, tuesday, wednesday, thursday, friday, saturday, sunday",
        "schedule.ingest_zone | New York | a time zone such as UTC",
        "ingest.holidays | 2026-12-25, 25/12/2026 | a date written YYYY-MM-DD",
        "ingest.api_url | https://export.arxiv.org/api query | a web address",
        "web.port | lots | a whole number",
        "llm.judge.daily_budget_usd | cheap | a number",
        "mail.resend_uncertain | perhaps | true or false"})
    void aValueAKeyDoesNotAcceptIsRefusedWithWhatItAccepts(String key, String value, String accepted) {
        String variable = ConfigLoader.envName(key);
        String bad = value.contains(", ") ? value.substring(value.indexOf(", ") + 2) : value;
        assertThatThrownBy(() -> ConfigLoader.load(null, Map.of(variable, value)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("config key '" + key + "' (from " + variable + ")")
                .hasMessageContaining("'" + bad + "'")
                .hasMessageContaining(accepted);
    }

    @Test
    void aBadValueInTheFileNamesTheFile() throws Exception {
        Path file = dir.resolve("paperboy.yaml");
        Files.writeString(file, "weekly:\n  send_day: someday\n");
        assertThatThrownBy(() -> ConfigLoader.load(file, Map.of()))
                .hasMessageContaining("config key 'weekly.send_day' (in " + file + ") is 'someday'")
                .hasMessageContaining("monday, tuesday");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "store.password, 'store:\n  password: hunter2\n'",
        "mail.smtp.password, 'mail:\n  smtp:\n    password: hunter2\n'",
        "mail.dkim.private_key, 'mail:\n  dkim:\n    private_key: \"-----BEGIN PRIVATE KEY-----\"\n'",
        "inbound.password, 'inbound:\n  password: hunter2\n'",
        "web.admin_password, 'web:\n  admin_password: hunter2\n'",
        "llm.api_key, 'llm:\n  api_key: sk-hunter2\n'",
        "secret, 'secret: hunter2hunter2hunter2hunter2hunter2\n'"})
    void aSecretInTheFileIsRefusedNamingTheVariableToUseInstead(String key, String yaml) throws Exception {
        Path file = dir.resolve("paperboy.yaml");
        Files.writeString(file, yaml.replace("\\n", "\n"));
        assertThatThrownBy(() -> ConfigLoader.load(file, Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + key + "'")
                .hasMessageContaining("set " + ConfigLoader.envName(key) + " instead")
                .hasMessageNotContaining("hunter2");
    }
}
