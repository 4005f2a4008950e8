package io.github.wxrestore.client.internal;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class SystemSleeperTest {

    @Test
    void aWaitThatMayEndEarlyEndsOnceItsConditionIsTrue() throws InterruptedException {
        AtomicInteger asked = new AtomicInteger();
        long start = System.nanoTime();

        SystemSleeper.INSTANCE.sleep(Duration.ofSeconds(30), () -> asked.incrementAndGet() > 3);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        assertThat(asked.get()).as("asked between slices until true").isEqualTo(4);
    }

    @Test
    void aWaitWhoseConditionStaysFalseLastsItsWholeDuration() throws InterruptedException {
        long start = System.nanoTime();

        SystemSleeper.INSTANCE.sleep(Duration.ofMillis(60), () -> false);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(60));
    }

    @Test
    void anInterruptedWaitThrows() {
        Thread.currentThread().interrupt();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SystemSleeper.INSTANCE.sleep(Duration.ofSeconds(30),
                () -> false)).isInstanceOf(InterruptedException.class);
    }
}
