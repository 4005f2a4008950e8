package io.github.wxrestore.sandbox.internal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/** A page's cursor survives the trip through a URL, and text the sandbox did not make is refused. */
class PageCursorTest {

    @Test
    void aCursorDecodesToItself() {
        PageCursor cursor = new PageCursor(Instant.parse("2026-11-03T17:43:24Z"), "id:with:colons-and_~!");

        assertThat(cursor.encode()).matches("[A-Za-z0-9_-]+");
        assertThat(PageCursor.decode(cursor.encode())).contains(cursor);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "garbage!", "djE6MTIz", "djE6MTIzOg", "djI6MTIzOmFiYw", "djE6YWJjOmlk",
            "djE6MTIzOmFiYw==", "djE6MTIzOmEgYg", "djE6OTk5OTk5OTk5OTk5OTk5OTk5OTk6aWQ"})
    void textTheSandboxDidNotMakeIsRefused(String text) {
        assertThat(PageCursor.decode(text)).isEmpty();
    }

    @Test
    void theRefusedSamplesAreWhatTheirNamesSay() {
        // v1:123 (no ID), v1:123: (empty ID), v2:123:abc (another version), v1:abc:id (no number), v1:123:a b
        assertThat(decoded("djE6MTIz")).isEqualTo("v1:123");
        assertThat(decoded("djE6MTIzOg")).isEqualTo("v1:123:");
        assertThat(decoded("djI6MTIzOmFiYw")).isEqualTo("v2:123:abc");
        assertThat(decoded("djE6YWJjOmlk")).isEqualTo("v1:abc:id");
        assertThat(decoded("djE6MTIzOmEgYg")).isEqualTo("v1:123:a b");
        assertThat(PageCursor.decode(Base64.getUrlEncoder().withoutPadding().encodeToString(
                "v1:123:abc".getBytes(StandardCharsets.UTF_8)))).isPresent();
    }

    private static String decoded(String text) {
        return new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
    }
}
