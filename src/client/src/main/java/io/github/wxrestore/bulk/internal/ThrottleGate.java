package io.github.wxrestore.bulk.internal;

import io.github.wxrestore.client.Sleeper;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The pause every worker of a bulk run honours: when the server asks one call to wait ({@code Retry-After}) or a
 * retry backs off, the gate closes until then, and no worker sends anything before it opens again. Keeps the
 * total paused wall time (overlapping pauses counted once). Thread-safe.
 */
public final class ThrottleGate {

    private final Clock clock;
    private final Sleeper sleeper;
    private Instant openAt = Instant.EPOCH;
    private Duration paused = Duration.ZERO;

    public ThrottleGate(Clock clock, Sleeper sleeper) {
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /** Closes the gate for {@code wait} from now, unless it is already closed for longer. */
    public synchronized void pauseFor(Duration wait) {
        Instant now = clock.instant();
        Instant until = now.plus(wait);
        Instant from = openAt.isAfter(now) ? openAt : now;
        if (until.isAfter(from)) {
            paused = paused.plus(Duration.between(from, until));
            openAt = until;
        }
    }

    /** Returns once the gate is open (at once when it is). */
    public void awaitOpen() throws InterruptedException {
        for (Duration left = remaining(); left.compareTo(Duration.ZERO) > 0; left = remaining()) {
            sleeper.sleep(left);
        }
    }

    /** Wall time the gate was closed, overlaps counted once. */
    public synchronized Duration totalPaused() {
        return paused;
    }

    private synchronized Duration remaining() {
        return Duration.between(clock.instant(), openAt);
    }
}
