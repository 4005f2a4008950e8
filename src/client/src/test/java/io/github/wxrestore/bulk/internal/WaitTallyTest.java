package io.github.wxrestore.bulk.internal;

import io.github.wxrestore.testing.FakeTime;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The time a run reports as waited counts overlapping waits of its calls once. */
class WaitTallyTest {

    @Test
    void overlappingWaitsCountOnce() {
        FakeTime time = FakeTime.manual();
        WaitTally tally = new WaitTally(time);

        tally.waiting(Duration.ofSeconds(5));
        time.advance(Duration.ofSeconds(2));
        tally.waiting(Duration.ofSeconds(5)); // until 7 s: 2 s more than the first wait
        tally.waiting(Duration.ofSeconds(1)); // inside a wait already: nothing more
        time.advance(Duration.ofSeconds(10));
        tally.waiting(Duration.ofSeconds(3)); // after a gap: all of it

        assertThat(tally.total()).isEqualTo(Duration.ofSeconds(10));
    }
}
