package io.github.wxrestore.client;

/**
 * 400 Bad Request, 405 Method Not Allowed, 415 Unsupported Media Type or 428 Precondition Required: the request
 * itself is wrong for Webex; sending it again fails again. Category {@link FailureCategory#REJECTED}. Immutable.
 */
public final class BadRequestException extends WebexApiException {

    private static final long serialVersionUID = 1L;

    /** See {@link WebexApiException#WebexApiException(String, ErrorResponse)}. */
    public BadRequestException(String message, ErrorResponse response) {
        super(message, response);
    }
}
