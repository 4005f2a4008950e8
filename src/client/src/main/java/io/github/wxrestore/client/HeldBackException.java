package io.github.wxrestore.client;

import java.time.Duration;
import java.util.Objects;

/**
 * The call was never sent: the client's pacing gate (a {@code Retry-After} that another call of this client got,
 * or a throttling backoff) would hold it back past its call timeout. Category {@link FailureCategory#THROTTLED};
 * nothing can have been applied. Try again after {@link #heldBackFor()}, or give the client a longer call
 * timeout. Immutable.
 */
public final class HeldBackException extends WebexClientException {

    private static final long serialVersionUID = 1L;

    private final Duration heldBackFor;

    /** See {@link WebexClientException#WebexClientException(String, Throwable, String, int, boolean)}. */
    public HeldBackException(String message, Duration heldBackFor) {
        super(message, null, null, 0, false);
        this.heldBackFor = Objects.requireNonNull(heldBackFor, "heldBackFor");
    }

    /** How long the gate still held calls back when this one gave up. */
    public Duration heldBackFor() {
        return heldBackFor;
    }

    @Override
    public FailureCategory category() {
        return FailureCategory.THROTTLED;
    }
}
