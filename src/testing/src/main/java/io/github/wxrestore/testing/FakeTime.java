package io.github.wxrestore.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The one test clock: time moves only when a test or a sleeper moves it, and every wait is recorded in order.
 * Pass {@code time::sleep} wherever code takes a sleeper.
 * <ul>
 *   <li>{@code new FakeTime()}: a sleep moves the clock at once, so a retry waits no real time;</li>
 *   <li>{@link #manual()}: a sleeping thread stays parked until the test {@linkplain #advance advances} the
 *       clock past its wake-up time, so a test can see who waits and release them together.</li>
 * </ul>
 */
public final class FakeTime extends Clock {

    public static final Instant START = Instant.parse("2026-03-02T10:00:00Z");

    private final boolean sleepAdvances;
    private Instant now;
    private int sleeping;
    private final List<Duration> sleeps = new ArrayList<>();

    /** A clock at {@link #START} whose sleeps move it at once. */
    public FakeTime() {
        this(START, true);
    }

    private FakeTime(Instant start, boolean sleepAdvances) {
        this.now = start;
        this.sleepAdvances = sleepAdvances;
    }

    /** A clock at {@link #START} whose sleepers wait until the test advances it. */
    public static FakeTime manual() {
        return new FakeTime(START, false);
    }

    /** A clock at {@code start} whose sleepers wait until the test advances it. */
    public static FakeTime manualAt(Instant start) {
        return new FakeTime(start, false);
    }

    /** Records the wait; then moves the clock, or (manual) parks until the clock has passed the wake-up time. */
    public synchronized void sleep(Duration duration) throws InterruptedException {
        sleeps.add(duration);
        Instant until = now.plus(duration);
        if (sleepAdvances) {
            now = until;
            return;
        }
        sleeping++;
        notifyAll();
        try {
            while (now.isBefore(until)) {
                wait();
            }
        } finally {
            sleeping--;
        }
    }

    /** Moves the clock and wakes every sleeper whose time has come. */
    public synchronized void advance(Duration duration) {
        now = now.plus(duration);
        notifyAll();
    }

    /** Waits (in real time, at most {@code timeout}) until {@code count} threads sleep at once. */
    public synchronized boolean awaitSleepers(int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (sleeping < count) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }

    /** How many threads sleep on this clock now. */
    public synchronized int sleeping() {
        return sleeping;
    }

    /** Every wait asked of this clock, in order. */
    public synchronized List<Duration> sleeps() {
        return List.copyOf(sleeps);
    }

    @Override
    public synchronized Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
