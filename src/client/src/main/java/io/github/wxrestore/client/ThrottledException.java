package io.github.wxrestore.client;

/**
 * 429 Too Many Requests, 503 Service Unavailable or 423 Locked, after the retry policy's budget was spent (or
 * when a 423 named no {@code Retry-After}): category {@link FailureCategory#THROTTLED}, Webex did nothing.
 * {@link #retryAfter()} says when Webex expects to accept the call again. Immutable.
 */
public final class ThrottledException extends WebexApiException {

    private static final long serialVersionUID = 1L;

    /** See {@link WebexApiException#WebexApiException(String, ErrorResponse)}. */
    public ThrottledException(String message, ErrorResponse response) {
        super(message, response);
    }

    /** True for 423 Locked, false for 429 Too Many Requests and 503 Service Unavailable. */
    public boolean isLocked() {
        return status() == 423;
    }
}
