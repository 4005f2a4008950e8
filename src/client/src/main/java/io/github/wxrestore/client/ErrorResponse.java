package io.github.wxrestore.client;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Everything an error response said, parsed, plus the call it ended: the input of every
 * {@link WebexApiException}. Public so that an application can build the exceptions it catches in its own tests.
 *
 * @param status             the HTTP status
 * @param headers            the response headers, the access token masked
 * @param rawBody            the body as UTF-8 text, at most its first 64 KiB; empty when there was none
 * @param rawBodyTruncated   true when the body was longer than {@code rawBody}
 * @param webexMessage       the {@code message} of a Webex error body, or null
 * @param errorDescriptions  the {@code errors[].description} values of a Webex error body
 * @param serverTrackingId   Webex's tracking ID (body, else header), or null
 * @param retryAfter         the wait {@code Retry-After} asked for, or null when absent or unreadable
 * @param requestTrackingId  the {@code TrackingID} this client sent on the attempt that got this answer
 * @param attempts           attempts the call made, counting this one
 * @param mayHaveBeenApplied true when this attempt or an earlier one of the call may have been applied by Webex
 */
public record ErrorResponse(int status, HttpHeaders headers, String rawBody, boolean rawBodyTruncated,
                            String webexMessage, List<String> errorDescriptions, String serverTrackingId,
                            Duration retryAfter, String requestTrackingId, int attempts, boolean mayHaveBeenApplied) {

    /** Checks the required parts and copies the descriptions. */
    public ErrorResponse {
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(rawBody, "rawBody");
        errorDescriptions = List.copyOf(errorDescriptions);
    }
}
