package io.github.wxrestore.client;

/**
 * No complete response: the connection was refused or reset, or a time limit expired ({@link #isTimeout()}):
 * the attempt timeout (which also bounds a body that trickles in) or the call timeout. The request may or may
 * not have reached Webex. The cause is the underlying {@link java.io.IOException}. Immutable.
 */
public final class WebexTransportException extends WebexClientException {

    private static final long serialVersionUID = 1L;

    private final boolean timeout;

    WebexTransportException(String message, Throwable cause, boolean timeout, String requestTrackingId,
                            int attempts) {
        super(message, cause, requestTrackingId, attempts);
        this.timeout = timeout;
    }

    /** True when a time limit expired rather than the connection failing. */
    public boolean isTimeout() {
        return timeout;
    }
}
