package io.github.wxrestore.bulk.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Adds up the wall time calls of one run spent waiting before a retry (their own waits and the client's pacing
 * gate), overlapping waits counted once. Thread-safe.
 */
final class WaitTally {

    private final Clock clock;
    private Instant coveredUntil = Instant.MIN;
    private Duration total = Duration.ZERO;

    WaitTally(Clock clock) {
        this.clock = clock;
    }

    /** A call waits {@code wait} from now. */
    synchronized void waiting(Duration wait) {
        Instant now = clock.instant();
        Instant from = coveredUntil.isAfter(now) ? coveredUntil : now;
        Instant until = now.plus(wait);
        if (until.isAfter(from)) {
            total = total.plus(Duration.between(from, until));
            coveredUntil = until;
        }
    }

    synchronized Duration total() {
        return total;
    }
}
