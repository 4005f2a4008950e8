package io.github.wxrestore.client.internal;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The windows a range is listed in: consecutive, newest first, none longer than the limit, nothing missed. */
class WindowTest {

    private static final Optional<Duration> THIRTY_DAYS = Optional.of(Duration.ofDays(30));
    private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");

    @Test
    void aRangeWithinTheLimitOrWithoutOneIsOneWindowAsGiven() {
        Instant end = T0.plus(Duration.ofDays(30));

        assertThat(Window.covering(T0, end, THIRTY_DAYS)).containsExactly(new Window(T0, end));
        assertThat(Window.covering(T0, T0, THIRTY_DAYS)).containsExactly(new Window(T0, T0));
        assertThat(Window.covering(T0, T0.plus(Duration.ofDays(400)), Optional.empty()))
                .containsExactly(new Window(T0, T0.plus(Duration.ofDays(400))));
        assertThat(Window.covering(null, null, THIRTY_DAYS)).containsExactly(new Window(null, null));
        assertThat(Window.covering(T0, null, THIRTY_DAYS)).containsExactly(new Window(T0, null));
    }

    @Test
    void aLongRangeIsConsecutiveWindowsNewestFirstTheOldestTheShortest() {
        Instant end = T0.plus(Duration.ofDays(365)).plusSeconds(1);

        List<Window> windows = Window.covering(T0, end, THIRTY_DAYS);

        assertThat(windows).hasSize(13);
        assertThat(windows.get(0).to()).isEqualTo(end);
        assertThat(windows.get(windows.size() - 1).from()).isEqualTo(T0);
        for (int i = 0; i < windows.size(); i++) {
            Window w = windows.get(i);
            assertThat(Duration.between(w.from(), w.to())).isPositive().isLessThanOrEqualTo(Duration.ofDays(30));
            if (i > 0) {
                assertThat(w.to()).as("no gap, no overlap").isEqualTo(windows.get(i - 1).from());
            }
        }
        assertThat(Duration.between(windows.get(12).from(), windows.get(12).to()))
                .isEqualTo(Duration.ofDays(5).plusSeconds(1));
    }
}
