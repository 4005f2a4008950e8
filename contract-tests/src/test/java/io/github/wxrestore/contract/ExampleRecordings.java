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
    /** Three recordings of one bin, newest first: two on the first page, one on the next. */
    static final List<ListedRecording> THREE_PAGED = List.of(
            recording("9a1e3e5c8bd44f8a9a0c5d2b7e6f1a20", "Design review 7", "2026-11-06T15:02:11Z",
                    "2026-11-06T14:10:40Z", SandboxAccounts.SITE, "MP4", "MeetingCenter", 3081, 154050000),
            recording("c1d2e3f4a5b64c7d8e9fa0b1c2d3e4f5", "Customer call", "2026-11-04T10:20:30Z",
                    "2026-11-04T09:48:01Z", SandboxAccounts.SITE, "ARF", "EventCenter", 1902, 30432000),
            recording("d4e5f6a7b8c94d0e1f2a3b4c5d6e7f80", "All hands 3", "2026-11-01T18:00:05Z",
                    "2026-11-01T16:59:30Z", SandboxAccounts.SITE, "MP4", "TrainingCenter", 3570, 249900000));

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
