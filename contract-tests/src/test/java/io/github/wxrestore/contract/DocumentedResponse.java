package io.github.wxrestore.contract;

import io.github.wxrestore.client.AuthorizationException;
import io.github.wxrestore.client.BadRequestException;
import io.github.wxrestore.client.ResourceStateException;
import io.github.wxrestore.client.RestoreResult;
import io.github.wxrestore.client.ServerErrorException;
import io.github.wxrestore.client.ThrottledException;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import static io.github.wxrestore.contract.ProviderStates.*;

/**
 * The one table of documented responses the consumer pins: every status the documentation lists (423 with and
 * without Retry-After), the provider states that produce it on a restore and on a listing page, what the client
 * must turn it into (a {@link RestoreResult} or, on a listing, its recordings; or an exception family, the same
 * on every operation) and, for errors, the Webex message of the example body (the spec's responses, which every
 * operation shares). {@link DocumentedOperation} says which operation declares which rows.
 */
enum DocumentedResponse {
    OK(200, ANSWERS_200, null, RestoreResult.class, null),
    CREATED(201, ANSWERS_201, null, RestoreResult.class, null),
    ACCEPTED(202, ANSWERS_202, null, RestoreResult.class, null),
    NO_CONTENT(204, ANSWERS_204, null, RestoreResult.class, null),
    BAD_REQUEST(400, ANSWERS_400, LISTING_ANSWERS_400, BadRequestException.class,
            "recordingIds should not be empty when restoreAll is false."),
    UNAUTHORIZED(401, ANSWERS_401, LISTING_ANSWERS_401, AuthorizationException.class,
            "The request requires a valid access token set in the Authorization request header."),
    FORBIDDEN(403, ANSWERS_403, LISTING_ANSWERS_403, AuthorizationException.class,
            "Not allowed to restore recordings of another host."),
    NOT_FOUND(404, ANSWERS_404, LISTING_ANSWERS_404, ResourceStateException.class,
            "Recording not found in the recycle bin."),
    METHOD_NOT_ALLOWED(405, ANSWERS_405, LISTING_ANSWERS_405, BadRequestException.class, "Method not allowed."),
    CONFLICT(409, ANSWERS_409, LISTING_ANSWERS_409, ResourceStateException.class,
            "The recording is being restored by another request."),
    GONE(410, ANSWERS_410, LISTING_ANSWERS_410, ResourceStateException.class,
            "The recording has been permanently deleted."),
    UNSUPPORTED_MEDIA_TYPE(415, ANSWERS_415, LISTING_ANSWERS_415, BadRequestException.class,
            "Content type not supported; use application/json."),
    LOCKED_WITH_RETRY_AFTER(423, "30", ANSWERS_423_RETRY_AFTER, LISTING_ANSWERS_423_RETRY_AFTER,
            ThrottledException.class, "The recording is locked; try again later."),
    LOCKED(423, null, ANSWERS_423, LISTING_ANSWERS_423, ThrottledException.class,
            "The recording is locked; try again later."),
    PRECONDITION_REQUIRED(428, ANSWERS_428, LISTING_ANSWERS_428, BadRequestException.class,
            "File(s) cannot be scanned for malware."),
    TOO_MANY_REQUESTS(429, "12", ANSWERS_429_RETRY_AFTER, LISTING_ANSWERS_429_RETRY_AFTER, ThrottledException.class,
            "Too many requests."),
    INTERNAL_SERVER_ERROR(500, ANSWERS_500, LISTING_ANSWERS_500, ServerErrorException.class,
            "Internal server error."),
    BAD_GATEWAY(502, ANSWERS_502, LISTING_ANSWERS_502, ServerErrorException.class, "Bad gateway."),
    SERVICE_UNAVAILABLE(503, ANSWERS_503, LISTING_ANSWERS_503, ThrottledException.class,
            "Service unavailable; try again later."),
    GATEWAY_TIMEOUT(504, ANSWERS_504, LISTING_ANSWERS_504, ServerErrorException.class, "Gateway timeout.");

    private final int status;
    private final String retryAfter;
    private final String providerState;
    private final String listingProviderState;
    private final Class<?> outcome;
    private final String webexMessage;

    DocumentedResponse(int status, String providerState, String listingProviderState, Class<?> outcome,
                       String webexMessage) {
        this(status, null, providerState, listingProviderState, outcome, webexMessage);
    }

    DocumentedResponse(int status, String retryAfter, String providerState, String listingProviderState,
                       Class<?> outcome, String webexMessage) {
        this.status = status;
        this.retryAfter = retryAfter;
        this.providerState = providerState;
        this.listingProviderState = listingProviderState;
        this.outcome = outcome;
        this.webexMessage = webexMessage;
    }

    int status() {
        return status;
    }

    boolean isSuccess() {
        return outcome == RestoreResult.class;
    }

    /** The {@code Retry-After} value (delta-seconds) of the response, when it carries one. */
    Optional<String> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** The wait the client should report: the Retry-After seconds. */
    Optional<Duration> expectedRetryAfter() {
        return retryAfter().map(seconds -> Duration.ofSeconds(Long.parseLong(seconds)));
    }

    /** The state that scripts this answer to the next restore. */
    String providerState() {
        return providerState;
    }

    /**
     * The state that scripts this error to the next listing page; null for the 2xx rows: a listing's 200 is a
     * real page of the provider's recordings, and a listing declares no 201, 202 or 204.
     */
    String listingProviderState() {
        return listingProviderState;
    }

    /** What the provider needs to set the state up: the status and, if any, the Retry-After value. */
    Map<String, Object> providerStateParams() {
        return retryAfter == null ? Map.of(STATUS, status) : Map.of(STATUS, status, RETRY_AFTER, retryAfter);
    }

    /** What the client returns or throws: {@link RestoreResult} or a {@code WebexApiException} family class. */
    Class<?> outcome() {
        return outcome;
    }

    /** The {@code message} (and the one error description) of the example Webex error body; errors only. */
    String webexMessage() {
        return webexMessage;
    }

    /** What the answer is, as the states and descriptions name it: "429 with Retry-After 12". */
    String answer() {
        return providerState.substring(NEXT_RESTORE_ANSWERS.length());
    }

    /** The interaction's description, unique in the pact: "a restore answered 429 with Retry-After 12". */
    String description() {
        return "a restore answered " + answer();
    }
}
