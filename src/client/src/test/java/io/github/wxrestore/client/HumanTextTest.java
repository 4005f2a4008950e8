package io.github.wxrestore.client;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class HumanTextTest {

    @Test
    void oneLineFlattensControlCharactersAndCutsWithAnEllipsis() {
        assertThat(HumanText.oneLine("  <html>\r\n  <title>502</title>\n</html>  ", 100))
                .isEqualTo("<html> <title>502</title> </html>");
        assertThat(HumanText.oneLine("abcdefghij", 4)).isEqualTo("abcd...");
        assertThat(HumanText.oneLine("abcd", 4)).isEqualTo("abcd");
        assertThat(HumanText.oneLine("abcd   \n", 4)).isEqualTo("abcd");
        assertThat(HumanText.oneLine("", 4)).isEmpty();
    }

    @Test
    void oneLineBreaksNoLineWithUnicodeSeparatorsOrC1Controls() {
        assertThat(HumanText.oneLine("a\u2028b\u0085c\u001bd", 100)).isEqualTo("a b c d");
    }

    @Test
    void durationsReadNaturally() {
        assertThat(HumanText.duration(Duration.ofMillis(250))).isEqualTo("250 ms");
        assertThat(HumanText.duration(Duration.ofSeconds(2))).isEqualTo("2 s");
        assertThat(HumanText.duration(Duration.ofMillis(1500))).isEqualTo("1.5 s");
        // the millisecond is kept past a minute
        assertThat(HumanText.duration(Duration.ofMillis(61_001))).isEqualTo("1 min 1.001 s");
        assertThat(HumanText.duration(Duration.ofSeconds(125))).isEqualTo("2 min 5 s");
        assertThat(HumanText.duration(Duration.ofMinutes(2))).isEqualTo("2 min");
    }
}
