package io.github.wxrestore.sandbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.LinkedHashSet;

/**
 * The faults a sandbox injects, each off unless set: rate limiting, locked recordings, scheduled server errors,
 * an HTML gateway page, added latency, a malformed {@code Retry-After}, and the success status. One flat value
 * so that command-line options map straight onto its builder. Immutable and thread-safe.
 *
 * <p>Order per request (after the path check, any {@linkplain WebexSandbox#respondNext(ScriptedReply...)
 * scripted reply} and the method check, and before the token check): rate limit (429), server errors
 * (500/502/503/504), HTML gateway page; then the real handling, where a locked recording answers 423. Latency
 * delays every answer, after the work is done (so a client that times out may not know its restore succeeded).
 * The listings' requests count and are hit like restores (one rate limit and one request count for both); a lock
 * and the success status concern restores only (a locked recording is still listed).
 */
public final class SandboxFaults {

    /** The malformed {@code Retry-After} value seen in the wild, used by {@link Builder#malformedRetryAfter()}. */
    public static final String DEFAULT_MALFORMED_RETRY_AFTER = "rand(30),add(30)";

    /** The longest latency accepted: longer would only hang tests. */
    public static final Duration MAX_LATENCY = Duration.ofSeconds(60);

    private static final Set<Integer> SERVER_ERRORS = Set.of(500, 502, 503, 504);
    private static final Set<Integer> SUCCESSES = Set.of(200, 201, 202, 204);
    private static final SandboxFaults NONE = builder().build();

    /**
     * At most {@code maxRequests} requests per fixed {@code window}; the window opens with its first request.
     * Beyond that, 429 with {@code Retry-After} = the whole seconds until the window closes (at least 1).
     *
     * @param maxRequests requests admitted per window, at least 1
     * @param window      length of a window, positive
     */
    public record RateLimit(int maxRequests, Duration window) {
        /** Checks the limits. */
        public RateLimit {
            Objects.requireNonNull(window, "window");
            if (maxRequests < 1) {
                throw new IllegalArgumentException("rate limit needs at least 1 request per window, got " + maxRequests);
            }
            if (window.isNegative() || window.isZero()) {
                throw new IllegalArgumentException("rate limit window must be positive, got " + window);
            }
        }
    }

    private final RateLimit rateLimit;
    private final Set<String> lockedIds;
    private final Integer lockRetryAfterSeconds;
    private final int lockAnswers;
    private final int serverErrorStatus;
    private final FaultSchedule serverErrorSchedule;
    private final Integer serverErrorRetryAfterSeconds;
    private final int htmlGatewayStatus;
    private final FaultSchedule htmlGatewaySchedule;
    private final Duration latency;
    private final String malformedRetryAfter;
    private final int successStatus;

    private SandboxFaults(Builder b) {
        this.rateLimit = b.rateLimit;
        this.lockedIds = Set.copyOf(b.lockedIds);
        this.lockRetryAfterSeconds = b.lockRetryAfterSeconds;
        this.lockAnswers = b.lockAnswers;
        this.serverErrorStatus = b.serverErrorStatus;
        this.serverErrorSchedule = b.serverErrorSchedule;
        this.serverErrorRetryAfterSeconds = b.serverErrorRetryAfterSeconds;
        this.htmlGatewayStatus = b.htmlGatewayStatus;
        this.htmlGatewaySchedule = b.htmlGatewaySchedule;
        this.latency = b.latency;
        this.malformedRetryAfter = b.malformedRetryAfter;
        this.successStatus = b.successStatus;
    }

    /** No faults: every request gets the documented behaviour, success is 204. */
    public static SandboxFaults none() {
        return NONE;
    }

    /** A builder with every fault off. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these settings. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** The rate limit, if any. */
    public Optional<RateLimit> rateLimit() {
        return Optional.ofNullable(rateLimit);
    }

    /** IDs that answer 423 when a request names them (or restores all of a bin holding them). */
    public Set<String> lockedIds() {
        return lockedIds;
    }

    /** The {@code Retry-After} seconds sent with a 423 for a locked ID, if any. */
    public OptionalInt lockRetryAfterSeconds() {
        return lockRetryAfterSeconds == null ? OptionalInt.empty() : OptionalInt.of(lockRetryAfterSeconds);
    }

    /** How many 423 answers each locked ID gives before it is released; 0 means it stays locked. */
    public int lockAnswers() {
        return lockAnswers;
    }

    /** The status of scheduled server errors: 500, 502, 503 or 504. */
    public int serverErrorStatus() {
        return serverErrorStatus;
    }

    /** Which requests get a server error. */
    public FaultSchedule serverErrorSchedule() {
        return serverErrorSchedule;
    }

    /** The {@code Retry-After} seconds sent with a scheduled 503, if any. */
    public OptionalInt serverErrorRetryAfterSeconds() {
        return serverErrorRetryAfterSeconds == null ? OptionalInt.empty() : OptionalInt.of(serverErrorRetryAfterSeconds);
    }

    /** The status of the HTML gateway page. */
    public int htmlGatewayStatus() {
        return htmlGatewayStatus;
    }

    /** Which requests get an HTML gateway page instead of JSON. */
    public FaultSchedule htmlGatewaySchedule() {
        return htmlGatewaySchedule;
    }

    /** Delay added to every answer. */
    public Duration latency() {
        return latency;
    }

    /** The value sent instead of every computed {@code Retry-After}, if set. */
    public Optional<String> malformedRetryAfter() {
        return Optional.ofNullable(malformedRetryAfter);
    }

    /** The status of a successful restore: 204 (documented), or 200, 201, 202 (with a {@code {}} body). */
    public int successStatus() {
        return successStatus;
    }

    /** True if this value changes nothing: the documented behaviour, answered at once. */
    public boolean isNone() {
        return equals(NONE);
    }

    // a window as --rate-limit takes it: 1m, 2s, 500ms
    private static String asTyped(Duration window) {
        long millis = window.toMillis();
        if (millis % 3_600_000 == 0) {
            return millis / 3_600_000 + "h";
        }
        if (millis % 60_000 == 0) {
            return millis / 60_000 + "m";
        }
        return millis % 1000 == 0 ? millis / 1000 + "s" : millis + "ms";
    }

    /** One line per active fault, or {@code none}. */
    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        if (rateLimit != null) {
            parts.add("rate limit " + rateLimit.maxRequests() + "/" + asTyped(rateLimit.window()));
        }
        if (!lockedIds.isEmpty()) {
            parts.add("locked " + lockedIds.size() + " ID(s)"
                    + (lockRetryAfterSeconds == null ? "" : " Retry-After " + lockRetryAfterSeconds)
                    + (lockAnswers == 0 ? "" : " for " + lockAnswers + " answer(s)"));
        }
        if (serverErrorSchedule.isActive()) {
            parts.add(serverErrorStatus + " " + serverErrorSchedule
                    + (serverErrorRetryAfterSeconds == null ? "" : " Retry-After " + serverErrorRetryAfterSeconds));
        }
        if (htmlGatewaySchedule.isActive()) {
            parts.add("HTML " + htmlGatewayStatus + " " + htmlGatewaySchedule);
        }
        if (!latency.isZero()) {
            parts.add("latency " + latency.toMillis() + " ms");
        }
        if (malformedRetryAfter != null) {
            parts.add("Retry-After sent as '" + malformedRetryAfter + "'");
        }
        if (successStatus != 204) {
            parts.add("success " + successStatus);
        }
        return parts.isEmpty() ? "none" : String.join("; ", parts);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SandboxFaults f && Objects.equals(rateLimit, f.rateLimit)
                && lockedIds.equals(f.lockedIds) && Objects.equals(lockRetryAfterSeconds, f.lockRetryAfterSeconds)
                && lockAnswers == f.lockAnswers && serverErrorStatus == f.serverErrorStatus
                && serverErrorSchedule.equals(f.serverErrorSchedule)
                && Objects.equals(serverErrorRetryAfterSeconds, f.serverErrorRetryAfterSeconds)
                && htmlGatewayStatus == f.htmlGatewayStatus && htmlGatewaySchedule.equals(f.htmlGatewaySchedule)
                && latency.equals(f.latency) && Objects.equals(malformedRetryAfter, f.malformedRetryAfter)
                && successStatus == f.successStatus;
    }

    @Override
    public int hashCode() {
        return Objects.hash(rateLimit, lockedIds, lockRetryAfterSeconds, lockAnswers, serverErrorStatus,
                serverErrorSchedule, serverErrorRetryAfterSeconds, htmlGatewayStatus, htmlGatewaySchedule, latency,
                malformedRetryAfter, successStatus);
    }

    /** Builds a {@link SandboxFaults}; each setter checks its argument. Not thread-safe. */
    public static final class Builder {
        private RateLimit rateLimit;
        private final Set<String> lockedIds = new LinkedHashSet<>();
        private Integer lockRetryAfterSeconds;
        private int lockAnswers;
        private int serverErrorStatus = 500;
        private FaultSchedule serverErrorSchedule = FaultSchedule.never();
        private Integer serverErrorRetryAfterSeconds;
        private int htmlGatewayStatus = 502;
        private FaultSchedule htmlGatewaySchedule = FaultSchedule.never();
        private Duration latency = Duration.ZERO;
        private String malformedRetryAfter;
        private int successStatus = 204;

        private Builder() {
        }

        private Builder(SandboxFaults f) {
            rateLimit = f.rateLimit;
            lockedIds.addAll(f.lockedIds);
            lockRetryAfterSeconds = f.lockRetryAfterSeconds;
            lockAnswers = f.lockAnswers;
            serverErrorStatus = f.serverErrorStatus;
            serverErrorSchedule = f.serverErrorSchedule;
            serverErrorRetryAfterSeconds = f.serverErrorRetryAfterSeconds;
            htmlGatewayStatus = f.htmlGatewayStatus;
            htmlGatewaySchedule = f.htmlGatewaySchedule;
            latency = f.latency;
            malformedRetryAfter = f.malformedRetryAfter;
            successStatus = f.successStatus;
        }

        /** Admits {@code maxRequests} requests per {@code window}, then answers 429 until the window closes. */
        public Builder rateLimit(int maxRequests, Duration window) {
            this.rateLimit = new RateLimit(maxRequests, window);
            return this;
        }

        /** Removes the rate limit. */
        public Builder noRateLimit() {
            this.rateLimit = null;
            return this;
        }

        /** Adds IDs that answer 423 Locked. */
        public Builder lockedIds(Collection<String> ids) {
            Objects.requireNonNull(ids, "ids").forEach(id -> lockedIds.add(Objects.requireNonNull(id, "locked id")));
            return this;
        }

        /** Adds IDs that answer 423 Locked. */
        public Builder lockedIds(String... ids) {
            return lockedIds(List.of(ids));
        }

        /** Unlocks every ID. */
        public Builder noLockedIds() {
            lockedIds.clear();
            return this;
        }

        /** Sends {@code Retry-After: seconds} with each 423 (by default a 423 has no {@code Retry-After}). */
        public Builder lockRetryAfterSeconds(int seconds) {
            this.lockRetryAfterSeconds = nonNegative(seconds, "lock Retry-After");
            return this;
        }

        /** Sends 423 without {@code Retry-After} (the default). */
        public Builder noLockRetryAfter() {
            this.lockRetryAfterSeconds = null;
            return this;
        }

        /** Each locked ID answers 423 this many times, then is released; 0 (the default) keeps it locked. */
        public Builder lockAnswers(int answers) {
            this.lockAnswers = nonNegative(answers, "lock answers");
            return this;
        }

        /** Answers {@code status} (500, 502, 503 or 504, Webex JSON body) to the requests {@code schedule} hits. */
        public Builder serverErrors(int status, FaultSchedule schedule) {
            if (!SERVER_ERRORS.contains(status)) {
                throw new IllegalArgumentException("server error status must be one of 500, 502, 503, 504, got "
                        + status);
            }
            this.serverErrorStatus = status;
            this.serverErrorSchedule = Objects.requireNonNull(schedule, "schedule");
            return this;
        }

        /** Sends {@code Retry-After: seconds} with a scheduled 503 (the spec declares it there only). */
        public Builder serverErrorRetryAfterSeconds(int seconds) {
            this.serverErrorRetryAfterSeconds = nonNegative(seconds, "server error Retry-After");
            return this;
        }

        /**
         * Answers an HTML page with {@code status} (a 5xx), as a gateway in front of Webex would, to the requests
         * {@code schedule} hits. Deliberately off-contract: the spec declares JSON error bodies.
         */
        public Builder htmlGateway(int status, FaultSchedule schedule) {
            if (!SERVER_ERRORS.contains(status)) {
                throw new IllegalArgumentException("HTML gateway status must be one of 500, 502, 503, 504, got "
                        + status);
            }
            this.htmlGatewayStatus = status;
            this.htmlGatewaySchedule = Objects.requireNonNull(schedule, "schedule");
            return this;
        }

        /** Delays every answer by {@code latency} (0 to {@link #MAX_LATENCY}). */
        public Builder latency(Duration latency) {
            Objects.requireNonNull(latency, "latency");
            if (latency.isNegative() || latency.compareTo(MAX_LATENCY) > 0) {
                throw new IllegalArgumentException("latency must be between 0 and " + MAX_LATENCY + ", got "
                        + latency);
            }
            this.latency = latency;
            return this;
        }

        /** Sends {@link #DEFAULT_MALFORMED_RETRY_AFTER} instead of every computed {@code Retry-After}. */
        public Builder malformedRetryAfter() {
            return malformedRetryAfter(DEFAULT_MALFORMED_RETRY_AFTER);
        }

        /** Sends {@code value} (non-empty, one line) instead of every computed {@code Retry-After}. */
        public Builder malformedRetryAfter(String value) {
            Objects.requireNonNull(value, "value");
            if (value.isBlank() || !value.chars().allMatch(c -> c >= ' ' && c < 127)) {
                throw new IllegalArgumentException("a Retry-After value must be non-blank printable ASCII");
            }
            this.malformedRetryAfter = value;
            return this;
        }

        /** Sends computed {@code Retry-After} values as they are (the default). */
        public Builder wellFormedRetryAfter() {
            this.malformedRetryAfter = null;
            return this;
        }

        /** Answers a successful restore with 200, 201 or 202 (body {@code {}}) or 204 (the default, no body). */
        public Builder successStatus(int status) {
            if (!SUCCESSES.contains(status)) {
                throw new IllegalArgumentException("success status must be one of 200, 201, 202, 204, got " + status);
            }
            this.successStatus = status;
            return this;
        }

        /** The faults; fails if a 503 {@code Retry-After} is set for another status. */
        public SandboxFaults build() {
            if (serverErrorRetryAfterSeconds != null && serverErrorStatus != 503) {
                throw new IllegalArgumentException("a server error Retry-After needs status 503 (the spec declares"
                        + " Retry-After on 503 only among 5xx), status is " + serverErrorStatus);
            }
            return new SandboxFaults(this);
        }

        private static int nonNegative(int value, String what) {
            if (value < 0) {
                throw new IllegalArgumentException(what + " must be >= 0, got " + value);
            }
            return value;
        }
    }
}
