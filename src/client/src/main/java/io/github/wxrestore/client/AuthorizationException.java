package io.github.wxrestore.client;

/**
 * 401 Unauthorized (the token is missing, expired or wrong) or 403 Forbidden (the token lacks a scope, for
 * example {@code meeting:admin_recordings_write} for {@code hostEmail}). Category {@link
 * FailureCategory#AUTHORIZATION}. Immutable.
 */
public final class AuthorizationException extends WebexApiException {

    private static final long serialVersionUID = 1L;

    /** See {@link WebexApiException#WebexApiException(String, ErrorResponse)}. */
    public AuthorizationException(String message, ErrorResponse response) {
        super(message, response);
    }

    /** True for 401: the token itself was refused (refresh it); false for 403: the token may not do this. */
    public boolean isAuthentication() {
        return status() == 401;
    }
}
