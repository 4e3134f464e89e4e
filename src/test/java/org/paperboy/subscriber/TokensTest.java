package org.paperboy.subscriber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.paperboy.subscriber.Tokens.Purpose;

class TokensTest {

    private final Tokens tokens = new Tokens("0123456789abcdef0123456789abcdef-test".getBytes(StandardCharsets.UTF_8));

    @Test
    void aTokenLeadsBackToItsSubscriberAndIsSafeInAUrl() {
        String token = tokens.issue(Purpose.UNSUBSCRIBE, 4711);

        assertThat(token).matches("[A-Za-z0-9_-]+");
        assertThat(tokens.verify(Purpose.UNSUBSCRIBE, token)).contains(4711L);
        assertThat(tokens.issue(Purpose.UNSUBSCRIBE, 4711)).as("links stay stable across mails").isEqualTo(token);
    }

    @Test
    void aTokenForOnePurposeDoesNotWorkForAnother() {
        String preferences = tokens.issue(Purpose.PREFERENCES, 7);

        assertThat(tokens.verify(Purpose.UNSUBSCRIBE, preferences)).isEmpty();
        assertThat(tokens.verify(Purpose.ATTEMPT, preferences, java.time.Instant.now())).isEmpty();
        assertThat(tokens.verify(Purpose.PREFERENCES, preferences)).contains(7L);
    }

    @Test
    void confirmationTokensExpireAndCannotBeMadeWithoutExpiry() {
        java.time.Instant now = java.time.Instant.parse("2026-06-08T10:00:00Z");
        String confirm = tokens.issue(Purpose.ATTEMPT, 7, now.plus(java.time.Duration.ofDays(7)));
        assertThat(tokens.verify(Purpose.ATTEMPT, confirm, now.plus(java.time.Duration.ofDays(6)))).contains(7L);
        assertThat(tokens.verify(Purpose.ATTEMPT, confirm, now.plus(java.time.Duration.ofDays(8)))).isEmpty();
        assertThat(tokens.verify(Purpose.FORM, confirm, now)).isEmpty();
        assertThat(tokens.verify(Purpose.ATTEMPT, confirm)).as("an expiring purpose never verifies without a clock").isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> tokens.issue(Purpose.ATTEMPT, 7))
                .hasMessageContaining("must expire");
        String tampered = confirm.substring(0, 12) + (confirm.charAt(12) == 'A' ? 'B' : 'A') + confirm.substring(13);
        assertThat(tokens.verify(Purpose.ATTEMPT, tampered, now)).isEmpty();
    }

    @Test
    void everyAlteredCharacterInvalidatesTheToken() {
        String token = tokens.issue(Purpose.PREFERENCES, 12);
        for (int i = 0; i < token.length(); i++) {
            char replacement = token.charAt(i) == 'A' ? 'B' : 'A';
            String tampered = token.substring(0, i) + replacement + token.substring(i + 1);
            assertThat(tokens.verify(Purpose.PREFERENCES, tampered)).as("changed at %d", i).isEmpty();
        }
    }

    @Test
    void truncatedPaddedOrGarbageTokensAreRejected() {
        String token = tokens.issue(Purpose.UNSUBSCRIBE, 3);

        assertThat(tokens.verify(Purpose.UNSUBSCRIBE, token.substring(0, token.length() - 1))).isEmpty();
        assertThat(tokens.verify(Purpose.UNSUBSCRIBE, token + "=")).isEmpty();
        assertThat(tokens.verify(Purpose.UNSUBSCRIBE, token + "AAAA")).isEmpty();
        assertThat(tokens.verify(Purpose.UNSUBSCRIBE, "")).isEmpty();
        assertThat(tokens.verify(Purpose.UNSUBSCRIBE, null)).isEmpty();
        assertThat(tokens.verify(Purpose.UNSUBSCRIBE, "not a token!")).isEmpty();
        assertThat(tokens.verify(Purpose.UNSUBSCRIBE, "../../etc/passwd")).isEmpty();
    }

    @Test
    void aTokenSignedWithAnotherSecretIsRejected() {
        Tokens other = new Tokens("another-secret-of-at-least-32-bytes!!".getBytes(StandardCharsets.UTF_8));

        assertThat(tokens.verify(Purpose.UNSUBSCRIBE, other.issue(Purpose.UNSUBSCRIBE, 3))).isEmpty();
    }

    @Test
    void aShortSecretIsRefusedWithAdviceOnHowToMakeOne() {
        assertThatThrownBy(() -> new Tokens(new byte[31]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PAPERBOY_SECRET")
                .hasMessageContaining("openssl rand -base64 48");
    }
}
