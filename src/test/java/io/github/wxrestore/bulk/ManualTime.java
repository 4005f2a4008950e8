package io.github.wxrestore.bulk;

import io.github.wxrestore.client.Sleeper;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * A test clock that moves only when the test says so; a thread that sleeps on it stays parked until the clock
 * has passed its wake-up time, so a test can see who is waiting and release them together.
 */
final class ManualTime extends Clock implements Sleeper {

    static final Instant START = Instant.parse("2026-03-02T10:00:00Z");

    private Instant now = START;
    private int sleeping;
    private final List<Duration> sleeps = new ArrayList<>();

    @Override
    public synchronized void sleep(Duration duration) throws InterruptedException {
        sleeps.add(duration);
        Instant until = now.plus(duration);
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

    synchronized void advance(Duration duration) {
        now = now.plus(duration);
        notifyAll();
    }

    /** Waits (in real time, at most {@code timeout}) until {@code count} threads sleep at once. */
    synchronized boolean awaitSleepers(int count, Duration timeout) throws InterruptedException {
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

    synchronized int sleeping() {
        return sleeping;
    }

    synchronized List<Duration> sleeps() {
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
