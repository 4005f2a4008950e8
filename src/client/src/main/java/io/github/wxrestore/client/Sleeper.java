package io.github.wxrestore.client;

import io.github.wxrestore.client.internal.SystemSleeper;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Waits between attempts. The default sleeps the calling thread; tests inject one that records the waits (and
 * advances a test clock) so retry behaviour is exact and fast. Implementations must be thread-safe when the
 * client is shared.
 */
@FunctionalInterface
public interface Sleeper {

    /** Waits {@code duration} (never negative), or throws when the thread is interrupted. */
    void sleep(Duration duration) throws InterruptedException;

    /**
     * Waits {@code duration}, or less once {@code endEarly} is true: the client waits this way, so that a call
     * {@link RequestOptions.Builder#abandonWhen abandoned} during a long {@code Retry-After} ends at once. The
     * default waits it all ({@link #sleep(Duration)}), which suits a sleeper that only records waits.
     */
    default void sleep(Duration duration, BooleanSupplier endEarly) throws InterruptedException {
        sleep(duration);
    }

    /** Sleeps the calling thread, looking at {@code endEarly} every few milliseconds. */
    static Sleeper system() {
        return SystemSleeper.INSTANCE;
    }
}
