package io.github.wxrestore.sandbox;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/**
 * A recording as the sandbox's listings show it ({@code GET /v1/recordings}, {@code GET /v1/admin/recordings}):
 * the metadata the sandbox derives from its seed, and the recording's status now. Seeded recordings start in the
 * recycle bin ({@link Status#DELETED}); a restore makes them {@link Status#AVAILABLE}. Immutable and thread-safe.
 *
 * @param id              the recording ID, as {@code POST /recordings/restore} takes it
 * @param meetingId       the meeting instance recorded; some recordings of a host share one
 * @param topic           the meeting's topic, such as {@code Weekly sync} or {@code Board meeting 12}
 * @param createTime      when the recording file was made (what {@code from} and {@code to} filter), whole seconds
 * @param timeRecorded    when recording started, before {@code createTime}
 * @param hostEmail       the host, the owner of the recycle bin it is in
 * @param hostDisplayName the host's {@linkplain SandboxUser#displayName() display name}
 * @param siteUrl         the site of the recycle bin it is in
 * @param format          {@code MP4} or {@code ARF}
 * @param serviceType     {@code MeetingCenter}, {@code EventCenter}, {@code TrainingCenter} or {@code SupportCenter}
 * @param durationSeconds how long the recording is
 * @param sizeBytes       the size of its file
 * @param status          where it is now
 */
public record SandboxRecording(String id, String meetingId, String topic, Instant createTime, Instant timeRecorded,
                               String hostEmail, String hostDisplayName, String siteUrl, String format,
                               String serviceType, long durationSeconds, long sizeBytes, Status status) {

    /** The listings' order: newest first by {@code createTime}, then by ID (ascending) among equal times. */
    public static final Comparator<SandboxRecording> NEWEST_FIRST = Comparator
            .comparing(SandboxRecording::createTime, Comparator.reverseOrder())
            .thenComparing(SandboxRecording::id);

    /** The status of a recording, as the listings' {@code status} parameter and field name it. */
    public enum Status {
        /** Not in the recycle bin: the default of the listings. */
        AVAILABLE("available"),
        /** In the recycle bin, where a restore finds it. */
        DELETED("deleted"),
        /** Purged from the recycle bin; the sandbox purges nothing, so it lists none. */
        PURGED("purged");

        private final String wireName;

        Status(String wireName) {
            this.wireName = wireName;
        }

        /** The value on the wire, such as {@code deleted}. */
        public String wireName() {
            return wireName;
        }
    }

    /** Checks that nothing is missing and nothing is negative. */
    public SandboxRecording {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(meetingId, "meetingId");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(createTime, "createTime");
        Objects.requireNonNull(timeRecorded, "timeRecorded");
        Objects.requireNonNull(hostEmail, "hostEmail");
        Objects.requireNonNull(hostDisplayName, "hostDisplayName");
        Objects.requireNonNull(siteUrl, "siteUrl");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(serviceType, "serviceType");
        Objects.requireNonNull(status, "status");
        if (durationSeconds < 0 || sizeBytes < 0) {
            throw new IllegalArgumentException("durationSeconds and sizeBytes must be >= 0, got " + durationSeconds
                    + " and " + sizeBytes);
        }
    }

    /** The same recording with another status. */
    public SandboxRecording withStatus(Status next) {
        return next == status ? this : new SandboxRecording(id, meetingId, topic, createTime, timeRecorded, hostEmail,
                hostDisplayName, siteUrl, format, serviceType, durationSeconds, sizeBytes, next);
    }
}
