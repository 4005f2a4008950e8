package io.github.wxrestore.client;

/**
 * 404 Not Found, 409 Conflict or 410 Gone: a recording (or the endpoint) is missing, busy or purged. Category
 * {@link FailureCategory#NOT_FOUND}. Immutable.
 */
public final class ResourceStateException extends WebexApiException {

    private static final long serialVersionUID = 1L;

    /** See {@link WebexApiException#WebexApiException(String, ErrorResponse)}. */
    public ResourceStateException(String message, ErrorResponse response) {
        super(message, response);
    }
}
