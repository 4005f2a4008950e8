package io.github.wxrestore.client;

import java.time.Duration;

/**
 * How one attempt ended, as an {@link AttemptListener} hears of it.
 *
 * @param attempt the attempt
 * @param status  the HTTP status; 0 when no complete response arrived (or nothing was sent)
 * @param elapsed from sending to the end of the answer
 * @param failure what a failed attempt comes to, with everything Webex said; null for a 2xx
 */
public record AttemptAnswer(Attempt attempt, int status, Duration elapsed, WebexClientException failure) {
}
