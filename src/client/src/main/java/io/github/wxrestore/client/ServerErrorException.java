package io.github.wxrestore.client;

/**
 * 500, 502, 503 or 504: trouble on the Webex side. A 503 was retried per the policy; a 500, 502 or 504 only when
 * the policy opted in, because the restore may already have happened. Immutable.
 */
public final class ServerErrorException extends WebexApiException {

    private static final long serialVersionUID = 1L;

    ServerErrorException(String message, ErrorResponse response) {
        super(message, response);
    }
}
