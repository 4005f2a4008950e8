package io.github.wxrestore.listing;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which recordings to list, and with which of the two listings: by default the caller's own recycle bin
 * ({@link Listing#USER}, {@code status=deleted}), 100 recordings a page. Built with {@link #builder()}; checked
 * against the spec's rules by {@code RecordingQueryValidation} (the client does so before it sends anything).
 * Immutable and thread-safe.
 *
 * <p><b>The dates filter when a recording was made, not when it was deleted.</b> {@code from} (inclusive) and
 * {@code to} (exclusive) filter the recording's {@code createTime}. <b>A query without {@code from} and
 * {@code to} sends neither, and Webex then lists only the recordings made in the last 7 days</b>, although the
 * recycle bin can hold recordings made long before they were deleted: to find everything in the bin, give a range
 * that starts before the oldest recording you look for. With only {@code from}, Webex lists the 7 days after it;
 * with only {@code to}, the 7 days before it. A range longer than one call of the listing may cover (the admin
 * listing's 30 days) is listed window by window; see {@link Listing#maxInterval()}.
 *
 * <pre>{@code
 * RecordingQuery query = RecordingQuery.builder()
 *         .listing(RecordingQuery.Listing.ADMIN)
 *         .createdBetween(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), ZoneOffset.UTC)
 *         .siteUrl("example.webex.com")
 *         .build();
 * }</pre>
 */
public final class RecordingQuery {

    /** The smallest page the API serves: the spec's {@code minimum} of {@code max}. */
    public static final int MIN_PAGE_SIZE = 1;
    /** The largest page the API serves, and this query's default: the spec's {@code maximum} of {@code max}. */
    public static final int MAX_PAGE_SIZE = 100;
    /** The longest {@code topic}, {@code meetingId} and {@code integrationTag}: the spec's {@code maxLength}. */
    public static final int MAX_TEXT_LENGTH = 256;
    /** The status listed unless another is asked for: the recycle bin, what can be restored. */
    public static final String DEFAULT_STATUS = "deleted";
    /** The values of {@code format} the spec lists, spelt as it spells them. */
    public static final List<String> FORMATS = List.of("MP4", "ARF");
    /** The values of {@code serviceType} the spec lists. */
    public static final List<String> SERVICE_TYPES = List.of("MeetingCenter", "EventCenter", "SupportCenter",
            "TrainingCenter");
    /** The values of {@code status} the spec lists: {@code deleted} is the recycle bin. */
    public static final List<String> STATUSES = List.of("available", "deleted", "purged");

    /** The two listings of the spec: whose recordings, and how far one call of it may reach. */
    public enum Listing {
        /**
         * {@code GET /recordings}: the caller's own recordings (and those shared with them), on all their sites
         * unless {@code siteUrl} names one; an administrator names one user of a site they manage with
         * {@code hostEmail}.
         */
        USER(null),
        /**
         * {@code GET /admin/recordings}: every host's recordings on one site (the administrator's preferred site
         * unless {@code siteUrl} names one), for an administrator or a compliance officer; each names its host.
         * One call covers at most 30 days (the spec's {@code x-max-interval-days}).
         */
        ADMIN(Duration.ofDays(30));

        private final Duration maxInterval;

        Listing(Duration maxInterval) {
            this.maxInterval = maxInterval;
        }

        /**
         * The longest range one call of this listing may cover; empty when the spec sets no limit. The client
         * lists a longer range as consecutive windows of at most this length, newest first (as Webex sorts), each
         * to its last page.
         */
        public Optional<Duration> maxInterval() {
            return Optional.ofNullable(maxInterval);
        }
    }

    private final Listing listing;
    private final Instant from;
    private final Instant to;
    private final String topic;
    private final String siteUrl;
    private final String hostEmail;
    private final String format;
    private final String serviceType;
    private final String meetingId;
    private final String integrationTag;
    private final int pageSize;
    private final String status;

    private RecordingQuery(Builder b) {
        this.listing = b.listing;
        this.from = b.from;
        this.to = b.to;
        this.topic = b.topic;
        this.siteUrl = b.siteUrl;
        this.hostEmail = b.hostEmail;
        this.format = b.format;
        this.serviceType = b.serviceType;
        this.meetingId = b.meetingId;
        this.integrationTag = b.integrationTag;
        this.pageSize = b.pageSize;
        this.status = b.status;
    }

    /** A builder for the caller's recycle bin: {@link Listing#USER}, {@code status=deleted}, 100 a page. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this query's settings. */
    public Builder toBuilder() {
        Builder b = new Builder().listing(listing).from(from).to(to).topic(topic).siteUrl(siteUrl)
                .hostEmail(hostEmail).format(format).serviceType(serviceType).meetingId(meetingId)
                .integrationTag(integrationTag).status(status);
        b.pageSize = pageSize;
        return b;
    }

    /** Which listing to call. */
    public Listing listing() {
        return listing;
    }

    /** The start of the range of {@code createTime}, inclusive; empty to send none. */
    public Optional<Instant> from() {
        return Optional.ofNullable(from);
    }

    /** The end of the range of {@code createTime}, exclusive; empty to send none. */
    public Optional<Instant> to() {
        return Optional.ofNullable(to);
    }

    /** Only recordings whose topic matches this, case-insensitively. */
    public Optional<String> topic() {
        return Optional.ofNullable(topic);
    }

    /** The site to list, a host such as {@code example.webex.com}. */
    public Optional<String> siteUrl() {
        return Optional.ofNullable(siteUrl);
    }

    /** The one user whose recordings an administrator lists ({@link Listing#USER} only). */
    public Optional<String> hostEmail() {
        return Optional.ofNullable(hostEmail);
    }

    /** Only recordings in this format: one of {@link #FORMATS}. */
    public Optional<String> format() {
        return Optional.ofNullable(format);
    }

    /** Only recordings of this Webex service: one of {@link #SERVICE_TYPES}. */
    public Optional<String> serviceType() {
        return Optional.ofNullable(serviceType);
    }

    /** Only the recordings of this meeting instance (Webex then ignores {@code siteUrl}, for an admin the range). */
    public Optional<String> meetingId() {
        return Optional.ofNullable(meetingId);
    }

    /** Only recordings carrying this integration tag. */
    public Optional<String> integrationTag() {
        return Optional.ofNullable(integrationTag);
    }

    /** Recordings per page, the API's {@code max}: {@value #MIN_PAGE_SIZE} to {@value #MAX_PAGE_SIZE}. */
    public int pageSize() {
        return pageSize;
    }

    /** Which recordings: one of {@link #STATUSES}; {@value #DEFAULT_STATUS} (the recycle bin) unless set. */
    public String status() {
        return status;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RecordingQuery q && listing == q.listing && Objects.equals(from, q.from)
                && Objects.equals(to, q.to) && Objects.equals(topic, q.topic) && Objects.equals(siteUrl, q.siteUrl)
                && Objects.equals(hostEmail, q.hostEmail) && Objects.equals(format, q.format)
                && Objects.equals(serviceType, q.serviceType) && Objects.equals(meetingId, q.meetingId)
                && Objects.equals(integrationTag, q.integrationTag) && pageSize == q.pageSize
                && status.equals(q.status);
    }

    @Override
    public int hashCode() {
        return Objects.hash(listing, from, to, topic, siteUrl, hostEmail, format, serviceType, meetingId,
                integrationTag, pageSize, status);
    }

    /** Every setting that is set, for logs and messages; holds no credential. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("RecordingQuery{listing=").append(listing).append(", status=")
                .append(status).append(", pageSize=").append(pageSize);
        append(s, "from", from);
        append(s, "to", to);
        append(s, "siteUrl", siteUrl);
        append(s, "hostEmail", hostEmail);
        append(s, "meetingId", meetingId);
        append(s, "topic", topic);
        append(s, "format", format);
        append(s, "serviceType", serviceType);
        append(s, "integrationTag", integrationTag);
        return s.append('}').toString();
    }

    private static void append(StringBuilder s, String name, Object value) {
        if (value != null) {
            s.append(", ").append(name).append('=').append(value);
        }
    }

    /**
     * Builds a {@link RecordingQuery}. Setters take values as given (null clears an optional one); the rules
     * (page size, range, known values, site and email forms) are checked when the query is used, all at once.
     * Not thread-safe.
     */
    public static final class Builder {

        private Listing listing = Listing.USER;
        private Instant from;
        private Instant to;
        private String topic;
        private String siteUrl;
        private String hostEmail;
        private String format;
        private String serviceType;
        private String meetingId;
        private String integrationTag;
        private int pageSize = MAX_PAGE_SIZE;
        private String status = DEFAULT_STATUS;

        private Builder() {
        }

        /** Which listing to call. Default {@link Listing#USER}. */
        public Builder listing(Listing listing) {
            this.listing = Objects.requireNonNull(listing, "listing");
            return this;
        }

        /** The start of the range of {@code createTime}, inclusive; null for none. */
        public Builder from(Instant from) {
            this.from = from;
            return this;
        }

        /** {@link #from(Instant)} at this offset date-time; null for none. */
        public Builder from(OffsetDateTime from) {
            return from(from == null ? null : from.toInstant());
        }

        /** The end of the range of {@code createTime}, exclusive; null for none. */
        public Builder to(Instant to) {
            this.to = to;
            return this;
        }

        /** {@link #to(Instant)} at this offset date-time; null for none. */
        public Builder to(OffsetDateTime to) {
            return to(to == null ? null : to.toInstant());
        }

        /**
         * The recordings made on {@code firstDay} through {@code lastDay}, both included, as days in {@code zone}:
         * {@code from} the start of the first day, {@code to} the start of the day after the last.
         */
        public Builder createdBetween(LocalDate firstDay, LocalDate lastDay, ZoneId zone) {
            Objects.requireNonNull(firstDay, "firstDay");
            Objects.requireNonNull(lastDay, "lastDay");
            Objects.requireNonNull(zone, "zone");
            return from(firstDay.atStartOfDay(zone).toInstant()).to(lastDay.plusDays(1).atStartOfDay(zone).toInstant());
        }

        /** Only recordings whose topic matches, case-insensitively; null for any. */
        public Builder topic(String topic) {
            this.topic = topic;
            return this;
        }

        /** The site to list, a host such as {@code example.webex.com}; null for the listing's default. */
        public Builder siteUrl(String siteUrl) {
            this.siteUrl = siteUrl;
            return this;
        }

        /**
         * The one user whose recordings an administrator lists ({@link Listing#USER} only: the admin listing
         * names every host already); null for the caller's own.
         */
        public Builder hostEmail(String hostEmail) {
            this.hostEmail = hostEmail;
            return this;
        }

        /** Only recordings in this format, one of {@link #FORMATS}; null for any. */
        public Builder format(String format) {
            this.format = format;
            return this;
        }

        /** Only recordings of this Webex service, one of {@link #SERVICE_TYPES}; null for any. */
        public Builder serviceType(String serviceType) {
            this.serviceType = serviceType;
            return this;
        }

        /** Only the recordings of this meeting instance; null for any. */
        public Builder meetingId(String meetingId) {
            this.meetingId = meetingId;
            return this;
        }

        /** Only recordings carrying this integration tag; null for any. */
        public Builder integrationTag(String integrationTag) {
            this.integrationTag = integrationTag;
            return this;
        }

        /**
         * Recordings per page, the API's {@code max}, {@value #MIN_PAGE_SIZE} to {@value #MAX_PAGE_SIZE}. Default
         * {@value #MAX_PAGE_SIZE} (the API's own default is 10): the fewer the calls, the less throttling.
         */
        public Builder pageSize(int pageSize) {
            this.pageSize = pageSize;
            return this;
        }

        /** Which recordings, one of {@link #STATUSES}. Default {@value #DEFAULT_STATUS}: the recycle bin. */
        public Builder status(String status) {
            this.status = Objects.requireNonNull(status, "status");
            return this;
        }

        public RecordingQuery build() {
            return new RecordingQuery(this);
        }

        @Override
        public String toString() {
            return "RecordingQuery.Builder{" + build() + "}";
        }
    }
}
