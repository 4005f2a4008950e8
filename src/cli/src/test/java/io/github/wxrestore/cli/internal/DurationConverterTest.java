package io.github.wxrestore.cli.internal;

import io.github.wxrestore.client.HumanText;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DurationConverterTest {

    @ParameterizedTest
    @CsvSource({"500ms, PT0.5S", "30s, PT30S", "2m, PT2M", "1h, PT1H", "0s, PT0S", "45 S, PT45S", "PT1M30S, PT1M30S"})
    void readsDurationsAsPeopleWriteThem(String text, String expected) {
        assertThat(DurationConverter.parse(text)).isEqualTo(Duration.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "30", "s", "-5s", "1.5s", "2 weeks", "5x", "PTx"})
    void refusesAnythingElseSayingWhatIsExpected(String text) {
        assertThatThrownBy(() -> DurationConverter.parse(text)).isInstanceOf(CommandLine.TypeConversionException.class)
                .hasMessageContaining("500ms, 30s, 2m or 1h");
    }

    @ParameterizedTest
    @CsvSource({"PT0.25S, 250 ms", "PT2S, 2 s", "PT1.5S, 1.5 s", "PT2M5S, 2 min 5 s", "PT2M, 2 min"})
    // the CLI prints durations with the client's HumanText, as the client's own messages do
    void printsDurationsForPeople(String duration, String text) {
        assertThat(HumanText.duration(Duration.parse(duration))).isEqualTo(text);
    }
}
