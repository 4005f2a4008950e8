package io.github.wxrestore.client;

import java.net.http.HttpHeaders;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of a listing that arrived, as an {@link AttemptListener} hears of it ({@link AttemptListener#pageFetched}):
 * for progress and metrics; the recordings themselves go to the caller of
 * {@link WebexRecordingsClient#listRecordings}. Public so that an application can build one in its own tests.
 * Immutable and thread-safe.
 *
 * @param status      the HTTP status, 200 to 299 (200 as documented)
 * @param trackingId  the {@code TrackingID} request header of the successful attempt: quote it to Webex support
 * @param headers     the response headers as received (the access token masked)
 * @param attempts    attempts made for this page, counting the successful one
 * @param recordings  how many recordings the page holds
 * @param hasNextPage true when its {@code Link} header names a next page
 */
public record PageResult(int status, String trackingId, HttpHeaders headers, int attempts, int recordings,
                         boolean hasNextPage) {

    /** Checks the parts. */
    public PageResult {
        if (status < 200 || status > 299) {
            throw new IllegalArgumentException("a page has a 2xx status, was " + status);
        }
        Objects.requireNonNull(trackingId, "trackingId");
        Objects.requireNonNull(headers, "headers");
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1, was " + attempts);
        }
        if (recordings < 0) {
            throw new IllegalArgumentException("recordings must not be negative, was " + recordings);
        }
    }

    /** The {@code TrackingID} (or {@code trackingId}) response header, when the server sent one. */
    public Optional<String> serverTrackingId() {
        return headers.firstValue("TrackingID");
    }

    @Override
    public String toString() {
        return "PageResult{status=" + status + ", trackingId=" + trackingId
                + serverTrackingId().map(s -> ", serverTrackingId=" + s).orElse("") + ", attempts=" + attempts
                + ", recordings=" + recordings + ", hasNextPage=" + hasNextPage + "}";
    }
}
