package io.github.wxrestore.client;

import java.net.http.HttpHeaders;
import java.util.Objects;
import java.util.Optional;

/**
 * A successful restore call: the status (204 as documented; 200, 201 and 202 are accepted too), the
 * {@code TrackingID} this client sent on the successful attempt, the server's tracking ID when it sent one,
 * the response headers and how many attempts it took. Immutable and thread-safe.
 */
public final class RestoreResult {

    private final int status;
    private final String trackingId;
    private final String serverTrackingId;
    private final HttpHeaders headers;
    private final int attempts;

    RestoreResult(int status, String trackingId, HttpHeaders headers, int attempts) {
        this.status = status;
        this.trackingId = Objects.requireNonNull(trackingId, "trackingId");
        this.headers = Objects.requireNonNull(headers, "headers");
        this.serverTrackingId = headers.firstValue("TrackingID").orElse(null); // header names are case-insensitive
        this.attempts = attempts;
    }

    /** The HTTP status, 200 to 299. */
    public int status() {
        return status;
    }

    /** True for 204 No Content, the documented success. */
    public boolean isNoContent() {
        return status == 204;
    }

    /** The {@code TrackingID} request header of the successful attempt: quote it to Webex support. */
    public String trackingId() {
        return trackingId;
    }

    /** The {@code TrackingID} (or {@code trackingId}) response header, when the server sent one. */
    public Optional<String> serverTrackingId() {
        return Optional.ofNullable(serverTrackingId);
    }

    /** The response headers as received. */
    public HttpHeaders headers() {
        return headers;
    }

    /** Attempts made, counting the successful one (1 when no retry was needed). */
    public int attempts() {
        return attempts;
    }

    @Override
    public String toString() {
        return "RestoreResult{status=" + status + ", trackingId=" + trackingId
                + (serverTrackingId == null ? "" : ", serverTrackingId=" + serverTrackingId)
                + ", attempts=" + attempts + "}";
    }
}
