package io.github.wxrestore.client;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Webex answered with an error status (redirects are never followed, so a 3xx is one too). Catch a subclass, one
 * per {@link FailureCategory} ({@link BadRequestException}, {@link AuthorizationException},
 * {@link ResourceStateException}, {@link ThrottledException}, {@link ServerErrorException}; an undocumented status
 * is an {@link UnexpectedStatusException}), or this type and switch on {@link #category()} or {@link #status()}. The
 * body is kept raw (at most 64 KiB, decoded as UTF-8) and parsed as a Webex error where it is one; HTML or empty bodies
 * are fine. Immutable.
 */
public abstract class WebexApiException extends WebexClientException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final transient HttpHeaders headers;
    private final String rawBody;
    private final boolean rawBodyTruncated;
    private final String webexMessage;
    private final List<String> errorDescriptions;
    private final String serverTrackingId;
    private final Duration retryAfter;

    protected WebexApiException(String message, ErrorResponse response) {
        super(message, null, response.requestTrackingId(), response.attempts(), response.mayHaveBeenApplied());
        this.status = response.status();
        this.headers = response.headers();
        this.rawBody = response.rawBody();
        this.rawBodyTruncated = response.rawBodyTruncated();
        this.webexMessage = response.webexMessage();
        this.errorDescriptions = List.copyOf(response.errorDescriptions());
        this.serverTrackingId = response.serverTrackingId();
        this.retryAfter = response.retryAfter();
    }

    /** The HTTP status of the last attempt. */
    public int status() {
        return status;
    }

    /** The status as one of the 15 documented error statuses; empty for any other status. */
    public Optional<WebexStatus> documentedStatus() {
        return WebexStatus.of(status);
    }

    /**
     * The documented status's category; for an undocumented status, {@link FailureCategory#SERVER_OR_NETWORK}
     * for a 5xx and {@link FailureCategory#REJECTED} for anything else.
     */
    @Override
    public FailureCategory category() {
        return categoryOf(status);
    }

    /** {@link #category()} of a response with this status. */
    public static FailureCategory categoryOf(int status) {
        return WebexStatus.of(status).map(WebexStatus::category)
                .orElse(status >= 500 && status <= 599 ? FailureCategory.SERVER_OR_NETWORK : FailureCategory.REJECTED);
    }

    /** The {@code message} of the Webex error body, when the body was one. */
    public Optional<String> webexMessage() {
        return Optional.ofNullable(webexMessage);
    }

    /** The {@code errors[].description} values of the Webex error body; empty when there are none. */
    public List<String> errorDescriptions() {
        return errorDescriptions;
    }

    /** Webex's tracking ID: the body's {@code trackingId}, else a {@code TrackingID}/{@code trackingId} header. */
    public Optional<String> serverTrackingId() {
        return Optional.ofNullable(serverTrackingId);
    }

    /**
     * The wait the {@code Retry-After} header asked for (an HTTP-date in the past gives zero); empty when the
     * header is absent or unreadable.
     */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** The response body as UTF-8 text, at most its first 64 KiB; empty when there was none. */
    public String rawBody() {
        return rawBody;
    }

    /** True when the body was longer than what {@link #rawBody()} holds (the rest was never downloaded). */
    public boolean isRawBodyTruncated() {
        return rawBodyTruncated;
    }

    /** The response headers as received. */
    public HttpHeaders headers() {
        return headers;
    }
}
