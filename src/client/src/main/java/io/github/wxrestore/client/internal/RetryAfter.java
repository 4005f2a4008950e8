package io.github.wxrestore.client.internal;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an HTTP {@code Retry-After} value (RFC 9110, section 10.2.3): delta-seconds such as {@code 120}, or an
 * HTTP-date in any of its three forms. A date in the past means "now" (zero). Anything else (negative numbers,
 * fractions, {@code rand(30),add(30)}, an empty value) is unreadable: the caller falls back to its own backoff.
 * Stateless and thread-safe.
 */
public final class RetryAfter {

    /** Delta-seconds too large to matter are saturated here (about 31,700 years) instead of overflowing. */
    static final Duration SATURATED = Duration.ofSeconds(999_999_999_999L);

    private static final Pattern DELTA_SECONDS = Pattern.compile("\\d+");
    // IMF-fixdate, the preferred form: Sun, 06 Nov 1994 08:49:37 GMT
    private static final Pattern IMF_FIXDATE = Pattern.compile(
            "[A-Za-z]{3}, (\\d{1,2}) ([A-Za-z]{3}) (\\d{4}) (\\d{2}):(\\d{2}):(\\d{2}) GMT");
    // obsolete RFC 850 form: Sunday, 06-Nov-94 08:49:37 GMT
    private static final Pattern RFC_850 = Pattern.compile(
            "[A-Za-z]{6,9}, (\\d{2})-([A-Za-z]{3})-(\\d{2}) (\\d{2}):(\\d{2}):(\\d{2}) GMT");
    // obsolete ANSI C asctime() form: Sun Nov  6 08:49:37 1994
    private static final Pattern ASCTIME = Pattern.compile(
            "[A-Za-z]{3} ([A-Za-z]{3}) ([ \\d]\\d) (\\d{2}):(\\d{2}):(\\d{2}) (\\d{4})");
    private static final List<String> MONTHS = List.of(
            "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

    private RetryAfter() {
    }

    /** The wait the value asks for, measured from {@code now}; empty when the value is absent or unreadable. */
    public static Optional<Duration> parse(String value, Instant now) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.trim();
        if (DELTA_SECONDS.matcher(v).matches()) {
            return Optional.of(v.length() > 12 ? SATURATED : Duration.ofSeconds(Long.parseLong(v)));
        }
        return parseHttpDate(v, now).map(date -> date.isAfter(now) ? Duration.between(now, date) : Duration.ZERO);
    }

    private static Optional<Instant> parseHttpDate(String v, Instant now) {
        try {
            Matcher m = IMF_FIXDATE.matcher(v);
            if (m.matches()) {
                return date(Integer.parseInt(m.group(3)), m.group(2), m.group(1), m.group(4), m.group(5), m.group(6));
            }
            m = RFC_850.matcher(v);
            if (m.matches()) {
                return date(fourDigitYear(Integer.parseInt(m.group(3)), now), m.group(2), m.group(1),
                        m.group(4), m.group(5), m.group(6));
            }
            m = ASCTIME.matcher(v);
            if (m.matches()) {
                return date(Integer.parseInt(m.group(6)), m.group(1), m.group(2).trim(),
                        m.group(3), m.group(4), m.group(5));
            }
        } catch (DateTimeException e) {
            // a well-formed but impossible date, such as 31 Feb: unreadable like any other garbage
        }
        return Optional.empty();
    }

    private static Optional<Instant> date(int year, String month, String day, String hour, String minute,
                                          String second) {
        int monthIndex = MONTHS.indexOf(month.toLowerCase(Locale.ROOT));
        if (monthIndex < 0) {
            return Optional.empty();
        }
        LocalDateTime time = LocalDateTime.of(year, monthIndex + 1, Integer.parseInt(day),
                Integer.parseInt(hour), Integer.parseInt(minute), Integer.parseInt(second));
        return Optional.of(time.toInstant(ZoneOffset.UTC));
    }

    // RFC 9110: a two-digit year more than 50 years in the future is the most recent past year with those digits
    private static int fourDigitYear(int twoDigits, Instant now) {
        int thisYear = now.atOffset(ZoneOffset.UTC).getYear();
        int year = thisYear / 100 * 100 + twoDigits;
        return year > thisYear + 50 ? year - 100 : year;
    }
}
