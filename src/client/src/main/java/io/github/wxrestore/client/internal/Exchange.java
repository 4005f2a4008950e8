package io.github.wxrestore.client.internal;

import io.github.wxrestore.client.Attempt;
import io.github.wxrestore.client.AttemptAnswer;
import io.github.wxrestore.client.AttemptListener;
import io.github.wxrestore.client.WebexClientException;

import java.time.Duration;

/**
 * One call as the {@link CallRunner} runs it, attempt after attempt: what it is, how one attempt is sent, and
 * what a 2xx answer comes to. Everything else (the pacing gate, the token, the TrackingID, the timeouts, the
 * typed failures, the retries, the listeners) is the runner's, the same for every kind of call. One instance per
 * call, used by the thread that runs it.
 *
 * @param <T> what the call returns
 */
public interface Exchange<T> {

    /** What the call is: its messages, log lines, and whether a failed attempt may have changed anything. */
    Operation operation();

    /** One attempt, within {@code budget}; never throws for HTTP or I/O trouble, it reports it. */
    ExchangeResult send(String trackingId, String token, Duration budget);

    /**
     * What the 2xx answer of {@code attempt} comes to; {@code redactor} masks the attempt's token.
     *
     * @throws WebexClientException when the answer cannot be used (a page that is not one): the call ends with it
     */
    T success(ExchangeResult.Received received, Attempt attempt, Redactor redactor);

    /** Tells {@code listeners} that the call succeeded with {@code answer}, returning {@code value}. */
    void tellSucceeded(AttemptListener listeners, AttemptAnswer answer, T value);
}
