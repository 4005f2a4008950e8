package io.github.wxrestore.sandbox;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SandboxFaultsTest {

    @Test
    void noneChangesNothing() {
        SandboxFaults none = SandboxFaults.none();

        assertThat(none.isNone()).isTrue();
        assertThat(none.rateLimit()).isEmpty();
        assertThat(none.lockedIds()).isEmpty();
        assertThat(none.serverErrorSchedule()).isEqualTo(FaultSchedule.never());
        assertThat(none.htmlGatewaySchedule()).isEqualTo(FaultSchedule.never());
        assertThat(none.latency()).isZero();
        assertThat(none.malformedRetryAfter()).isEmpty();
        assertThat(none.successStatus()).isEqualTo(204);
        assertThat(none).hasToString("none");
    }

    @Test
    void everyFaultIsKeptAndDescribed() {
        SandboxFaults faults = SandboxFaults.builder()
                .rateLimit(10, Duration.ofSeconds(1))
                .lockedIds("a", "b").lockRetryAfterSeconds(5).lockAnswers(2)
                .serverErrors(503, FaultSchedule.everyNth(4)).serverErrorRetryAfterSeconds(3)
                .htmlGateway(502, FaultSchedule.next(1))
                .latency(Duration.ofMillis(250))
                .malformedRetryAfter()
                .successStatus(202)
                .build();

        assertThat(faults.rateLimit()).contains(new SandboxFaults.RateLimit(10, Duration.ofSeconds(1)));
        assertThat(faults.lockedIds()).containsExactlyInAnyOrder("a", "b");
        assertThat(faults.lockRetryAfterSeconds()).hasValue(5);
        assertThat(faults.serverErrorRetryAfterSeconds()).hasValue(3);
        assertThat(faults.malformedRetryAfter()).contains("rand(30),add(30)");
        assertThat(faults.isNone()).isFalse();
        assertThat(faults.toString()).isEqualTo("rate limit 10/1s; locked 2 ID(s) Retry-After 5 for 2 answer(s);"
                + " 503 every:4 Retry-After 3; HTML 502 next:1; latency 250 ms;"
                + " Retry-After sent as 'rand(30),add(30)'; success 202");
        assertThat(faults.toBuilder().build()).isEqualTo(faults).hasSameHashCodeAs(faults);
        assertThat(faults.toBuilder().noRateLimit().noLockedIds().noLockRetryAfter().wellFormedRetryAfter().build())
                .isNotEqualTo(faults)
                .satisfies(f -> assertThat(f.rateLimit()).isEmpty())
                .satisfies(f -> assertThat(f.lockedIds()).isEmpty());
    }

    @Test
    void eachSetterRefusesWhatTheSandboxCannotDo() {
        SandboxFaults.Builder b = SandboxFaults.builder();

        assertThatThrownBy(() -> b.rateLimit(0, Duration.ofSeconds(1))).hasMessageContaining("at least 1 request");
        assertThatThrownBy(() -> b.rateLimit(1, Duration.ZERO)).hasMessageContaining("window must be positive");
        assertThatThrownBy(() -> b.serverErrors(501, FaultSchedule.next(1))).hasMessageContaining("500, 502, 503, 504");
        assertThatThrownBy(() -> b.htmlGateway(404, FaultSchedule.next(1))).hasMessageContaining("500, 502, 503, 504");
        assertThatThrownBy(() -> b.successStatus(206)).hasMessageContaining("200, 201, 202, 204");
        assertThatThrownBy(() -> b.latency(Duration.ofMinutes(2))).hasMessageContaining("latency");
        assertThatThrownBy(() -> b.latency(Duration.ofMillis(-1))).hasMessageContaining("latency");
        assertThatThrownBy(() -> b.lockAnswers(-1)).hasMessageContaining("lock answers");
        assertThatThrownBy(() -> b.malformedRetryAfter("a\nb")).hasMessageContaining("printable");
        assertThatThrownBy(() -> SandboxFaults.builder().serverErrors(500, FaultSchedule.next(1))
                .serverErrorRetryAfterSeconds(1).build()).hasMessageContaining("needs status 503");
    }
}
