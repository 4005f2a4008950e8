package io.github.wxrestore.reliability;

import java.time.Duration;
import java.util.Optional;

/**
 * The forms a {@code Retry-After} header takes in the wild, with the wait the client must choose under
 * {@link RetryAfterMatrixTest#POLICY} (backoff 1 s, waits clamped to 30 s) and what the error reports on the
 * second attempt, which comes {@link #wait} later on the fake clock. {@code null} header: none sent.
 */
enum RetryAfterForm {

    DELTA_SECONDS("7", Duration.ofSeconds(7), Optional.of(Duration.ofSeconds(7))),
    // 12 s after FakeTime.START; by the second attempt that moment has come, so it asks for no wait
    HTTP_DATE("Mon, 02 Mar 2026 10:00:12 GMT", Duration.ofSeconds(12), Optional.of(Duration.ZERO)),
    PAST_HTTP_DATE("Sun, 06 Nov 1994 08:49:37 GMT", Duration.ZERO, Optional.of(Duration.ZERO)),
    NEGATIVE("-5", RetryAfterMatrixTest.BACKOFF, Optional.empty()),
    // reported as sent, but the wait is clamped to maxWait
    HUGE("999999999", RetryAfterMatrixTest.MAX_WAIT, Optional.of(Duration.ofSeconds(999_999_999))),
    NOT_A_NUMBER("rand(30),add(30)", RetryAfterMatrixTest.BACKOFF, Optional.empty()),
    EMPTY("", RetryAfterMatrixTest.BACKOFF, Optional.empty()),
    ABSENT(null, RetryAfterMatrixTest.BACKOFF, Optional.empty());

    final String header;
    final Duration wait;
    final Optional<Duration> reportedOnSecondAttempt;

    RetryAfterForm(String header, Duration wait, Optional<Duration> reportedOnSecondAttempt) {
        this.header = header;
        this.wait = wait;
        this.reportedOnSecondAttempt = reportedOnSecondAttempt;
    }
}
