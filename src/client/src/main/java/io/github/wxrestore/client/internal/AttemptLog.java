package io.github.wxrestore.client.internal;

import io.github.wxrestore.client.AttemptAnswer;
import io.github.wxrestore.client.AttemptListener;
import io.github.wxrestore.client.GiveUpReason;
import io.github.wxrestore.client.HumanText;
import io.github.wxrestore.client.PageResult;
import io.github.wxrestore.client.RestoreResult;
import io.github.wxrestore.client.RetryReason;
import io.github.wxrestore.client.WebexApiException;
import io.github.wxrestore.client.WebexClientException;
import io.github.wxrestore.client.WebexRecordingsClient;
import io.github.wxrestore.client.WebexTransportException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;

/**
 * The client's log of one call, written as an {@link AttemptListener}: one line per attempt once its fate is known
 * (DEBUG for a success, INFO for a retry or the end of a call), and a DEBUG line per pause at the pacing gate,
 * each naming the call's {@link Operation} (its method and path, never its query). Server-chosen values are put on
 * one line first, so a server cannot forge log lines. Never sees the token. Immutable.
 */
final class AttemptLog implements AttemptListener {

    // one logger name for the whole client, so a user configures one line
    private static final Logger LOG = LoggerFactory.getLogger(WebexRecordingsClient.class);
    /** The longest server-chosen value (a tracking ID) a log line quotes. */
    private static final int MAX_LOGGED_SERVER_CHARS = 200;

    private final String path;
    // "Webex restore attempt {} (call {}): POST {} -> {} in {} ms, TrackingID {}, server trackingId {}, {}"
    private final String line;
    private final String callLine;

    AttemptLog(Operation operation) {
        this.path = operation.path();
        this.callLine = "Webex " + operation.noun() + " call {}: ";
        this.line = "Webex " + operation.noun() + " attempt {} (call {}): " + operation.method()
                + " {} -> {} in {} ms, TrackingID {}, server trackingId {}, {}";
    }

    @Override
    public void succeeded(AttemptAnswer answer, RestoreResult result) {
        if (LOG.isDebugEnabled()) {
            LOG.debug(line, answer.attempt().number(), answer.attempt().callId(), path, answer.status(),
                    answer.elapsed().toMillis(), answer.attempt().trackingId(),
                    result.serverTrackingId().map(AttemptLog::forLog).orElse("-"), "success");
        }
    }

    @Override
    public void pageFetched(AttemptAnswer answer, PageResult page) {
        if (LOG.isDebugEnabled()) {
            LOG.debug(line, answer.attempt().number(), answer.attempt().callId(), path, answer.status(),
                    answer.elapsed().toMillis(), answer.attempt().trackingId(),
                    page.serverTrackingId().map(AttemptLog::forLog).orElse("-"), "success: " + page.recordings()
                            + (page.recordings() == 1 ? " recording" : " recordings")
                            + (page.hasNextPage() ? ", a next page" : ", the last page"));
        }
    }

    @Override
    public void retryScheduled(AttemptAnswer answer, Duration wait, RetryReason reason) {
        line(answer, "retry in " + HumanText.duration(wait));
    }

    @Override
    public void gaveUp(long callId, AttemptAnswer answer, WebexClientException failure, GiveUpReason reason) {
        if (answer != null) {
            line(answer, "give up: " + reason.text());
        } else if (failure.attempts() > 0) {
            LOG.info(callLine + "give up before attempt {}: {}", callId, failure.attempts() + 1,
                    reason.text());
        }
    }

    @Override
    public void pausedByGate(long callId, int nextAttempt, Duration wait) {
        LOG.debug(callLine + "attempt {} waits {} at the pacing gate (a call of this client was asked to slow down)",
                callId, nextAttempt, HumanText.duration(wait));
    }

    private void line(AttemptAnswer answer, String decision) {
        WebexClientException failure = answer.failure();
        LOG.info(line, answer.attempt().number(), answer.attempt().callId(), path, outcome(failure),
                answer.elapsed().toMillis(), answer.attempt().trackingId(), serverTrackingId(failure), decision);
    }

    private static String outcome(WebexClientException failure) {
        if (failure instanceof WebexApiException api) {
            return String.valueOf(api.status());
        }
        if (failure instanceof WebexTransportException transport) {
            Throwable cause = transport.getCause();
            return transport.isTimeout() ? "timeout"
                    : "I/O failure (" + (cause == null ? "?" : cause.getClass().getSimpleName()) + ")";
        }
        return "not sent";
    }

    private static String serverTrackingId(WebexClientException failure) {
        return failure instanceof WebexApiException api ? api.serverTrackingId().map(AttemptLog::forLog).orElse("-")
                : "-";
    }

    // a value the server chose, on one line: a line break in it would let the server forge log lines
    private static String forLog(String serverValue) {
        return HumanText.oneLine(serverValue, MAX_LOGGED_SERVER_CHARS);
    }
}
