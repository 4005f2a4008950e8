package io.github.wxrestore.client;

/**
 * 500, 502 or 504: trouble on the Webex side, category {@link FailureCategory#SERVER_OR_NETWORK}. Retried only
 * when the policy opted in, because the restore may already have happened ({@link #mayHaveBeenApplied()} is
 * true). A 503 is a {@link ThrottledException}: Webex did nothing. Immutable.
 */
public final class ServerErrorException extends WebexApiException {

    private static final long serialVersionUID = 1L;

    /** See {@link WebexApiException#WebexApiException(String, ErrorResponse)}. */
    public ServerErrorException(String message, ErrorResponse response) {
        super(message, response);
    }
}
