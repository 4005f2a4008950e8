package io.github.wxrestore.cli;

import io.github.wxrestore.cli.internal.PointInTime;
import io.github.wxrestore.cli.internal.UsageProblem;
import io.github.wxrestore.listing.RecordingQuery;
import io.github.wxrestore.validation.QueryViolation;
import picocli.CommandLine.Option;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The filters that find recordings in the recycle bin (a picocli mixin), for {@code list} and for {@code restore}
 * without IDs: when they were made, their topic, format and service, and whose ({@code --all-hosts}). With
 * {@link #query} they become the listing's query; {@code --site-url} and {@code --host-email} are the command's.
 */
final class FilterOptions {

    static final int DEFAULT_HORIZON_DAYS = 365;

    @Option(names = "--from", paramLabel = "TIME", description = "Recordings made at or after TIME. Default: "
            + "--horizon days before --to.")
    String from;

    @Option(names = "--to", paramLabel = "TIME", description = "Recordings made before TIME. Default: now.")
    String to;

    @Option(names = "--horizon", paramLabel = "DAYS", description = "Without --from, how many days back to look. "
            + "Default: " + DEFAULT_HORIZON_DAYS + ".")
    Integer horizonDays;

    @Option(names = "--topic", paramLabel = "TEXT", description = "Recordings whose topic matches TEXT (ignoring "
            + "case).")
    String topic;

    @Option(names = "--all-hosts", description = "Every host's recordings on the site (the admin listing; an admin "
            + "token).")
    boolean allHosts;

    @Option(names = "--format", paramLabel = "MP4|ARF", description = "Recordings in this format.")
    String format;

    @Option(names = "--service-type", paramLabel = "TYPE", description = "Recordings of this service: "
            + "MeetingCenter, EventCenter, SupportCenter or TrainingCenter.")
    String serviceType;

    /** True when any filter was given (for {@code restore}: the recordings are found by listing). */
    boolean given() {
        // --horizon alone finds nothing: it only says how far back to look (also to confirm what was presumed)
        return from != null || to != null || topic != null || allHosts || format != null || serviceType != null;
    }

    /**
     * The filters as given, with {@code siteUrl} and {@code hostEmail}, in one line that does not depend on when it
     * is read ({@code --from 7d} stays {@code 7d}): what a resume must give again to restore the same list.
     */
    String asGiven(String siteUrl, String hostEmail) {
        return "--from=" + text(from) + " --to=" + text(to) + " --horizon=" + text(horizonDays) + " --topic="
                + text(topic) + " --all-hosts=" + allHosts + " --format=" + text(format) + " --service-type="
                + text(serviceType) + " --site-url=" + text(siteUrl) + " --host-email=" + text(hostEmail);
    }

    private static String text(Object value) {
        return value == null ? "" : "'" + value + "'";
    }

    /** Refuses filters that contradict each other or {@code --host-email}. */
    void check(String hostEmail) {
        if (allHosts && hostEmail != null) {
            throw new UsageProblem("--all-hosts covers every host of the site: give it without --host-email, or "
                    + "--host-email alone for one host");
        }
        if (horizonDays != null && (horizonDays < 1 || horizonDays > 36_500)) {
            throw new UsageProblem("--horizon must be between 1 and 36500 days, was " + horizonDays);
        }
        if (from != null && horizonDays != null) {
            throw new UsageProblem("--horizon counts back from --to when --from is not given: give one of them");
        }
    }

    /** The interval meant, resolved against the present second (what people read and write) in {@code zone}. */
    Interval intervalFromNow(ZoneId zone) {
        return interval(Instant.now().truncatedTo(ChronoUnit.SECONDS), zone);
    }

    /** The interval meant, resolved against {@code now} in {@code zone}. */
    Interval interval(Instant now, ZoneId zone) {
        int horizon = horizonDays == null ? DEFAULT_HORIZON_DAYS : horizonDays;
        PointInTime end = to == null ? new PointInTime(now, "now") : time("--to", to, now, zone);
        PointInTime start = from == null
                ? new PointInTime(end.instant().minus(Duration.ofDays(horizon)), horizon + "d before --to")
                : time("--from", from, now, zone);
        if (start.instant().isAfter(end.instant())) {
            throw new UsageProblem("--from " + start.describe(zone) + " is after --to " + end.describe(zone)
                    + ": nothing was made in between");
        }
        return new Interval(start, end, from == null ? horizon : null);
    }

    /** The listing's query for {@code interval}, on {@code siteUrl} for {@code hostEmail} (either may be null). */
    RecordingQuery query(Interval interval, String siteUrl, String hostEmail) {
        RecordingQuery.Builder query = RecordingQuery.builder()
                .listing(allHosts ? RecordingQuery.Listing.ADMIN : RecordingQuery.Listing.USER)
                .from(interval.start().instant()).to(interval.end().instant());
        Optional.ofNullable(topic).ifPresent(query::topic);
        Optional.ofNullable(siteUrl).ifPresent(query::siteUrl);
        Optional.ofNullable(hostEmail).ifPresent(query::hostEmail);
        Optional.ofNullable(format).ifPresent(query::format);
        Optional.ofNullable(serviceType).ifPresent(query::serviceType);
        return query.build();
    }

    /** In words: {@code the recycle bin of every host on example.webex.com: recordings made from ... to ...}. */
    String scope(Interval interval, String siteUrl, String hostEmail, ZoneId zone) {
        String whose = allHosts ? "every host" : hostEmail != null ? hostEmail : "the token's user";
        String where = siteUrl != null ? " on " + siteUrl : allHosts ? " on the admin's preferred site"
                : " on every site";
        return "the recycle bin of " + whose + where + ": recordings made from " + interval.start().describe(zone)
                + " to " + interval.end().describe(zone)
                + (interval.horizonDays() == null ? "" : " (the last " + interval.horizonDays() + " days: --horizon)")
                + (topic == null ? "" : ", topic matching '" + topic + "'");
    }

    /** The option a problem of the listing's query is about, as the person typed it. */
    static String option(QueryViolation v) {
        return switch (v.parameter()) {
            case FROM -> "--from";
            case TO -> "--to";
            case TOPIC -> "--topic";
            case SITE_URL -> "--site-url";
            case HOST_EMAIL -> "--host-email";
            case FORMAT -> "--format";
            case SERVICE_TYPE -> "--service-type";
            default -> v.property();
        };
    }

    private static PointInTime time(String option, String text, Instant now, ZoneId zone) {
        try {
            return PointInTime.parse(text, now, zone);
        } catch (IllegalArgumentException e) {
            throw new UsageProblem(option + " " + e.getMessage());
        }
    }

    /** From when to when; {@code horizonDays} when the start was counted back, else null. */
    record Interval(PointInTime start, PointInTime end, Integer horizonDays) {
    }
}
