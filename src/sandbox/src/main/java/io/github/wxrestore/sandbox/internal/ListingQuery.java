package io.github.wxrestore.sandbox.internal;

import io.github.wxrestore.sandbox.SandboxRecording;

import java.time.ZoneId;
import java.util.Locale;

/**
 * A listing request as read and checked by {@link ListingQueryReader}. Each filter is null when not given; the
 * interval is null where the documentation ignores it (the admin listing with {@code meetingId}). Which bins are
 * listed ({@code siteUrl}, {@code hostEmail}) is {@link ListingScope}'s to decide.
 *
 * @param max            the most recordings in one page
 * @param interval       the interval of createTime covered, or null if ignored
 * @param meetingId      only this meeting's recordings
 * @param hostEmail      the host an administrator lists (the user listing only)
 * @param siteUrl        the site listed
 * @param integrationTag only recordings with this tag (the sandbox's recordings have none)
 * @param topic          only recordings whose topic contains this text, in any case
 * @param format         only recordings in this format
 * @param serviceType    only recordings of this service
 * @param status         only recordings with this status
 * @param cursor         where the previous page ended, or null for the first page
 * @param zone           the time zone of the times in the answer
 */
record ListingQuery(int max, ListingInterval interval, String meetingId, String hostEmail, String siteUrl,
                    String integrationTag, String topic, String format, String serviceType,
                    SandboxRecording.Status status, PageCursor cursor, ZoneId zone) {

    /** True if the recording passes every filter (a topic matches as a substring, without regard to case). */
    boolean matches(SandboxRecording recording) {
        return recording.status() == status
                && (interval == null || interval.contains(recording.createTime()))
                && (meetingId == null || meetingId.equals(recording.meetingId()))
                // no sandbox recording carries an integration tag
                && integrationTag == null
                && (topic == null || lower(recording.topic()).contains(lower(topic)))
                && (format == null || format.equals(recording.format()))
                && (serviceType == null || serviceType.equals(recording.serviceType()));
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
