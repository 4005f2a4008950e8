package io.github.wxrestore.client.internal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Every form of Retry-After: delta-seconds, the three HTTP-date forms, past dates, and garbage. */
class RetryAfterTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    @Test
    void deltaSecondsIsThatManySeconds() {
        assertThat(RetryAfter.parse("120", NOW)).contains(Duration.ofSeconds(120));
        assertThat(RetryAfter.parse("0", NOW)).contains(Duration.ZERO);
        assertThat(RetryAfter.parse(" 7 ", NOW)).contains(Duration.ofSeconds(7)); // optional whitespace
        assertThat(RetryAfter.parse("\t30\r\n", NOW)).contains(Duration.ofSeconds(30));
    }

    @Test
    void hugeDeltaSecondsSaturatesInsteadOfOverflowing() {
        assertThat(RetryAfter.parse("99999999999999999999999999", NOW)).contains(RetryAfter.SATURATED);
        assertThat(RetryAfter.parse("86400", NOW)).contains(Duration.ofDays(1));
    }

    @Test
    void imfFixdateInTheFutureIsTheTimeUntilThen() {
        assertThat(RetryAfter.parse("Mon, 02 Mar 2026 10:00:30 GMT", NOW)).contains(Duration.ofSeconds(30));
        assertThat(RetryAfter.parse("Mon, 2 Mar 2026 10:01:00 GMT", NOW)).contains(Duration.ofMinutes(1));
    }

    @Test
    void obsoleteRfc850DateIsRead() {
        assertThat(RetryAfter.parse("Monday, 02-Mar-26 10:00:45 GMT", NOW)).contains(Duration.ofSeconds(45));
    }

    @Test
    void obsoleteRfc850TwoDigitYearFarInTheFutureMeansTheLastCentury() {
        // 2094 is more than 50 years ahead of 2026, so "94" is 1994: a past date, no wait
        assertThat(RetryAfter.parse("Sunday, 06-Nov-94 08:49:37 GMT", NOW)).contains(Duration.ZERO);
    }

    @Test
    void obsoleteAsctimeDateIsRead() {
        assertThat(RetryAfter.parse("Mon Mar  2 10:00:05 2026", NOW)).contains(Duration.ofSeconds(5));
        assertThat(RetryAfter.parse("Mon Mar 12 10:00:00 2026", NOW)).contains(Duration.ofDays(10));
    }

    @Test
    void aDateInThePastMeansNoWait() {
        assertThat(RetryAfter.parse("Sun, 06 Nov 1994 08:49:37 GMT", NOW)).contains(Duration.ZERO);
        assertThat(RetryAfter.parse("Mon, 02 Mar 2026 09:59:59 GMT", NOW)).contains(Duration.ZERO);
    }

    @Test
    void monthAndDayNamesIgnoreCaseAndTheDayNameIsNotCrossChecked() {
        assertThat(RetryAfter.parse("mon, 02 MAR 2026 10:00:10 GMT", NOW)).contains(Duration.ofSeconds(10));
        assertThat(RetryAfter.parse("Fri, 02 Mar 2026 10:00:10 GMT", NOW)).contains(Duration.ofSeconds(10));
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"", "   ", "-5", "-0", "1.5", "+30", "30s", "rand(30),add(30)", "soon", "0x1E",
            "Mon, 31 Feb 2026 10:00:00 GMT", "Mon, 02 Foo 2026 10:00:00 GMT", "Mon, 02 Mar 2026 10:00:00 PST",
            "Mon, 02 Mar 2026 25:00:00 GMT", "2026-03-02T10:00:30Z", "30, 40"})
    void anythingElseIsUnreadable(String value) {
        assertThat(RetryAfter.parse(value, NOW)).isEmpty();
    }

    @Test
    void anAbsentHeaderIsEmpty() {
        assertThat(RetryAfter.parse(null, NOW)).isEmpty();
    }
}
