package io.github.wxrestore.client;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

/** build() checks every setting and says which one is wrong and why. */
class ClientBuilderTest {

    private static WebexRecordingsClient.Builder valid() {
        return WebexRecordingsClient.builder().accessToken(TestClients.TOKEN);
    }

    @Test
    void defaultsAreTheCommercialCloudAndSafeTimeouts() {
        WebexRecordingsClient client = valid().build();

        assertThat(client.baseUrl()).isEqualTo("https://webexapis.com/v1");
        assertThat(client.retryPolicy()).isSameAs(RetryPolicy.defaults());
        assertThat(client.toString()).contains("connectTimeout=PT10S", "attemptTimeout=PT30S", "callTimeout=PT2M",
                "trackingIdPrefix=WXRESTORE_");
    }

    @Test
    void theGovernmentCloudCanBeChosen() {
        assertThat(valid().baseUrl("https://api-usgov.webex.com/v1/").build().baseUrl())
                .isEqualTo("https://api-usgov.webex.com/v1");
    }

    @Test
    void aTokenIsRequired() {
        assertThatIllegalArgumentException().isThrownBy(() -> WebexRecordingsClient.builder().build())
                .withMessageContaining("accessToken is required");
    }

    @Test
    void plainHttpIsRefusedOffLoopback() {
        assertThatIllegalArgumentException().isThrownBy(() -> valid().baseUrl("http://webexapis.com/v1").build())
                .withMessageContaining("baseUrl must use https");
        assertThat(valid().baseUrl("http://localhost:8080/v1").build().baseUrl())
                .isEqualTo("http://localhost:8080/v1");
    }

    @Test
    void timeoutsMustBePositive() {
        assertThatIllegalArgumentException().isThrownBy(() -> valid().connectTimeout(Duration.ZERO).build())
                .withMessage("connectTimeout must be positive, was PT0S");
        assertThatIllegalArgumentException().isThrownBy(() -> valid().attemptTimeout(Duration.ofMillis(-1)).build())
                .withMessageContaining("attemptTimeout must be positive");
        assertThatIllegalArgumentException().isThrownBy(() -> valid().callTimeout(Duration.ZERO).build())
                .withMessageContaining("callTimeout must be positive");
    }

    @Test
    void headerSettingsWithControlCharactersAreRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> valid().userAgent("app\r\nX-Evil: 1").build())
                .withMessageContaining("userAgent contains a carriage return (CR) at index 3");
        assertThatIllegalArgumentException().isThrownBy(() -> valid().trackingIdPrefix("OPS\n").build())
                .withMessageContaining("trackingIdPrefix contains a line feed (LF) at index 3");
        assertThatIllegalArgumentException().isThrownBy(() -> valid().trackingIdPrefix("").build())
                .withMessageContaining("trackingIdPrefix must not be empty");
    }

    @Test
    void nullsAreRefusedWhereTheyAreWritten() {
        assertThatNullPointerException().isThrownBy(() -> valid().baseUrl(null)).withMessage("baseUrl");
        assertThatNullPointerException().isThrownBy(() -> valid().retryPolicy(null)).withMessage("retryPolicy");
        assertThatNullPointerException().isThrownBy(() -> valid().accessToken((String) null))
                .withMessage("accessToken");
    }

    @Test
    void theLastTokenSettingWins() {
        WebexRecordingsClient.Builder builder = WebexRecordingsClient.builder().accessToken("bad\ntoken")
                .accessToken(() -> TestClients.TOKEN);

        assertThat(builder.build().toString()).contains("accessToken=[REDACTED, from a supplier]");
    }

    @Test
    void aClosedClientRefusesCalls() {
        WebexRecordingsClient client = valid().build();
        client.close();
        client.close(); // idempotent

        assertThat(client.toString()).endsWith(", closed}");
        org.assertj.core.api.Assertions.assertThatIllegalStateException()
                .isThrownBy(() -> client.restore(Fixtures.twoIds())).withMessageContaining("closed");
        org.assertj.core.api.Assertions.assertThatIllegalStateException()
                .isThrownBy(() -> client.restoreAsync(Fixtures.twoIds())).withMessageContaining("closed");
    }

    @Test
    void theRestoreUrlIsTheBaseUrlAndThePathWithOneSlash() {
        assertThat(WebexRecordingsClient.restoreUrl(WebexRecordingsClient.DEFAULT_BASE_URL))
                .isEqualTo("https://webexapis.com/v1/recordings/restore");
        assertThat(WebexRecordingsClient.restoreUrl("http://127.0.0.1:8080/v1/"))
                .isEqualTo("http://127.0.0.1:8080/v1/recordings/restore");
    }
}
