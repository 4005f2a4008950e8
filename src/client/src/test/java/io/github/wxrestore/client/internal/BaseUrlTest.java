package io.github.wxrestore.client.internal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** https everywhere, plain http only on loopback, and never credentials, queries or fragments. */
class BaseUrlTest {

    @ParameterizedTest
    @CsvSource({
            "https://webexapis.com/v1, https://webexapis.com/v1",
            "https://api-usgov.webex.com/v1/, https://api-usgov.webex.com/v1",
            "http://127.0.0.1:8080/v1, http://127.0.0.1:8080/v1",
            "http://127.255.10.3:1/v1, http://127.255.10.3:1/v1",
            "http://localhost:9/v1, http://localhost:9/v1",
            "http://LOCALHOST/v1, http://LOCALHOST/v1",
            "http://[::1]:8080/v1, http://[::1]:8080/v1",
            "http://[0:0:0:0:0:0:0:1]/v1, http://[0:0:0:0:0:0:0:1]/v1"})
    void acceptedUrlsLoseATrailingSlash(String url, String expected) {
        assertThat(BaseUrl.require(url)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://webexapis.com/v1", "http://10.0.0.1/v1", "http://128.0.0.1/v1",
            "http://localhost.example.com/v1", "http://127.0.0.1.nip.io/v1", "http://[::2]/v1",
            "http://0.0.0.0/v1"})
    void plainHttpOffLoopbackIsRefused(String url) {
        assertThatIllegalArgumentException().isThrownBy(() -> BaseUrl.require(url))
                .withMessageContaining("baseUrl must use https");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "webexapis.com/v1", "ftp://webexapis.com/v1", "https:///v1", "https://exa mple.com",
            "https://webexapis.com/v1?x=1", "https://webexapis.com/v1#frag", "https://user:pw@webexapis.com/v1"})
    void malformedOrRiskyUrlsAreRefused(String url) {
        assertThatIllegalArgumentException().isThrownBy(() -> BaseUrl.require(url))
                .withMessageContaining("baseUrl")
                .withMessageNotContaining("pw@");
    }
}
