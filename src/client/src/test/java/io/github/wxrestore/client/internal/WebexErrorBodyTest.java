package io.github.wxrestore.client.internal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The Webex error body is read when it is one, and anything else gives nothing, never an exception. */
class WebexErrorBodyTest {

    @Test
    void aWebexErrorIsRead() {
        WebexErrorBody body = WebexErrorBody.parse("{\"message\":\"Not found.\",\"errors\":[{\"description\":\"a\"},"
                + "{\"description\":\"b\"}],\"trackingId\":\"ROUTER_1\"}");

        assertThat(body).isEqualTo(new WebexErrorBody("Not found.", java.util.List.of("a", "b"), "ROUTER_1"));
    }

    @Test
    void wrongShapesGiveWhatTheyCan() {
        WebexErrorBody body = WebexErrorBody.parse("{\"message\":42,\"errors\":[\"plain\",{\"description\":{}},7,"
                + "{\"other\":1}],\"trackingId\":[\"x\"]}");

        assertThat(body.message()).isEqualTo("42");
        assertThat(body.descriptions()).containsExactly("plain", "7");
        assertThat(body.trackingId()).isNull();
    }

    @Test
    void errorsThatIsNotAnArrayIsIgnored() {
        assertThat(WebexErrorBody.parse("{\"message\":\"m\",\"errors\":\"oops\"}").descriptions()).isEmpty();
    }

    @Test
    void aByteOrderMarkAndLeadingWhitespaceAreTolerated() {
        assertThat(WebexErrorBody.parse("\uFEFF \n{\"message\":\"m\"}").message()).isEqualTo("m");
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"", "   ", "<html><body>502 Bad Gateway</body></html>", "Service Unavailable",
            "{\"message\":\"cut sho", "[{\"message\":\"array\"}]", "null", "{}", "{\"message\":null}",
            "{\"message\":\"   \"}"})
    void anythingElseGivesNothing(String text) {
        assertThat(WebexErrorBody.parse(text)).isEqualTo(WebexErrorBody.NONE);
    }

    @Test
    void nullGivesNothing() {
        assertThat(WebexErrorBody.parse(null)).isEqualTo(WebexErrorBody.NONE);
    }
}
