package io.github.wxrestore.client;

import java.time.Duration;

/**
 * Waits between attempts. The default sleeps the calling thread; tests inject one that records the waits (and
 * advances a test clock) so retry behaviour is exact and fast. Implementations must be thread-safe when the
 * client is shared.
 */
@FunctionalInterface
public interface Sleeper {

    /** Waits {@code duration} (never negative), or throws when the thread is interrupted. */
    void sleep(Duration duration) throws InterruptedException;

    /** Sleeps the calling thread. */
    static Sleeper system() {
        return duration -> java.util.concurrent.TimeUnit.NANOSECONDS.sleep(duration.toNanos());
    }
}
