package io.github.wxrestore.cli.internal;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A point in time as people write it on a command line: a date ({@code 2026-11-01}, the start of that day), a
 * date and time ({@code 2026-11-01T09:30}, a space instead of the {@code T} too), either in the local time zone,
 * one with an offset ({@code 2026-11-01T09:30:00+01:00}, {@code ...Z}), {@code now}, or a span back from now
 * ({@code 7d}, {@code 24h}, {@code 90m}). Immutable.
 *
 * @param instant the moment meant
 * @param given   the text as given, to show next to the resolved moment
 */
public record PointInTime(Instant instant, String given) {

    private static final Pattern AGO = Pattern.compile("(\\d{1,6})([dhm])");
    private static final String FORMS = "write a date (2026-11-01), a date and time (2026-11-01T09:30, local time), "
            + "one with an offset (2026-11-01T09:30:00+01:00 or ...Z), now, or a span back from now (7d, 24h, 90m)";

    /**
     * Reads {@code text} against {@code now} and the local {@code zone}.
     *
     * @throws IllegalArgumentException naming the accepted forms, when {@code text} is none of them
     */
    public static PointInTime parse(String text, Instant now, ZoneId zone) {
        String value = text.strip();
        String lower = value.toLowerCase(Locale.ROOT);
        if (lower.equals("now")) {
            return new PointInTime(now, value);
        }
        Matcher ago = AGO.matcher(lower);
        if (ago.matches()) {
            long amount = Long.parseLong(ago.group(1));
            Duration span = switch (ago.group(2)) {
                case "d" -> Duration.ofDays(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofMinutes(amount);
            };
            return new PointInTime(now.minus(span), value);
        }
        String iso = value.length() > 10 && value.charAt(10) == ' '
                ? value.substring(0, 10) + 'T' + value.substring(11) : value;
        try {
            if (iso.length() == 10) {
                return new PointInTime(LocalDate.parse(iso).atStartOfDay(zone).toInstant(), value);
            }
            if (hasOffset(iso)) {
                return new PointInTime(OffsetDateTime.parse(iso, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant(),
                        value);
            }
            // a local time that a clock change skips is moved forward, one it repeats is the earlier of the two
            return new PointInTime(LocalDateTime.parse(iso).atZone(zone).toInstant(), value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + value + "' is not a point in time: " + FORMS);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + value + "' is not a point in time (" + e.getMessage() + "): "
                    + FORMS);
        }
    }

    // an offset or Z after the time of day (a date's own '-' separators are not offsets)
    private static boolean hasOffset(String iso) {
        int time = iso.indexOf('T');
        if (time < 0) {
            return false;
        }
        String clock = iso.substring(time + 1);
        return clock.endsWith("Z") || clock.endsWith("z") || clock.indexOf('+') >= 0 || clock.indexOf('-') >= 0;
    }

    /** {@code 2026-11-01T08:30:00Z (09:30 Europe/Berlin)}: the moment in UTC and in {@code zone}. */
    public String describe(ZoneId zone) {
        String local = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).format(instant.atZone(zone));
        return DateTimeFormatter.ISO_INSTANT.format(instant) + " (" + local + " " + zone.getId() + ")";
    }
}
