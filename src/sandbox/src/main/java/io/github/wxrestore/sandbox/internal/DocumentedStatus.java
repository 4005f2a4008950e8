package io.github.wxrestore.sandbox.internal;

import java.util.Arrays;
import java.util.Optional;

/** Every status the documentation lists for the endpoint, with the sandbox's default Webex message. */
public enum DocumentedStatus {
    OK(200, "OK"),
    CREATED(201, "Created"),
    ACCEPTED(202, "Accepted"),
    NO_CONTENT(204, "No Content"),
    BAD_REQUEST(400, "The request was invalid or cannot be otherwise served."),
    UNAUTHORIZED(401, "The request requires a valid access token set in the Authorization request header."),
    FORBIDDEN(403, "The request is understood, but it has been refused or access is not allowed."),
    NOT_FOUND(404, "Recording not found in the recycle bin."),
    METHOD_NOT_ALLOWED(405, "Method not allowed."),
    CONFLICT(409, "The recording is being restored by another request."),
    GONE(410, "The recording has been permanently deleted."),
    UNSUPPORTED_MEDIA_TYPE(415, "Content type not supported; use application/json."),
    LOCKED(423, "The recording is locked; try again later."),
    PRECONDITION_REQUIRED(428, "File(s) cannot be scanned for malware and need to be force downloaded."),
    TOO_MANY_REQUESTS(429, "Too many requests; retry after the time in the Retry-After header."),
    INTERNAL_SERVER_ERROR(500, "Internal server error."),
    BAD_GATEWAY(502, "Bad gateway."),
    SERVICE_UNAVAILABLE(503, "Service unavailable; try again later."),
    GATEWAY_TIMEOUT(504, "Gateway timeout.");

    private final int code;
    private final String message;

    DocumentedStatus(int code, String message) {
        this.code = code;
        this.message = message;
    }

    public int code() {
        return code;
    }

    /** The default Webex message of an error with this status. */
    public String message() {
        return message;
    }

    public boolean isSuccess() {
        return code < 300;
    }

    /** The statuses for which the spec declares a {@code Retry-After} header. */
    public boolean declaresRetryAfter() {
        return code == 423 || code == 429 || code == 503;
    }

    public static Optional<DocumentedStatus> of(int code) {
        return Arrays.stream(values()).filter(s -> s.code == code).findFirst();
    }

    public static DocumentedStatus require(int code) {
        return of(code).orElseThrow(() -> new IllegalArgumentException(
                "status " + code + " is not documented for this endpoint; documented: "
                        + Arrays.stream(values()).map(s -> String.valueOf(s.code)).toList()));
    }
}
