package io.github.wxrestore.sandbox.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The ISO 8601 forms the listings take for {@code from} and {@code to}, all in the extended format: a date
 * ({@code 2026-11-01}, its first instant); a date and time to the minute, second or fraction of a second (1 to 9
 * digits: {@code 2026-11-01T09:30}, {@code 2026-11-01T09:30:00}, {@code 2026-11-01T09:30:00.000}); with an
 * offset {@code Z}, {@code +01:00}, {@code +0100} or {@code +01}, or without one. A value without an offset is
 * read in the request's time zone (the {@code timezone} header, UTC by default). {@code T} and {@code Z} may be
 * lower case. Refused: the basic format ({@code 20261101T093000Z}), week and ordinal dates, a space for the
 * {@code T}, a time without a date, hour 24, second 60, a year of other than four digits.
 */
final class IsoDateTimes {

    // the forms above and nothing else, before the formatter checks the values
    private static final Pattern SHAPE = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}(?:[Tt]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?(?:[Zz]|[+-]\\d{2}(?::?\\d{2})?)?)?");

    private static final DateTimeFormatter FORMS = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .appendValue(ChronoField.YEAR, 4).appendLiteral('-')
            .appendValue(ChronoField.MONTH_OF_YEAR, 2).appendLiteral('-')
            .appendValue(ChronoField.DAY_OF_MONTH, 2)
            .optionalStart()
            .appendLiteral('T')
            .appendValue(ChronoField.HOUR_OF_DAY, 2).appendLiteral(':')
            .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
            .optionalStart()
            .appendLiteral(':').appendValue(ChronoField.SECOND_OF_MINUTE, 2)
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true).optionalEnd()
            .optionalEnd()
            // lenient: +01:00, +0100 and +01 alike (SHAPE has already refused anything else)
            .optionalStart().parseLenient().appendOffset("+HH", "Z").parseStrict().optionalEnd()
            .optionalEnd()
            .toFormatter()
            .withChronology(IsoChronology.INSTANCE)
            .withResolverStyle(ResolverStyle.STRICT);

    private IsoDateTimes() {
    }

    /** The instant {@code text} names, a value without an offset read in {@code zone}; empty if not a form above. */
    static Optional<Instant> parse(String text, ZoneId zone) {
        if (!SHAPE.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            TemporalAccessor parsed = FORMS.parseBest(text, OffsetDateTime::from, LocalDateTime::from,
                    LocalDate::from);
            if (parsed instanceof OffsetDateTime dateTime) {
                return Optional.of(dateTime.toInstant());
            }
            if (parsed instanceof LocalDateTime dateTime) {
                return Optional.of(dateTime.atZone(zone).toInstant());
            }
            return Optional.of(((LocalDate) parsed).atStartOfDay(zone).toInstant());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
