package io.github.wxrestore.cli.internal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Points in time as an admin types them for --from and --to. */
class PointInTimeTest {

    private static final Instant NOW = Instant.parse("2026-12-02T10:15:00Z");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @ParameterizedTest
    @CsvSource({
        "2026-11-01,                  2026-10-31T23:00:00Z",
        "2026-11-01T09:30,            2026-11-01T08:30:00Z",
        "2026-11-01 09:30,            2026-11-01T08:30:00Z",
        "2026-11-01T09:30:15.250,     2026-11-01T08:30:15.250Z",
        "2026-11-01T09:30:00+01:00,   2026-11-01T08:30:00Z",
        "2026-11-01T09:30:00-05:00,   2026-11-01T14:30:00Z",
        "2026-11-01T09:30:00Z,        2026-11-01T09:30:00Z",
        "2026-07-01,                  2026-06-30T22:00:00Z",
        "now,                         2026-12-02T10:15:00Z",
        "7d,                          2026-11-25T10:15:00Z",
        "24h,                         2026-12-01T10:15:00Z",
        "90m,                         2026-12-02T08:45:00Z",
        "' 7D ',                      2026-11-25T10:15:00Z",
    })
    void readsTheFormsPeopleWrite(String text, String expected) {
        assertThat(PointInTime.parse(text, NOW, BERLIN).instant()).isEqualTo(Instant.parse(expected));
    }

    @Test
    void aLocalTimeTheClockSkipsMovesForward() {
        // 2026-03-29 02:30 does not exist in Berlin: the clocks go from 02:00 to 03:00
        assertThat(PointInTime.parse("2026-03-29T02:30", NOW, BERLIN).instant())
                .isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "2026-13-01", "2026-11-31", "01.11.2026", "7 days", "-7d", "2026-11-01T25:00",
        "", "2026-11-01T09:30+99:00"})
    void anythingElseIsRefusedNamingTheFormsThatWork(String text) {
        assertThatThrownBy(() -> PointInTime.parse(text, NOW, BERLIN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("'" + text.strip() + "' is not a point in time")
                .hasMessageContaining("2026-11-01T09:30:00+01:00").hasMessageContaining("7d");
    }

    @Test
    void itDescribesItselfInUtcAndTheLocalZone() {
        assertThat(PointInTime.parse("2026-11-01T09:30", NOW, BERLIN).describe(BERLIN))
                .isEqualTo("2026-11-01T08:30:00Z (2026-11-01 09:30 Europe/Berlin)");
    }
}
