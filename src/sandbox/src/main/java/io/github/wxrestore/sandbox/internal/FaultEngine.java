package io.github.wxrestore.sandbox.internal;

import io.github.wxrestore.sandbox.SandboxFaults;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Applies a {@link SandboxFaults} to the stream of requests: counts them, keeps the rate-limit window (by the
 * injected clock) and the lock answers, and draws from a generator seeded by the sandbox's seed. Thread-safe:
 * one monitor, so the request numbers and the window are exact under concurrent requests.
 */
final class FaultEngine {

    private final long seed;
    private final Clock clock;

    private SandboxFaults faults;
    private long requestNumber;
    private Random random;
    private Instant windowStart;
    private int admittedInWindow;
    private final Map<String, Integer> lockAnswersGiven = new HashMap<>();

    FaultEngine(long seed, Clock clock, SandboxFaults faults) {
        this.seed = seed;
        this.clock = clock;
        use(faults);
    }

    /** Switches to these faults with fresh counters, window and generator. */
    synchronized void use(SandboxFaults next) {
        faults = next;
        requestNumber = 0;
        random = new Random(seed);
        windowStart = null;
        admittedInWindow = 0;
        lockAnswersGiven.clear();
    }

    synchronized SandboxFaults faults() {
        return faults;
    }

    /** Counts one request and returns the fault that answers it, if any: 429, then 5xx, then an HTML page. */
    synchronized Optional<Reply> before() {
        requestNumber++;
        Optional<Reply> limited = faults.rateLimit().flatMap(this::rateLimited);
        if (limited.isPresent()) {
            return limited;
        }
        if (faults.serverErrorSchedule().firesOn(requestNumber, random)) {
            Reply error = Reply.error(DocumentedStatus.require(faults.serverErrorStatus()));
            if (faults.serverErrorRetryAfterSeconds().isPresent()) {
                error = error.withHeader("Retry-After", retryAfter(faults.serverErrorRetryAfterSeconds().getAsInt()));
            }
            return Optional.of(error);
        }
        if (faults.htmlGatewaySchedule().firesOn(requestNumber, random)) {
            return Optional.of(Reply.htmlGatewayPage(faults.htmlGatewayStatus()));
        }
        return Optional.empty();
    }

    /** The locked IDs among {@code ids}; each one named uses up one of its lock answers. */
    synchronized List<String> lockedAmong(Collection<String> ids) {
        List<String> locked = ids.stream()
                .filter(faults.lockedIds()::contains)
                .filter(id -> faults.lockAnswers() == 0 || lockAnswersGiven.getOrDefault(id, 0) < faults.lockAnswers())
                .distinct()
                .toList();
        locked.forEach(id -> lockAnswersGiven.merge(id, 1, Integer::sum));
        return locked;
    }

    /** The 423 for these locked IDs, with {@code Retry-After} if configured. */
    synchronized Reply locked(List<String> ids) {
        Reply reply = Reply.error(423, DocumentedStatus.LOCKED.message(),
                ids.stream().map(id -> "Recording locked: " + id).toList());
        if (faults.lockRetryAfterSeconds().isPresent()) {
            reply = reply.withHeader("Retry-After", retryAfter(faults.lockRetryAfterSeconds().getAsInt()));
        }
        return reply;
    }

    synchronized Duration latency() {
        return faults.latency();
    }

    private Optional<Reply> rateLimited(SandboxFaults.RateLimit limit) {
        Instant now = clock.instant();
        if (windowStart == null || !now.isBefore(windowStart.plus(limit.window()))) {
            windowStart = now;
            admittedInWindow = 0;
        }
        if (admittedInWindow < limit.maxRequests()) {
            admittedInWindow++;
            return Optional.empty();
        }
        Duration left = Duration.between(now, windowStart.plus(limit.window()));
        long seconds = Math.max(1, (left.toNanos() + 999_999_999L) / 1_000_000_000L);
        return Optional.of(Reply.error(429, "Too many requests.", List.of(DocumentedStatus.TOO_MANY_REQUESTS.message()))
                .withHeader("Retry-After", retryAfter((int) Math.min(seconds, Integer.MAX_VALUE))));
    }

    private String retryAfter(int seconds) {
        return faults.malformedRetryAfter().orElse(String.valueOf(seconds));
    }
}
