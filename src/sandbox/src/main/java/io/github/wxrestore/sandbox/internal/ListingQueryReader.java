package io.github.wxrestore.sandbox.internal;

import io.github.wxrestore.sandbox.SandboxRecording;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a listing's query string and {@code timezone} header into a {@link ListingQuery}, checking the rules of
 * api-spec/'s parameters (each broken one a 400 description, in the order the spec lists the parameters) and
 * then those of the interval ({@link ListingInterval}). A parameter named twice is refused; a parameter the
 * listings do not have is ignored. An empty value is a value ({@code topic=} matches every topic, {@code max=}
 * is refused). The syntax of {@code from} and {@code to} is checked even where they are ignored.
 */
final class ListingQueryReader {

    /** The query parameter that carries a {@link PageCursor}. */
    static final String CURSOR = "cursor";
    static final String FROM = "from";
    static final String TO = "to";
    /** The spec's {@code max}: default, minimum and maximum. */
    static final int DEFAULT_MAX = 10;
    static final int MIN_MAX = 1;
    static final int MAX_MAX = 100;
    /** The spec's maxLength of {@code from}, {@code to} and the {@code timezone} header. */
    static final int MAX_DATE_LENGTH = 64;
    /** The spec's maxLength of {@code meetingId}, {@code integrationTag} and {@code topic}. */
    static final int MAX_TEXT_LENGTH = 256;
    /** The values the spec's {@code format} and {@code serviceType} take. */
    static final List<String> FORMATS = List.of("MP4", "ARF");
    static final List<String> SERVICE_TYPES = List.of("MeetingCenter", "EventCenter", "SupportCenter",
            "TrainingCenter");

    // read once: the JDK copies the set on every call
    private static final Set<String> ZONES = Set.copyOf(ZoneId.getAvailableZoneIds());

    /** The outcome: the query, or null with the problems, each one 400 description. */
    record Read(ListingQuery query, List<String> problems) {
        boolean ok() {
            return problems.isEmpty();
        }
    }

    private final String rawQuery;
    private final List<String> problems = new ArrayList<>();

    private ListingQueryReader(String rawQuery) {
        this.rawQuery = rawQuery;
    }

    /** Reads a request to the admin listing if {@code adminListing}, else to the user listing. */
    static Read read(String rawQuery, String timezone, Instant now, boolean adminListing) {
        try {
            return new ListingQueryReader(rawQuery).read(timezone, now, adminListing);
        } catch (IllegalArgumentException e) {
            // the HTTP server already refuses most bad escapes; this catches what slips through
            return new Read(null, List.of("The query string is not valid percent-encoding."));
        }
    }

    private Read read(String timezone, Instant now, boolean adminListing) {
        Optional<ZoneId> zone = zone(timezone);
        ZoneId readIn = zone.orElse(ZoneOffset.UTC);
        int max = max(once("max"));
        Instant from = instant(FROM, once(FROM), readIn);
        Instant to = instant(TO, once(TO), readIn);
        String meetingId = text("meetingId");
        String hostEmail = adminListing ? null : hostEmail(once("hostEmail"));
        String siteUrl = siteUrl(once("siteUrl"));
        String integrationTag = text("integrationTag");
        String topic = text("topic");
        String format = oneOf("format", FORMATS);
        String serviceType = oneOf("serviceType", SERVICE_TYPES);
        SandboxRecording.Status status = status(once("status"));
        PageCursor cursor = cursor(once(CURSOR));
        if (zone.isEmpty()) {
            problems.add("timezone must be an IANA time zone such as Europe/Berlin, not " + WireSyntax.quote(timezone)
                    + ".");
        }
        if (!problems.isEmpty()) {
            return new Read(null, List.copyOf(problems));
        }
        // the admin listing ignores from and to when meetingId is given
        ListingInterval interval = adminListing && meetingId != null ? null : ListingInterval.of(from, to, now);
        List<String> broken = interval == null ? List.of() : interval.problems(adminListing);
        if (!broken.isEmpty()) {
            return new Read(null, broken);
        }
        return new Read(new ListingQuery(max, interval, meetingId, hostEmail, siteUrl, integrationTag, topic, format,
                serviceType, status, cursor, readIn), List.of());
    }

    /** The value of a parameter given at most once, or null; a problem if given more often. */
    private String once(String name) {
        List<String> values = QueryString.values(rawQuery, name);
        if (values.size() > 1) {
            problems.add(name + " must be given at most once, not " + values.size() + " times.");
        }
        return values.isEmpty() ? null : values.get(0);
    }

    private static Optional<ZoneId> zone(String timezone) {
        if (timezone == null) {
            return Optional.of(ZoneOffset.UTC);
        }
        // region IDs of the IANA database (and UTC), not offsets such as +01:00
        return timezone.length() <= MAX_DATE_LENGTH && ZONES.contains(timezone)
                ? Optional.of(ZoneId.of(timezone)) : Optional.empty();
    }

    private int max(String value) {
        if (value == null) {
            return DEFAULT_MAX;
        }
        if (value.matches("[0-9]{1,9}")) {
            int max = Integer.parseInt(value);
            if (max >= MIN_MAX && max <= MAX_MAX) {
                return max;
            }
        }
        problems.add("max must be an integer from " + MIN_MAX + " to " + MAX_MAX + ", not " + WireSyntax.quote(value)
                + ".");
        return DEFAULT_MAX;
    }

    private Instant instant(String name, String value, ZoneId zone) {
        if (value == null) {
            return null;
        }
        if (value.length() > MAX_DATE_LENGTH) {
            problems.add(tooLong(name, MAX_DATE_LENGTH, value));
            return null;
        }
        Optional<Instant> instant = IsoDateTimes.parse(value, zone);
        if (instant.isEmpty()) {
            problems.add(name + " must be an ISO 8601 date or date-time such as 2026-11-01 or 2026-11-01T09:30:00Z, "
                    + "not " + WireSyntax.quote(value) + ".");
        }
        return instant.orElse(null);
    }

    private String text(String name) {
        String value = once(name);
        if (value != null && value.length() > MAX_TEXT_LENGTH) {
            problems.add(tooLong(name, MAX_TEXT_LENGTH, value));
        }
        return value;
    }

    private static String tooLong(String name, int maxLength, String value) {
        return name + " must be at most " + maxLength + " characters long, not " + value.length() + ".";
    }

    private String hostEmail(String value) {
        if (value != null && !WireSyntax.isEmail(value)) {
            problems.add(SelectionRules.notAnEmail(value));
        }
        return value;
    }

    private String siteUrl(String value) {
        if (value != null && !WireSyntax.isSiteHost(value)) {
            problems.add(SelectionRules.notASiteHost(value));
        }
        return value == null ? null : WireSyntax.normalize(value);
    }

    private String oneOf(String name, List<String> allowed) {
        String value = once(name);
        if (value != null && !allowed.contains(value)) {
            problems.add(name + " must be " + String.join(", ", allowed.subList(0, allowed.size() - 1)) + " or "
                    + allowed.get(allowed.size() - 1) + ", not " + WireSyntax.quote(value) + ".");
        }
        return value;
    }

    private SandboxRecording.Status status(String value) {
        if (value == null) {
            return SandboxRecording.Status.AVAILABLE;
        }
        Optional<SandboxRecording.Status> status = Arrays.stream(SandboxRecording.Status.values())
                .filter(s -> s.wireName().equals(value)).findFirst();
        if (status.isEmpty()) {
            problems.add("status must be available, deleted or purged, not " + WireSyntax.quote(value) + ".");
        }
        return status.orElse(SandboxRecording.Status.AVAILABLE);
    }

    private PageCursor cursor(String value) {
        if (value == null) {
            return null;
        }
        Optional<PageCursor> cursor = PageCursor.decode(value);
        if (cursor.isEmpty()) {
            problems.add("cursor is not one this server gave; follow the Link header of the previous page as given.");
        }
        return cursor.orElse(null);
    }
}
