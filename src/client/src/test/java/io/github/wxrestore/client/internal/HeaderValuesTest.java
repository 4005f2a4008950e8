package io.github.wxrestore.client.internal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowable;

/** Header values: CR, LF and other control characters never reach a request header; the token is never echoed. */
class HeaderValuesTest {

    private static final String SECRET = "SECRETPART";

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {SECRET + "\r\nX-Evil: 1", SECRET + "\n", SECRET + "\r", SECRET + " more", "\t" + SECRET,
            SECRET + "\u0000", SECRET + "\u007f", SECRET + "\u00e9", SECRET + "\u2028"})
    void tokensThatCouldBreakTheHeaderAreRefusedWithoutEchoingThem(String token) {
        Throwable e = catchThrowable(() -> HeaderValues.requireToken(token));

        assertThat(e).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("accessToken")
                .hasMessageContaining("the token is not shown");
        assertThat(e.getMessage()).doesNotContain(SECRET);
    }

    @Test
    void aTrailingNewlineGetsAHint() {
        assertThatIllegalArgumentException().isThrownBy(() -> HeaderValues.requireToken(SECRET + "\n"))
                .withMessageContaining("line feed (LF) at index 10")
                .withMessageContaining("trailing newline from a file?");
    }

    @Test
    void aBearerPrefixIsRefusedWithAHint() {
        assertThatIllegalArgumentException().isThrownBy(() -> HeaderValues.requireToken("Bearer " + SECRET))
                .withMessageContaining("pass the token alone")
                .withMessageNotContaining(SECRET);
    }

    @Test
    void emptyOrHugeTokensAreRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> HeaderValues.requireToken(""));
        assertThatIllegalArgumentException().isThrownBy(() -> HeaderValues.requireToken(null));
        assertThatIllegalArgumentException().isThrownBy(() -> HeaderValues.requireToken("a".repeat(8193)))
                .withMessageContaining("longer than 8192");
    }

    @Test
    void realisticTokensPass() {
        String token = "ZDI3MGEyYzQtNmFlNS00NDNhLWFlNzAtZGVlNjE0MGU5OGZlMjFmMTY2ZTUtZDA0_PF84_1eb65fdf-9643-417f-9974"
                + "-ad72cae0e10f";
        assertThat(HeaderValues.requireToken(token)).isEqualTo(token);
    }

    @Test
    void printableSettingsRefuseControlCharactersAndNameTheSetting() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> HeaderValues.requirePrintable("userAgent", "my-app\r\nX-Evil: 1", true, 100))
                .withMessageContaining("userAgent contains a carriage return (CR) at index 6");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> HeaderValues.requirePrintable("trackingIdPrefix", "MY APP_", false, 100))
                .withMessageContaining("trackingIdPrefix contains a space at index 2");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> HeaderValues.requirePrintable("userAgent", " padded", true, 100))
                .withMessageContaining("must not start or end with a space");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> HeaderValues.requirePrintable("trackingIdPrefix", "x".repeat(201), false, 200))
                .withMessageContaining("at most 200 characters");
        assertThat(HeaderValues.requirePrintable("userAgent", "my-app/1.0 (ops)", true, 100))
                .isEqualTo("my-app/1.0 (ops)");
    }
}
