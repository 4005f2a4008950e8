package io.github.wxrestore.client;

/**
 * A status the documentation does not list for this endpoint, such as 418, or a 3xx (redirects are never
 * followed, so the {@code Authorization} header never goes to another host). Immutable.
 */
public final class UnexpectedStatusException extends WebexApiException {

    private static final long serialVersionUID = 1L;

    UnexpectedStatusException(String message, ErrorResponse response) {
        super(message, response);
    }
}
