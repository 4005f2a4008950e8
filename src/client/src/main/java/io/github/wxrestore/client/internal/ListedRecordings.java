package io.github.wxrestore.client.internal;

import io.github.wxrestore.generated.model.AdminRecording;
import io.github.wxrestore.generated.model.Recording;
import io.github.wxrestore.listing.ListedRecording;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * The generated models of the two listings' items ({@link Recording}, {@link AdminRecording}: the same fields,
 * two classes) as the one public {@link ListedRecording}. Stateless.
 */
final class ListedRecordings {

    private ListedRecordings() {
    }

    static ListedRecording of(Recording r) {
        return new ListedRecording(r.getId(), r.getTopic(), instant(r.getCreateTime()), instant(r.getTimeRecorded()),
                r.getSiteUrl(), r.getHostEmail(), r.getHostDisplayName(), r.getFormat(), r.getServiceType(),
                r.getDurationSeconds(), r.getSizeBytes(), r.getStatus(), r.getMeetingId(), r.getScheduledMeetingId(),
                r.getMeetingSeriesId(), Boolean.TRUE.equals(r.getShareToMe()), tags(r.getIntegrationTags()));
    }

    static ListedRecording of(AdminRecording r) {
        return new ListedRecording(r.getId(), r.getTopic(), instant(r.getCreateTime()), instant(r.getTimeRecorded()),
                r.getSiteUrl(), r.getHostEmail(), r.getHostDisplayName(), r.getFormat(), r.getServiceType(),
                r.getDurationSeconds(), r.getSizeBytes(), r.getStatus(), r.getMeetingId(), r.getScheduledMeetingId(),
                r.getMeetingSeriesId(), Boolean.TRUE.equals(r.getShareToMe()), tags(r.getIntegrationTags()));
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    private static List<String> tags(List<String> tags) {
        return tags == null ? List.of() : tags.stream().filter(Objects::nonNull).toList();
    }
}
