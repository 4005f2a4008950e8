package io.github.wxrestore.client;

/**
 * Base of every failure of a restore call after validation passed: an error status
 * ({@link WebexApiException}), a transport failure or timeout ({@link WebexTransportException}), or a
 * problem on this side such as an access-token supplier that failed. Carries the {@code TrackingID} of the
 * last attempt, the number of attempts made, the failure's {@link #category()} and whether Webex
 * {@linkplain #mayHaveBeenApplied() may have applied the call} anyway. Messages never contain the access token.
 * Constructors are public so that an application can build the exceptions it catches in its own tests.
 * Immutable.
 */
public class WebexClientException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String requestTrackingId;
    private final int attempts;
    private final boolean mayHaveBeenApplied;

    /**
     * @param requestTrackingId  the {@code TrackingID} of the last attempt sent, or null when none was
     * @param attempts           attempts made
     * @param mayHaveBeenApplied true when an attempt of the call was sent and left without a definite answer
     */
    public WebexClientException(String message, Throwable cause, String requestTrackingId, int attempts,
                                boolean mayHaveBeenApplied) {
        super(message, cause);
        this.requestTrackingId = requestTrackingId;
        this.attempts = attempts;
        this.mayHaveBeenApplied = mayHaveBeenApplied;
    }

    /**
     * The {@code TrackingID} header this client sent on the last attempt: quote it to Webex support. Null only
     * when no attempt was sent (an executor that refused the call, a token supplier that failed at once).
     */
    public String requestTrackingId() {
        return requestTrackingId;
    }

    /** Attempts made before giving up (0 when none could start). */
    public int attempts() {
        return attempts;
    }

    /** What this failure means for the caller; {@link FailureCategory#CLIENT} here, a subclass says more. */
    public FailureCategory category() {
        return FailureCategory.CLIENT;
    }

    /**
     * True when Webex may have restored the recordings although the call failed: this attempt or an earlier one
     * of the same call was sent and got no definite answer (a {@link FailureCategory#SERVER_OR_NETWORK} failure).
     * A 404 after such an attempt most likely means the first one worked. Always false for a listing's page: a
     * GET changes nothing.
     */
    public boolean mayHaveBeenApplied() {
        return mayHaveBeenApplied;
    }
}
