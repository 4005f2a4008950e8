package io.github.wxrestore.sandbox;

import java.util.Locale;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Which requests a fault hits, counting the requests that reach the fault stage from 1 (since start,
 * {@link WebexSandbox#reset()} or {@link WebexSandbox#replaceFaults(SandboxFaults)}). Its text form, accepted by
 * {@link #parse(String)} and returned by {@link #toString()}, is {@code never}, {@code every:K}, {@code next:N} or
 * {@code random:P}. Immutable and thread-safe.
 */
public final class FaultSchedule {

    private enum Kind { NEVER, EVERY, NEXT, RANDOM }

    private static final FaultSchedule NEVER = new FaultSchedule(Kind.NEVER, 0, 0);

    private final Kind kind;
    private final long count;
    private final double probability;

    private FaultSchedule(Kind kind, long count, double probability) {
        this.kind = kind;
        this.count = count;
        this.probability = probability;
    }

    /** Hits no request. */
    public static FaultSchedule never() {
        return NEVER;
    }

    /** Hits requests k, 2k, 3k...; {@code everyNth(1)} hits every request. */
    public static FaultSchedule everyNth(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("every:K needs K >= 1, got " + k);
        }
        return new FaultSchedule(Kind.EVERY, k, 0);
    }

    /** Hits the next {@code n} requests, then none. */
    public static FaultSchedule next(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("next:N needs N >= 0, got " + n);
        }
        return n == 0 ? NEVER : new FaultSchedule(Kind.NEXT, n, 0);
    }

    /** Hits each request with this probability, drawn from the sandbox's seeded generator (so repeatable). */
    public static FaultSchedule withProbability(double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("random:P needs 0 <= P <= 1, got " + p);
        }
        return p == 0 ? NEVER : new FaultSchedule(Kind.RANDOM, 0, p);
    }

    /** Reads {@code never}, {@code every:K}, {@code next:N} or {@code random:P} (as a command-line option would). */
    public static FaultSchedule parse(String text) {
        Objects.requireNonNull(text, "text");
        String trimmed = text.trim().toLowerCase(Locale.ROOT);
        if (trimmed.equals("never")) {
            return NEVER;
        }
        int colon = trimmed.indexOf(':');
        String name = colon < 0 ? trimmed : trimmed.substring(0, colon);
        String argument = colon < 0 ? "" : trimmed.substring(colon + 1);
        try {
            switch (name) {
                case "every":
                    return everyNth(Integer.parseInt(argument));
                case "next":
                    return next(Integer.parseInt(argument));
                case "random":
                    return withProbability(Double.parseDouble(argument));
                default:
                    break;
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("fault schedule " + text + ": " + argument + " is not a number", e);
        }
        throw new IllegalArgumentException(
                "fault schedule " + text + ": expected never, every:K, next:N or random:P");
    }

    /**
     * Whether the request numbered {@code requestNumber} (from 1) is hit. Only a {@code random} schedule draws
     * from {@code random}, so other schedules leave the sequence of draws alone.
     */
    public boolean firesOn(long requestNumber, RandomGenerator random) {
        return switch (kind) {
            case NEVER -> false;
            case EVERY -> requestNumber % count == 0;
            case NEXT -> requestNumber <= count;
            case RANDOM -> random.nextDouble() < probability;
        };
    }

    /** True if this schedule can hit a request. */
    public boolean isActive() {
        return kind != Kind.NEVER;
    }

    @Override
    public String toString() {
        return switch (kind) {
            case NEVER -> "never";
            case EVERY -> "every:" + count;
            case NEXT -> "next:" + count;
            case RANDOM -> "random:" + probability;
        };
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FaultSchedule other && kind == other.kind && count == other.count
                && Double.compare(probability, other.probability) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, count, probability);
    }
}
