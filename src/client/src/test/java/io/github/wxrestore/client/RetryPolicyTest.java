package io.github.wxrestore.client;

import io.github.wxrestore.client.internal.BoundedBody;
import io.github.wxrestore.client.internal.ExchangeResult;
import io.github.wxrestore.client.internal.Failures;
import io.github.wxrestore.client.internal.Operation;
import io.github.wxrestore.client.internal.Redactor;
import io.github.wxrestore.testing.FakeTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The retry decision, rule by rule, with exact waits (no jitter or a fixed random value). */
class RetryPolicyTest {

    private static final Instant NOW = FakeTime.START;
    private static final Operation RESTORE = Operation.restore("/v1/recordings/restore");

    /** base 1 s, cap 8 s, max wait 20 s, no jitter: backoffs 1, 2, 4, 8, 8... */
    private static final RetryPolicy EXACT = RetryPolicy.builder().maxAttempts(10).baseDelay(Duration.ofSeconds(1))
            .maxBackoff(Duration.ofSeconds(8)).maxWait(Duration.ofSeconds(20)).jitter(RetryPolicy.Jitter.NONE).build();

    @Test
    void tooManyRequestsWaitsWhatRetryAfterSays() {
        assertThat(EXACT.delayBeforeRetry(1, status(429, "Retry-After", "7"))).contains(Duration.ofSeconds(7));
        assertThat(EXACT.delayBeforeRetry(1, status(429, "Retry-After", "Mon, 02 Mar 2026 10:00:03 GMT")))
                .contains(Duration.ofSeconds(3));
    }

    @Test
    void serviceUnavailableWaitsWhatRetryAfterSays() {
        assertThat(EXACT.delayBeforeRetry(2, status(503, "Retry-After", "5"))).contains(Duration.ofSeconds(5));
    }

    @Test
    void retryAfterInThePastOrZeroMeansRetryAtOnce() {
        assertThat(EXACT.delayBeforeRetry(1, status(429, "Retry-After", "Sun, 06 Nov 1994 08:49:37 GMT")))
                .contains(Duration.ZERO);
        assertThat(EXACT.delayBeforeRetry(1, status(429, "Retry-After", "0"))).contains(Duration.ZERO);
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"-5", "", "rand(30),add(30)", "1.5", "soon"})
    void unreadableRetryAfterFallsBackToBackoff(String value) {
        assertThat(EXACT.delayBeforeRetry(1, status(429, "Retry-After", value))).contains(Duration.ofSeconds(1));
        assertThat(EXACT.delayBeforeRetry(3, status(503, "Retry-After", value))).contains(Duration.ofSeconds(4));
    }

    @Test
    void noRetryAfterMeansExponentialBackoffUpToTheCap() {
        assertThat(List.of(1, 2, 3, 4, 5, 6).stream()
                .map(n -> EXACT.delayBeforeRetry(n, status(429)).orElseThrow().toSeconds()))
                .containsExactly(1L, 2L, 4L, 8L, 8L, 8L);
    }

    @Test
    void aHugeRetryAfterIsClampedToMaxWait() {
        assertThat(EXACT.delayBeforeRetry(1, status(429, "Retry-After", "86400"))).contains(Duration.ofSeconds(20));
        assertThat(EXACT.delayBeforeRetry(1, status(429, "Retry-After", "999999999999999999999999")))
                .contains(Duration.ofSeconds(20));
    }

    @Test
    void lockedIsRetriedOnlyWithARetryAfterHeader() {
        assertThat(EXACT.delayBeforeRetry(1, status(423))).isEmpty();
        assertThat(EXACT.delayBeforeRetry(1, status(423, "Retry-After", "4"))).contains(Duration.ofSeconds(4));
        // present but unreadable: the server did say "later", so back off
        assertThat(EXACT.delayBeforeRetry(2, status(423, "Retry-After", "rand(30),add(30)")))
                .contains(Duration.ofSeconds(2));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {500, 502, 504})
    void serverErrorsThatMayHaveRestoredAreRetriedOnlyWhenOptedIn(int code) {
        assertThat(EXACT.delayBeforeRetry(1, status(code))).isEmpty();
        RetryPolicy optedIn = EXACT.toBuilder().retryServerErrors(true).build();
        assertThat(optedIn.delayBeforeRetry(2, status(code))).contains(Duration.ofSeconds(2));
        assertThat(optedIn.delayBeforeRetry(2, status(code, "Retry-After", "6"))).contains(Duration.ofSeconds(6));
    }

    @Test
    void transportFailuresAreRetriedOnlyWhenOptedIn() {
        assertThat(EXACT.delayBeforeRetry(1, transport())).isEmpty();
        assertThat(EXACT.toBuilder().retryServerErrors(true).build().delayBeforeRetry(3, transport()))
                .contains(Duration.ofSeconds(4));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {500, 502, 504})
    void aServerErrorOrTransportFailureOfACallThatChangesNothingIsRetriedWithoutOptingIn(int code) {
        Operation page = Operation.listPage("/v1/recordings");
        WebexApiException error = Failures.fromStatus(page, new ExchangeResult.Received(code,
                HttpHeaders.of(Map.of(), (name, value) -> true), BoundedBody.EMPTY), Redactor.of(null),
                "WXRESTORE_test", 1, NOW, false);
        WebexTransportException reset = Failures.fromTransport(page, new ExchangeResult.Failed(
                new IOException("reset"), false), "WXRESTORE_test", 1, false);

        assertThat(error.mayHaveBeenApplied()).isFalse();
        assertThat(reset.mayHaveBeenApplied()).isFalse();
        assertThat(EXACT.delayBeforeRetry(2, error)).contains(Duration.ofSeconds(2));
        assertThat(EXACT.delayBeforeRetry(1, reset)).contains(Duration.ofSeconds(1));
        assertThat(EXACT.delayBeforeRetry(EXACT.maxAttempts(), error)).as("the budget still holds").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {400, 401, 403, 404, 405, 409, 410, 415, 428, 302, 418})
    void statusesThatFailTheSameWayAgainAreNeverRetried(int code) {
        RetryPolicy eager = EXACT.toBuilder().retryServerErrors(true).build();
        assertThat(eager.delayBeforeRetry(1, status(code, "Retry-After", "1"))).isEmpty();
    }

    @Test
    void aFailureOnThisSideIsNeverRetried() {
        assertThat(EXACT.delayBeforeRetry(1, new WebexClientException("supplier failed", null, null, 0, false))).isEmpty();
    }

    @Test
    void maxAttemptsCountsTheFirstAttempt() {
        RetryPolicy three = EXACT.toBuilder().maxAttempts(3).build();
        assertThat(three.delayBeforeRetry(2, status(429))).isPresent();
        assertThat(three.delayBeforeRetry(3, status(429))).isEmpty();
        assertThat(RetryPolicy.none().delayBeforeRetry(1, status(429, "Retry-After", "1"))).isEmpty();
    }

    @Test
    void fullJitterScalesTheWholeBackoff() {
        RetryPolicy full = EXACT.toBuilder().jitter(RetryPolicy.Jitter.FULL).randomSource(() -> 0.25).build();
        assertThat(full.delayBeforeRetry(3, status(429))).contains(Duration.ofMillis(1000)); // 4 s * 0.25
    }

    @Test
    void equalJitterKeepsHalfAndScalesTheOtherHalf() {
        RetryPolicy equal = EXACT.toBuilder().jitter(RetryPolicy.Jitter.EQUAL).randomSource(() -> 0.5).build();
        assertThat(equal.delayBeforeRetry(3, status(429))).contains(Duration.ofMillis(3000)); // 2 s + 2 s * 0.5
        RetryPolicy low = equal.toBuilder().randomSource(() -> 0.0).build();
        assertThat(low.delayBeforeRetry(3, status(429))).contains(Duration.ofMillis(2000));
    }

    @Test
    void jitterNeverAppliesToAServerHint() {
        RetryPolicy full = EXACT.toBuilder().jitter(RetryPolicy.Jitter.FULL).randomSource(() -> 0.1).build();
        assertThat(full.delayBeforeRetry(1, status(429, "Retry-After", "10"))).contains(Duration.ofSeconds(10));
    }

    @Test
    void randomValuesOutsideZeroToOneAreClamped() {
        RetryPolicy wild = EXACT.toBuilder().jitter(RetryPolicy.Jitter.FULL).randomSource(() -> 7.0).build();
        assertThat(wild.delayBeforeRetry(1, status(429))).contains(Duration.ofSeconds(1));
    }

    @Test
    void backoffNeverOverflowsOnLateAttempts() {
        RetryPolicy many = EXACT.toBuilder().maxAttempts(100).build();
        assertThat(many.delayBeforeRetry(99, status(429))).contains(Duration.ofSeconds(8));
    }

    @Test
    void defaultsAreConservative() {
        RetryPolicy d = RetryPolicy.defaults();
        assertThat(d.maxAttempts()).isEqualTo(4);
        assertThat(d.baseDelay()).isEqualTo(Duration.ofSeconds(1));
        assertThat(d.maxBackoff()).isEqualTo(Duration.ofSeconds(30));
        assertThat(d.maxWait()).isEqualTo(Duration.ofSeconds(60));
        assertThat(d.jitter()).isEqualTo(RetryPolicy.Jitter.FULL);
        assertThat(d.retriesServerErrors()).isFalse();
        assertThat(RetryPolicy.none().maxAttempts()).isEqualTo(1);
    }

    @Test
    void builderRefusesNonsense() {
        assertThatIllegalArgumentException().isThrownBy(() -> RetryPolicy.builder().maxAttempts(0).build())
                .withMessageContaining("maxAttempts must be between 1 and 100, was 0");
        assertThatIllegalArgumentException().isThrownBy(() -> RetryPolicy.builder().maxAttempts(101).build());
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RetryPolicy.builder().maxWait(Duration.ofSeconds(-1)).build())
                .withMessageContaining("maxWait must not be negative");
        assertThatIllegalArgumentException().isThrownBy(() -> RetryPolicy.builder()
                        .baseDelay(Duration.ofSeconds(10)).maxBackoff(Duration.ofSeconds(5)).build())
                .withMessageContaining("maxBackoff (PT5S) must not be less than baseDelay (PT10S)");
    }

    @Test
    void toStringShowsEverySetting() {
        assertThat(EXACT.toString()).isEqualTo("RetryPolicy{maxAttempts=10, baseDelay=PT1S, maxBackoff=PT8S, "
                + "maxWait=PT20S, jitter=NONE, retryServerErrors=false}");
    }

    static WebexApiException status(int code, String... headerPairs) {
        Map<String, List<String>> headers = new HashMap<>();
        for (int i = 0; i < headerPairs.length; i += 2) {
            headers.put(headerPairs[i], List.of(headerPairs[i + 1]));
        }
        ExchangeResult.Received received = new ExchangeResult.Received(code,
                HttpHeaders.of(headers, (name, value) -> true), BoundedBody.EMPTY);
        return Failures.fromStatus(RESTORE, received, Redactor.of(null), "WXRESTORE_test", 1, NOW, false);
    }

    static WebexTransportException transport() {
        return Failures.fromTransport(RESTORE, new ExchangeResult.Failed(new IOException("reset"), false),
                "WXRESTORE_test", 1, false);
    }
}
