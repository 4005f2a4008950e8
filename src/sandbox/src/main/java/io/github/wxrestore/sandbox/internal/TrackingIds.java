package io.github.wxrestore.sandbox.internal;

import java.util.Random;
import java.util.UUID;

/**
 * The tracking ID of an answer: the request's {@code TrackingID} echoed when it is a sensible header value,
 * else a new one drawn from the seeded generator ({@code SANDBOX_<uuid>}), so a run with one seed repeats.
 */
final class TrackingIds {

    private static final int MAX_LENGTH = 256;

    private final long seed;
    private Random random;

    TrackingIds(long seed) {
        this.seed = seed;
        reset();
    }

    synchronized String forRequest(String requested) {
        if (requested != null && !requested.isBlank() && requested.length() <= MAX_LENGTH
                && requested.chars().allMatch(c -> c > ' ' && c < 127)) {
            return requested;
        }
        return "SANDBOX_" + new UUID(random.nextLong(), random.nextLong());
    }

    synchronized void reset() {
        random = new Random(seed);
    }
}
