package io.github.wxrestore.client;

import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * Settings for one call that add to the client's (stripe's {@code RequestOptions} idea): a listener that hears
 * only this call, and a condition that stops its retries. {@link #defaults()} adds nothing. Immutable.
 */
public final class RequestOptions {

    private static final RequestOptions DEFAULTS = builder().build();

    private final AttemptListener listener;
    private final BooleanSupplier stopRetrying;

    private RequestOptions(Builder b) {
        this.listener = b.listener;
        this.stopRetrying = b.stopRetrying;
    }

    /** No listener of its own; retries stop only as the policy says. */
    public static RequestOptions defaults() {
        return DEFAULTS;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Hears this call after the client's own listener. */
    public AttemptListener listener() {
        return listener;
    }

    /** Asked before every wait and every retry: true ends the call with its last failure. */
    public BooleanSupplier stopRetrying() {
        return stopRetrying;
    }

    @Override
    public String toString() {
        return "RequestOptions{listener=" + (listener == AttemptListener.NONE ? "none" : listener)
                + (stopRetrying == Builder.NEVER ? "" : ", stopRetryingWhen set") + "}";
    }

    /** Builds {@link RequestOptions}. Not thread-safe. */
    public static final class Builder {
        private static final BooleanSupplier NEVER = () -> false;

        private AttemptListener listener = AttemptListener.NONE;
        private BooleanSupplier stopRetrying = NEVER;

        private Builder() {
        }

        /** A listener for this call only, called after the client's; must not throw. Default none. */
        public Builder listener(AttemptListener listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /**
         * Ends the call with its last failure, sending nothing more, once {@code condition} is true; asked before
         * every wait and every retry (a bulk run stopping for a 401, say). Must be thread-safe and quick.
         */
        public Builder stopRetryingWhen(BooleanSupplier condition) {
            this.stopRetrying = Objects.requireNonNull(condition, "condition");
            return this;
        }

        public RequestOptions build() {
            return new RequestOptions(this);
        }
    }
}
