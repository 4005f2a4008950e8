package io.github.wxrestore.client.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One range of {@code createTime} that one listing call covers, {@code from} inclusive and {@code to} exclusive;
 * either is null when the query sends none (Webex then applies its 7-day default). Immutable.
 *
 * @param from the start sent, or null
 * @param to   the end sent, or null
 */
record Window(Instant from, Instant to) {

    /**
     * The windows that list {@code from} to {@code to}: one when the range fits in {@code maxInterval} (or either
     * end is missing, or the listing has no limit), otherwise consecutive windows of at most {@code maxInterval},
     * newest first as Webex sorts, the oldest one the shortest. Consecutive windows share their boundary, which is
     * the exclusive end of the older and the inclusive start of the newer: nothing is listed twice or missed.
     */
    static List<Window> covering(Instant from, Instant to, Optional<Duration> maxInterval) {
        if (from == null || to == null || maxInterval.isEmpty()
                || Duration.between(from, to).compareTo(maxInterval.get()) <= 0) {
            return List.of(new Window(from, to));
        }
        List<Window> windows = new ArrayList<>();
        for (Instant end = to; end.isAfter(from); ) {
            Instant start = end.minus(maxInterval.get());
            if (start.isBefore(from)) {
                start = from;
            }
            windows.add(new Window(start, end));
            end = start;
        }
        return List.copyOf(windows);
    }
}
