package io.github.wxrestore.sandbox.internal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** The ISO 8601 forms the listings take for from and to, and those they refuse. */
class IsoDateTimesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-11-01                          | UTC           | 2026-11-01T00:00:00Z
            2026-11-01                          | Europe/Berlin | 2026-10-31T23:00:00Z
            2026-11-01T09:30:00Z                | Europe/Berlin | 2026-11-01T09:30:00Z
            2026-11-01T09:30:00+01:00           | UTC           | 2026-11-01T08:30:00Z
            2026-11-01T09:30:00+0100            | UTC           | 2026-11-01T08:30:00Z
            2026-11-01T09:30:00+01              | UTC           | 2026-11-01T08:30:00Z
            2026-11-01T09:30:00-05:30           | UTC           | 2026-11-01T15:00:00Z
            2026-11-01T09:30:00.000Z            | UTC           | 2026-11-01T09:30:00Z
            2026-11-01T09:30:00.5Z              | UTC           | 2026-11-01T09:30:00.500Z
            2026-11-01T09:30:00.123456789+00:00 | UTC           | 2026-11-01T09:30:00.123456789Z
            2026-11-01T09:30                    | UTC           | 2026-11-01T09:30:00Z
            2026-11-01T09:30:15                 | Europe/Berlin | 2026-11-01T08:30:15Z
            2026-11-01t09:30:00z                | UTC           | 2026-11-01T09:30:00Z
            2028-02-29T00:00:00Z                | UTC           | 2028-02-29T00:00:00Z
            """)
    void acceptedForms(String text, String zone, String instant) {
        assertThat(IsoDateTimes.parse(text, ZoneId.of(zone))).contains(Instant.parse(instant));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2026", "2026-11", "20261101", "20261101T093000Z", "2026-11-01 09:30:00Z",
            "2026-W44-7", "2026-305", "09:30:00Z", "T09:30", "2026-11-1", "26-11-01", "+2026-11-01", "12026-11-01",
            "2026-02-29", "2026-13-01", "2026-11-31", "2026-11-01T24:00:00Z", "2026-11-01T09:60Z",
            "2026-11-01T09:30:60Z", "2026-11-01T9:30Z", "2026-11-01T09:30:00.Z", "2026-11-01T09:30:00.1234567890Z",
            "2026-11-01T09:30:00ZZ", "2026-11-01T09:30:00+1", "2026-11-01T09:30:00+01:0", "2026-11-01T09:30:00+19:00",
            "2026-11-01T09:30:00+01:00:00", "2026-11-01T09:30:00[Europe/Berlin]", "P7D", " 2026-11-01",
            "2026-11-01T09:30:00UTC", "２０２６-11-01"})
    void refusedForms(String text) {
        assertThat(IsoDateTimes.parse(text, ZoneOffset.UTC)).isEmpty();
    }
}
