package io.github.wxrestore.client;

/**
 * A status the documentation does not list for this endpoint, such as 418, or a 3xx (redirects are never
 * followed, so the {@code Authorization} header never goes to another host). Category
 * {@link FailureCategory#SERVER_OR_NETWORK} for a 5xx, {@link FailureCategory#REJECTED} otherwise. Immutable.
 */
public final class UnexpectedStatusException extends WebexApiException {

    private static final long serialVersionUID = 1L;

    /** See {@link WebexApiException#WebexApiException(String, ErrorResponse)}. */
    public UnexpectedStatusException(String message, ErrorResponse response) {
        super(message, response);
    }
}
