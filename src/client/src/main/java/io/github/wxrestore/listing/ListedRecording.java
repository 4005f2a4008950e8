package io.github.wxrestore.listing;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One recording as either listing describes it: the admin listing names its host, the user listing usually does
 * not. Fields the spec requires may still be left out by Webex; such a component is null, except {@code id}.
 * The listing's download and playback URLs and its masked password are not carried: they serve playing a
 * recording, not restoring one. Public so that an application can build one in its own tests. Immutable.
 *
 * @param id                 the recording ID, as a restore takes it
 * @param topic              the meeting's topic
 * @param createTime         when the recording file was made (what {@code from} and {@code to} filter)
 * @param timeRecorded       when recording started
 * @param siteUrl            the site the recording belongs to (a restore names it as {@code siteUrl})
 * @param hostEmail          the host (the admin listing names it; a restore for that host names it as
 *                           {@code hostEmail}); null when the listing did not name one
 * @param hostDisplayName    the host's name, or null
 * @param format             {@code MP4}, {@code ARF}, {@code UPLOADED} or a value Webex added since
 * @param serviceType        {@code MeetingCenter}, {@code EventCenter}, {@code TrainingCenter},
 *                           {@code SupportCenter} or a value Webex added since
 * @param durationSeconds    the length in seconds, or null
 * @param sizeBytes          the size in bytes, or null
 * @param status             {@code available}, {@code deleted} (in the recycle bin) or {@code purged}
 * @param meetingId          the meeting instance recorded, or null
 * @param scheduledMeetingId the scheduled meeting, or null
 * @param meetingSeriesId    the meeting series, or null
 * @param shareToMe          true when the recording was shared with the caller rather than hosted by them
 * @param integrationTags    the recording's integration tags; empty when none
 */
public record ListedRecording(String id, String topic, Instant createTime, Instant timeRecorded, String siteUrl,
                              String hostEmail, String hostDisplayName, String format, String serviceType,
                              Long durationSeconds, Long sizeBytes, String status, String meetingId,
                              String scheduledMeetingId, String meetingSeriesId, boolean shareToMe,
                              List<String> integrationTags) {

    /** Checks the ID and copies the tags. */
    public ListedRecording {
        Objects.requireNonNull(id, "id");
        integrationTags = integrationTags == null ? List.of() : List.copyOf(integrationTags);
    }

    /** True when the recording is in a recycle bin ({@code status} is {@code deleted}): one a restore can restore. */
    public boolean isInRecycleBin() {
        return RecordingQuery.DEFAULT_STATUS.equals(status);
    }
}
