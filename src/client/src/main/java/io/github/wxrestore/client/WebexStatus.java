package io.github.wxrestore.client;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The 15 error statuses the Webex documentation lists for this endpoint, each with its {@link FailureCategory}
 * (which also decides the exception type it arrives as). A status outside this list arrives as an
 * {@link UnexpectedStatusException}.
 */
public enum WebexStatus {
    BAD_REQUEST(400, "Bad Request", FailureCategory.REJECTED),
    UNAUTHORIZED(401, "Unauthorized", FailureCategory.AUTHORIZATION),
    FORBIDDEN(403, "Forbidden", FailureCategory.AUTHORIZATION),
    NOT_FOUND(404, "Not Found", FailureCategory.NOT_FOUND),
    METHOD_NOT_ALLOWED(405, "Method Not Allowed", FailureCategory.REJECTED),
    CONFLICT(409, "Conflict", FailureCategory.NOT_FOUND),
    GONE(410, "Gone", FailureCategory.NOT_FOUND),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported Media Type", FailureCategory.REJECTED),
    LOCKED(423, "Locked", FailureCategory.THROTTLED),
    PRECONDITION_REQUIRED(428, "Precondition Required", FailureCategory.REJECTED),
    TOO_MANY_REQUESTS(429, "Too Many Requests", FailureCategory.THROTTLED),
    INTERNAL_SERVER_ERROR(500, "Internal Server Error", FailureCategory.SERVER_OR_NETWORK),
    BAD_GATEWAY(502, "Bad Gateway", FailureCategory.SERVER_OR_NETWORK),
    SERVICE_UNAVAILABLE(503, "Service Unavailable", FailureCategory.THROTTLED),
    GATEWAY_TIMEOUT(504, "Gateway Timeout", FailureCategory.SERVER_OR_NETWORK);

    private static final Map<Integer, WebexStatus> BY_CODE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(WebexStatus::code, Function.identity()));

    private final int code;
    private final String reasonPhrase;
    private final FailureCategory category;

    WebexStatus(int code, String reasonPhrase, FailureCategory category) {
        this.code = code;
        this.reasonPhrase = reasonPhrase;
        this.category = category;
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

    /**
     * What this status means for the caller; the exception it arrives as follows from it: REJECTED
     * {@link BadRequestException}, AUTHORIZATION {@link AuthorizationException}, NOT_FOUND
     * {@link ResourceStateException}, THROTTLED {@link ThrottledException}, SERVER_OR_NETWORK
     * {@link ServerErrorException}.
     */
    public FailureCategory category() {
        return category;
    }
}
