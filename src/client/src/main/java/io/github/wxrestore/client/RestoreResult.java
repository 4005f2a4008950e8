package io.github.wxrestore.client;

import java.net.http.HttpHeaders;
import java.util.Objects;
import java.util.Optional;

/**
 * A successful restore call. Public so that an application can build one in its own tests. Immutable and
 * thread-safe.
 *
 * @param status     the HTTP status, 200 to 299 (204 as documented; 200, 201 and 202 are accepted too)
 * @param trackingId the {@code TrackingID} request header of the successful attempt: quote it to Webex support
 * @param headers    the response headers as received (the access token masked)
 * @param attempts   attempts made, counting the successful one (1 when no retry was needed)
 */
public record RestoreResult(int status, String trackingId, HttpHeaders headers, int attempts) {

    /** Checks the parts. */
    public RestoreResult {
        if (status < 200 || status > 299) {
            throw new IllegalArgumentException("a restore result has a 2xx status, was " + status);
        }
        Objects.requireNonNull(trackingId, "trackingId");
        Objects.requireNonNull(headers, "headers");
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1, was " + attempts);
        }
    }

    /** True for 204 No Content, the documented success. */
    public boolean isNoContent() {
        return status == 204;
    }

    /** The {@code TrackingID} (or {@code trackingId}) response header, when the server sent one. */
    public Optional<String> serverTrackingId() {
        return headers.firstValue("TrackingID"); // header names are case-insensitive
    }

    @Override
    public String toString() {
        return "RestoreResult{status=" + status + ", trackingId=" + trackingId
                + serverTrackingId().map(s -> ", serverTrackingId=" + s).orElse("") + ", attempts=" + attempts + "}";
    }
}
