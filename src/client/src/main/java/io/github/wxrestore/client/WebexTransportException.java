package io.github.wxrestore.client;

/**
 * No complete response: the connection was refused or reset, or a time limit expired ({@link #isTimeout()}):
 * the attempt timeout (which also bounds a body that trickles in) or the call timeout. The request may or may
 * not have reached Webex ({@link #mayHaveBeenApplied()}). The cause is the underlying
 * {@link java.io.IOException}. Category {@link FailureCategory#SERVER_OR_NETWORK}. Immutable.
 */
public final class WebexTransportException extends WebexClientException {

    private static final long serialVersionUID = 1L;

    private final boolean timeout;

    /** See {@link WebexClientException#WebexClientException(String, Throwable, String, int, boolean)}. */
    public WebexTransportException(String message, Throwable cause, boolean timeout, String requestTrackingId,
                                   int attempts, boolean mayHaveBeenApplied) {
        super(message, cause, requestTrackingId, attempts, mayHaveBeenApplied);
        this.timeout = timeout;
    }

    /** True when a time limit expired rather than the connection failing. */
    public boolean isTimeout() {
        return timeout;
    }

    @Override
    public FailureCategory category() {
        return FailureCategory.SERVER_OR_NETWORK;
    }
}
