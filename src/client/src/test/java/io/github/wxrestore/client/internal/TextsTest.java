package io.github.wxrestore.client.internal;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class TextsTest {

    @Test
    void oneLineFlattensControlCharactersAndCutsWithAnEllipsis() {
        assertThat(Texts.oneLine("  <html>\r\n  <title>502</title>\n</html>  ", 100))
                .isEqualTo("<html> <title>502</title> </html>");
        assertThat(Texts.oneLine("abcdefghij", 4)).isEqualTo("abcd...");
        assertThat(Texts.oneLine("abcd", 4)).isEqualTo("abcd");
        assertThat(Texts.oneLine("abcd   \n", 4)).isEqualTo("abcd");
        assertThat(Texts.oneLine("", 4)).isEmpty();
    }

    @Test
    void durationsReadNaturally() {
        assertThat(Texts.human(Duration.ofMillis(250))).isEqualTo("250 ms");
        assertThat(Texts.human(Duration.ofSeconds(2))).isEqualTo("2 s");
        assertThat(Texts.human(Duration.ofMillis(1500))).isEqualTo("1.5 s");
        assertThat(Texts.human(Duration.ofMillis(61_001))).isEqualTo("61.001 s");
    }
}
