package io.github.wxrestore.client;

/**
 * Base of every failure of a restore call after validation passed: an error status
 * ({@link WebexApiException}), a transport failure or timeout ({@link WebexTransportException}), or a
 * problem on this side such as an access-token supplier that failed. Carries the {@code TrackingID} of the
 * last attempt and the number of attempts made. Messages never contain the access token. Immutable.
 */
public class WebexClientException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String requestTrackingId;
    private final int attempts;

    WebexClientException(String message, Throwable cause, String requestTrackingId, int attempts) {
        super(message, cause);
        this.requestTrackingId = requestTrackingId;
        this.attempts = attempts;
    }

    /**
     * The {@code TrackingID} header this client sent on the last attempt: quote it to Webex support. Null only
     * when no attempt was sent (an executor that refused the call, a token supplier that failed at once).
     */
    public String requestTrackingId() {
        return requestTrackingId;
    }

    /** Attempts made before giving up (0 when the call timeout passed before the first one could start). */
    public int attempts() {
        return attempts;
    }
}
