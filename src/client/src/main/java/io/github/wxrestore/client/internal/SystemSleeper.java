package io.github.wxrestore.client.internal;

import io.github.wxrestore.client.Sleeper;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * {@link Sleeper#system()}: sleeps the calling thread. A wait that may end early sleeps in slices of
 * {@value #SLICE_MILLIS} ms and looks at its condition between them (a condition is a question, not a signal
 * that could wake the thread; a few milliseconds are nothing against a wait of seconds). Stateless.
 */
public enum SystemSleeper implements Sleeper {
    INSTANCE;

    static final long SLICE_MILLIS = 10;

    @Override
    public void sleep(Duration duration) throws InterruptedException {
        TimeUnit.NANOSECONDS.sleep(duration.toNanos());
    }

    @Override
    public void sleep(Duration duration, BooleanSupplier endEarly) throws InterruptedException {
        long end = System.nanoTime() + duration.toNanos();
        for (long left = duration.toNanos(); left > 0 && !endEarly.getAsBoolean(); left = end - System.nanoTime()) {
            TimeUnit.NANOSECONDS.sleep(Math.min(left, TimeUnit.MILLISECONDS.toNanos(SLICE_MILLIS)));
        }
    }
}
