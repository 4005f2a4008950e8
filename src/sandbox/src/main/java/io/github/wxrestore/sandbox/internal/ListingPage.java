package io.github.wxrestore.sandbox.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.wxrestore.generated.model.AdminRecording;
import io.github.wxrestore.generated.model.AdminRecordingList;
import io.github.wxrestore.generated.model.Recording;
import io.github.wxrestore.generated.model.RecordingList;
import io.github.wxrestore.sandbox.SandboxRecording;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * The body of a listing's page, {@code {"items": [...]}}, written through the models generated from api-spec/
 * ({@code RecordingList} of {@code Recording}, or {@code AdminRecordingList} of {@code AdminRecording}, which
 * also names the host), its times in the request's time zone.
 */
final class ListingPage {

    private ListingPage() {
    }

    /** The JSON of a page of the user listing, or of the admin listing if {@code adminListing}. */
    static String json(List<SandboxRecording> items, boolean adminListing, ZoneId zone) {
        Object page = adminListing
                ? new AdminRecordingList().items(items.stream().map(r -> admin(r, zone)).toList())
                : new RecordingList().items(items.stream().map(r -> user(r, zone)).toList());
        try {
            return Json.MAPPER.writeValueAsString(page);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a page of recordings", e);
        }
    }

    /** An empty page (what a scripted 200 answers on a listing). */
    static String empty() {
        return json(List.of(), false, ZoneId.of("UTC"));
    }

    private static Recording user(SandboxRecording r, ZoneId zone) {
        return new Recording().id(r.id()).meetingId(r.meetingId()).topic(r.topic())
                .createTime(at(r.createTime(), zone)).timeRecorded(at(r.timeRecorded(), zone)).siteUrl(r.siteUrl())
                .format(r.format()).serviceType(r.serviceType()).durationSeconds(r.durationSeconds())
                .sizeBytes(r.sizeBytes()).status(r.status().wireName());
    }

    private static AdminRecording admin(SandboxRecording r, ZoneId zone) {
        return new AdminRecording().id(r.id()).meetingId(r.meetingId()).topic(r.topic())
                .createTime(at(r.createTime(), zone)).timeRecorded(at(r.timeRecorded(), zone))
                .hostEmail(r.hostEmail()).hostDisplayName(r.hostDisplayName()).siteUrl(r.siteUrl())
                .format(r.format()).serviceType(r.serviceType()).durationSeconds(r.durationSeconds())
                .sizeBytes(r.sizeBytes()).status(r.status().wireName());
    }

    private static OffsetDateTime at(Instant instant, ZoneId zone) {
        return instant.atZone(zone).toOffsetDateTime();
    }
}
