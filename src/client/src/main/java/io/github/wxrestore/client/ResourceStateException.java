package io.github.wxrestore.client;

/** 404 Not Found, 409 Conflict or 410 Gone: a recording (or the endpoint) is missing, busy or purged. Immutable. */
public final class ResourceStateException extends WebexApiException {

    private static final long serialVersionUID = 1L;

    ResourceStateException(String message, ErrorResponse response) {
        super(message, response);
    }
}
