package io.github.wxrestore.contract;

import io.github.wxrestore.listing.ListedRecording;
import io.github.wxrestore.sandbox.SandboxAccounts;

import java.time.Instant;
import java.util.List;

/**
 * The recordings the consumer's listing pacts show as examples, written as the {@link ListedRecording} the client
 * must make of each: the pact bodies are built from them ({@link RecordingBodies}), and the tests expect them
 * back. Only the spec's required fields (and the admin listing's host) are set; the rest is what the client makes
 * of a field that is absent.
 */
final class ExampleRecordings {

    /** The spec's example on the user listing, which does not name the host. */
    static final ListedRecording BOARD_MEETING = recording("4f914b1dfe3c4d11a61730f18c0f5387", "Board meeting",
            "2026-11-03T17:43:24Z", "2026-11-03T16:40:20Z", SandboxAccounts.SITE, "MP4", "MeetingCenter", 4472,
            248023188);
    /** The spec's example on the admin listing, which names its host. */
    static final ListedRecording BOARD_MEETING_WITH_HOST = hosted(BOARD_MEETING, "john.andersen@example.com",
            "John Andersen");
    /** A recording the filters of {@code ListingShape.FILTERED} find. */
    static final ListedRecording WEEKLY_SYNC = recording("0b7c2d4e6f8a4b1c9d3e5f7a9b1c3d5e", "Weekly sync 12",
            "2026-10-21T09:31:02Z", "2026-10-21T08:59:47Z", SandboxAccounts.EU_SITE, "MP4", "MeetingCenter", 1870,
            97240000);
    /** {@link #WEEKLY_SYNC} on the admin listing. */
    static final ListedRecording WEEKLY_SYNC_WITH_HOST = hosted(WEEKLY_SYNC, "bob@example.com", "Bob");
    private ExampleRecordings() {
    }

    private static ListedRecording recording(String id, String topic, String createTime, String timeRecorded,
                                             String siteUrl, String format, String serviceType, long durationSeconds,
                                             long sizeBytes) {
        return new ListedRecording(id, topic, Instant.parse(createTime), Instant.parse(timeRecorded), siteUrl, null,
                null, format, serviceType, durationSeconds, sizeBytes, "deleted", null, null, null, false, List.of());
    }

    private static ListedRecording hosted(ListedRecording r, String hostEmail, String hostDisplayName) {
        return new ListedRecording(r.id(), r.topic(), r.createTime(), r.timeRecorded(), r.siteUrl(), hostEmail,
                hostDisplayName, r.format(), r.serviceType(), r.durationSeconds(), r.sizeBytes(), r.status(),
                r.meetingId(), r.scheduledMeetingId(), r.meetingSeriesId(), r.shareToMe(), r.integrationTags());
    }
}
