package io.github.wxrestore.client.internal;

import io.github.wxrestore.client.Attempt;
import io.github.wxrestore.client.AttemptAnswer;
import io.github.wxrestore.client.AttemptListener;
import io.github.wxrestore.client.GiveUpReason;
import io.github.wxrestore.client.PageResult;
import io.github.wxrestore.client.RestoreResult;
import io.github.wxrestore.client.RetryReason;
import io.github.wxrestore.client.WebexClientException;
import io.github.wxrestore.client.WebexRecordingsClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * The listeners of one call, in order: the client's log, the client's listener, the call's own. An exception
 * from a listener is logged and ignored, so that no listener can change what is sent or what the call returns.
 * Immutable.
 */
final class AttemptListeners implements AttemptListener {

    // the client's one logger name, like its attempt lines
    private static final Logger LOG = LoggerFactory.getLogger(WebexRecordingsClient.class);

    private final List<AttemptListener> listeners;

    AttemptListeners(List<AttemptListener> listeners) {
        this.listeners = List.copyOf(listeners);
    }

    @Override
    public void pausedByGate(long callId, int nextAttempt, Duration wait) {
        each(l -> l.pausedByGate(callId, nextAttempt, wait));
    }

    @Override
    public void attemptStarted(Attempt attempt) {
        each(l -> l.attemptStarted(attempt));
    }

    @Override
    public void attemptAnswered(AttemptAnswer answer) {
        each(l -> l.attemptAnswered(answer));
    }

    @Override
    public void succeeded(AttemptAnswer answer, RestoreResult result) {
        each(l -> l.succeeded(answer, result));
    }

    @Override
    public void pageFetched(AttemptAnswer answer, PageResult page) {
        each(l -> l.pageFetched(answer, page));
    }

    @Override
    public void retryScheduled(AttemptAnswer answer, Duration wait, RetryReason reason) {
        each(l -> l.retryScheduled(answer, wait, reason));
    }

    @Override
    public void gaveUp(long callId, AttemptAnswer answer, WebexClientException failure, GiveUpReason reason) {
        each(l -> l.gaveUp(callId, answer, failure, reason));
    }

    private void each(Consumer<AttemptListener> event) {
        for (AttemptListener listener : listeners) {
            try {
                event.accept(listener);
            } catch (RuntimeException e) {
                LOG.warn("An AttemptListener ({}) threw {}; ignored, the call goes on", listener.getClass().getName(),
                        e.toString());
            }
        }
    }
}
