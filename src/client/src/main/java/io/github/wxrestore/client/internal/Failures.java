package io.github.wxrestore.client.internal;

import io.github.wxrestore.client.Attempt;
import io.github.wxrestore.client.AuthorizationException;
import io.github.wxrestore.client.BadRequestException;
import io.github.wxrestore.client.ErrorResponse;
import io.github.wxrestore.client.FailureCategory;
import io.github.wxrestore.client.HeldBackException;
import io.github.wxrestore.client.HumanText;
import io.github.wxrestore.client.PageResult;
import io.github.wxrestore.client.PagingException;
import io.github.wxrestore.client.ResourceStateException;
import io.github.wxrestore.client.ServerErrorException;
import io.github.wxrestore.client.ThrottledException;
import io.github.wxrestore.client.UnexpectedStatusException;
import io.github.wxrestore.client.WebexApiException;
import io.github.wxrestore.client.WebexClientException;
import io.github.wxrestore.client.WebexStatus;
import io.github.wxrestore.client.WebexTransportException;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns what an attempt produced into the typed exception a caller catches, with a message that reads like a
 * support ticket: the call ({@link Operation}), status and reason, Webex's message, both tracking IDs, attempts.
 * The body and headers have the access token masked before anything reads them. Each also says whether Webex may
 * have applied the call: {@code earlierApplied} is that answer for the call's earlier attempts, and a call that
 * changes nothing (a listing's GET) never was. Stateless.
 */
public final class Failures {

    private static final int MAX_MESSAGE_CHARS = 300;
    private static final int MAX_DESCRIPTION_CHARS = 200;
    private static final int MAX_DESCRIPTIONS = 3;
    private static final int MAX_BODY_SNIPPET_CHARS = 160;

    private Failures() {
    }

    /** The exception for a non-2xx response, by category. */
    public static WebexApiException fromStatus(Operation operation, ExchangeResult.Received received,
                                               Redactor redactor, String trackingId, int attempts, Instant now,
                                               boolean earlierApplied) {
        HttpHeaders headers = redactor.apply(received.headers());
        String rawBody = redactor.apply(received.body().text());
        WebexErrorBody parsed = redactor.apply(WebexErrorBody.parse(rawBody));
        String serverTrackingId = parsed.trackingId() != null ? parsed.trackingId()
                : headers.firstValue("TrackingID").orElse(null); // header lookup ignores case: trackingId too
        Duration retryAfter = RetryAfter.parse(headers.firstValue("Retry-After").orElse(null), now).orElse(null);
        FailureCategory category = WebexApiException.categoryOf(received.status());
        boolean applied = operation.changesState()
                && (earlierApplied || category == FailureCategory.SERVER_OR_NETWORK);
        ErrorResponse response = new ErrorResponse(received.status(), headers, rawBody, received.body().truncated(),
                parsed.message(), parsed.descriptions(), serverTrackingId, retryAfter, trackingId, attempts, applied);
        String message = supportTicket(operation, response);
        if (WebexStatus.of(received.status()).isEmpty()) {
            return new UnexpectedStatusException(message, response);
        }
        return switch (category) {
            case REJECTED -> new BadRequestException(message, response);
            case AUTHORIZATION -> new AuthorizationException(message, response);
            case NOT_FOUND -> new ResourceStateException(message, response);
            case THROTTLED -> new ThrottledException(message, response);
            case SERVER_OR_NETWORK -> new ServerErrorException(message, response);
            case CLIENT -> throw new IllegalStateException("a status is never a client-side failure");
        };
    }

    /** No complete response: refused, reset, or out of time ({@code callBound}: the call timeout set the limit). */
    public static WebexTransportException fromTransport(Operation operation, ExchangeResult.Failed failed,
                                                        String trackingId, int attempts, boolean callBound) {
        String what = failed.timeout()
                ? "timed out (" + (callBound ? "call timeout" : "attempt timeout") + "): " + describe(failed.cause())
                : "I/O failure: " + describe(failed.cause());
        // the request may have reached Webex: that matters for a call that changes something
        return new WebexTransportException(operation.callName() + " failed, " + what
                + footer(null, trackingId, attempts), failed.cause(), failed.timeout(), trackingId, attempts,
                operation.changesState());
    }

    /** The call timeout passed before an attempt could start (an async call that waited too long to run). */
    public static WebexTransportException callTimeoutBeforeAttempt(Operation operation, Duration callTimeout,
                                                                   String trackingId, int attempts,
                                                                   boolean earlierApplied) {
        return new WebexTransportException(operation.callName() + " failed, timed out (call timeout): the call "
                + "timeout of " + HumanText.duration(callTimeout) + " passed before attempt " + (attempts + 1)
                + " could start" + footer(null, trackingId, attempts), null, true, trackingId, attempts,
                earlierApplied);
    }

    /** The pacing gate would hold the first attempt back past the call timeout; nothing was sent. */
    public static HeldBackException heldBackPastCallTimeout(Operation operation, Duration heldBack,
                                                            Duration callTimeout) {
        return new HeldBackException(operation.callName() + " not sent: a call of this client was asked to wait, "
                + "and the client's calls are held back " + HumanText.duration(heldBack) + ", past the call timeout "
                + "of " + HumanText.duration(callTimeout) + footer(null, null, 0), heldBack);
    }

    /** Nothing was sent: the request could not be built. */
    public static WebexClientException notSent(Operation operation, ExchangeResult.NotSent notSent,
                                               String trackingId, int attempts, boolean earlierApplied) {
        return new WebexClientException(operation.callName() + " failed, the request could not be built: "
                + describe(notSent.cause()) + footer(null, trackingId, attempts), notSent.cause(), trackingId,
                attempts, earlierApplied);
    }

    /** The access-token supplier failed or gave an unusable token; its message never contains the token. */
    public static WebexClientException tokenUnavailable(Operation operation, IllegalStateException problem,
                                                        String trackingId, int attempts, boolean earlierApplied) {
        return new WebexClientException(operation.callName() + " failed before attempt " + (attempts + 1) + ": "
                + problem.getMessage() + footer(null, trackingId, attempts), problem, trackingId, attempts,
                earlierApplied);
    }

    /** The thread was interrupted while the call waited for its first attempt; nothing was sent. */
    public static WebexClientException interruptedBeforeAttempt(Operation operation) {
        return new WebexClientException(operation.callName() + " not sent: the thread was interrupted while it "
                + "waited for its first attempt" + footer(null, null, 0), null, null, 0, false);
    }

    /** The caller stopped wanting the result before the first attempt; nothing was sent. */
    public static WebexClientException abandonedBeforeAttempt(Operation operation) {
        return new WebexClientException(operation.callName() + " not sent: abandoned by the caller before its first "
                + "attempt" + footer(null, null, 0), null, null, 0, false);
    }

    /** A 2xx page whose body is not a page of recordings; {@code why} is already free of the token. */
    public static PagingException unreadablePage(Operation operation, String why, Attempt attempt) {
        return new PagingException(operation.callName() + " failed: Webex answered with a page that cannot be read, "
                + why + footer(null, attempt.trackingId(), attempt.number()), PagingException.Reason.UNREADABLE_PAGE,
                attempt.trackingId(), attempt.number());
    }

    /** A 2xx page whose {@code Link} header cannot be read; {@code why} is already free of the token. */
    public static PagingException unreadableLink(Operation operation, String why, Attempt attempt) {
        return new PagingException(operation.callName() + " failed: Webex answered with a page whose next page "
                + "cannot be found, " + why + footer(null, attempt.trackingId(), attempt.number()),
                PagingException.Reason.UNREADABLE_LINK, attempt.trackingId(), attempt.number());
    }

    /** The next link of {@code page} goes to another origin than the client's: not followed, nothing sent. */
    public static PagingException crossOriginLink(Origin client, Origin link, PageResult page) {
        return new PagingException("List call not sent: the next page's link goes to " + link + ", not to the "
                + "client's " + client + ", and the access token is never sent to another origin; the listing "
                + "stops after this page" + footer(null, page.trackingId(), page.attempts()),
                PagingException.Reason.CROSS_ORIGIN_LINK, page.trackingId(), page.attempts());
    }

    /** The next link of {@code page} names a page already fetched: following it would never end. */
    public static PagingException linkLoop(URI next, PageResult page) {
        return new PagingException("List call not sent: the next page's link names a page this listing already "
                + "fetched (" + HumanText.oneLine(next.getRawPath(), MAX_BODY_SNIPPET_CHARS) + "), so following "
                + "it would never end; the listing stops after this page"
                + footer(null, page.trackingId(), page.attempts()), PagingException.Reason.LINK_LOOP,
                page.trackingId(), page.attempts());
    }

    // Restore call failed with 429 Too Many Requests: <what Webex said> [<footer>]
    static String supportTicket(Operation operation, ErrorResponse r) {
        return operation.callName() + " failed with " + headline(r) + ": " + whatWebexSaid(r)
                + footer(r, r.requestTrackingId(), r.attempts());
    }

    // "429 Too Many Requests", "418 (undocumented status)", "302 (undocumented status), not followed (Location: x)"
    private static String headline(ErrorResponse r) {
        String text = r.status() + " "
                + WebexStatus.of(r.status()).map(WebexStatus::reasonPhrase).orElse("(undocumented status)");
        if (r.status() / 100 != 3) {
            return text;
        }
        return text + ", not followed" + r.headers().firstValue("Location")
                .map(location -> " (Location: " + HumanText.oneLine(location, MAX_BODY_SNIPPET_CHARS) + ")").orElse("");
    }

    // the Webex message and the descriptions that add to it; else the start of whatever body there was
    private static String whatWebexSaid(ErrorResponse r) {
        if (r.webexMessage() == null) {
            if (!r.errorDescriptions().isEmpty()) {
                return HumanText.oneLine(r.errorDescriptions().get(0), MAX_MESSAGE_CHARS);
            }
            return r.rawBody().isBlank() ? "no response body"
                    : "no Webex error message; the body starts with \""
                    + HumanText.oneLine(r.rawBody(), MAX_BODY_SNIPPET_CHARS) + "\"";
        }
        String message = HumanText.oneLine(r.webexMessage(), MAX_MESSAGE_CHARS);
        List<String> details = r.errorDescriptions().stream().filter(d -> !d.equals(r.webexMessage())).toList();
        if (details.isEmpty()) {
            return message;
        }
        String shown = details.stream().limit(MAX_DESCRIPTIONS).map(d -> HumanText.oneLine(d, MAX_DESCRIPTION_CHARS))
                .collect(Collectors.joining("; "));
        String more = details.size() > MAX_DESCRIPTIONS ? "; " + (details.size() - MAX_DESCRIPTIONS) + " more" : "";
        return message + " (" + shown + more + ")";
    }

    // [server trackingId X, request TrackingID Y, 3 attempts, Retry-After 30 s]
    private static String footer(ErrorResponse r, String trackingId, int attempts) {
        StringBuilder f = new StringBuilder(" [");
        if (r != null) {
            f.append("server trackingId ").append(r.serverTrackingId() == null ? "none"
                    : HumanText.oneLine(r.serverTrackingId(), MAX_DESCRIPTION_CHARS)).append(", ");
        }
        f.append("request TrackingID ").append(trackingId == null ? "none (nothing sent)" : trackingId)
                .append(", ")
                .append(attempts).append(attempts == 1 ? " attempt" : " attempts");
        if (r != null && r.retryAfter() != null) {
            f.append(", Retry-After ").append(HumanText.duration(r.retryAfter()));
        }
        return f.append(']').toString();
    }

    private static String describe(Throwable t) {
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + HumanText.oneLine(t.getMessage(),
                MAX_MESSAGE_CHARS));
    }
}
