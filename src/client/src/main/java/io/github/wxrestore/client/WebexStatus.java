package io.github.wxrestore.client;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The 15 error statuses the Webex documentation lists for this endpoint, each with its family (which exception
 * type it arrives as). A status outside this list arrives as an {@link UnexpectedStatusException}.
 */
public enum WebexStatus {
    BAD_REQUEST(400, "Bad Request", Family.BAD_REQUEST),
    UNAUTHORIZED(401, "Unauthorized", Family.AUTHORIZATION),
    FORBIDDEN(403, "Forbidden", Family.AUTHORIZATION),
    NOT_FOUND(404, "Not Found", Family.RESOURCE_STATE),
    METHOD_NOT_ALLOWED(405, "Method Not Allowed", Family.BAD_REQUEST),
    CONFLICT(409, "Conflict", Family.RESOURCE_STATE),
    GONE(410, "Gone", Family.RESOURCE_STATE),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported Media Type", Family.BAD_REQUEST),
    LOCKED(423, "Locked", Family.THROTTLED),
    PRECONDITION_REQUIRED(428, "Precondition Required", Family.BAD_REQUEST),
    TOO_MANY_REQUESTS(429, "Too Many Requests", Family.THROTTLED),
    INTERNAL_SERVER_ERROR(500, "Internal Server Error", Family.SERVER_ERROR),
    BAD_GATEWAY(502, "Bad Gateway", Family.SERVER_ERROR),
    SERVICE_UNAVAILABLE(503, "Service Unavailable", Family.SERVER_ERROR),
    GATEWAY_TIMEOUT(504, "Gateway Timeout", Family.SERVER_ERROR);

    /** Groups of documented statuses, one exception type each. */
    public enum Family {
        /** 400, 405, 415, 428: {@link BadRequestException}; sending the same request again fails again. */
        BAD_REQUEST,
        /** 401, 403: {@link AuthorizationException}. */
        AUTHORIZATION,
        /** 404, 409, 410: {@link ResourceStateException}. */
        RESOURCE_STATE,
        /** 423, 429: {@link ThrottledException}; may succeed later. */
        THROTTLED,
        /** 500, 502, 503, 504: {@link ServerErrorException}. */
        SERVER_ERROR
    }

    private static final Map<Integer, WebexStatus> BY_CODE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(WebexStatus::code, Function.identity()));

    private final int code;
    private final String reasonPhrase;
    private final Family family;

    WebexStatus(int code, String reasonPhrase, Family family) {
        this.code = code;
        this.reasonPhrase = reasonPhrase;
        this.family = family;
    }

    /** The documented status with this code, or empty. */
    public static Optional<WebexStatus> of(int code) {
        return Optional.ofNullable(BY_CODE.get(code));
    }

    public int code() {
        return code;
    }

    public String reasonPhrase() {
        return reasonPhrase;
    }

    public Family family() {
        return family;
    }
}
