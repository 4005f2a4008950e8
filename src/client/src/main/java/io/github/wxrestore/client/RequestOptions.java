package io.github.wxrestore.client;

import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * Settings for one call that add to the client's (stripe's {@code RequestOptions} idea): a listener that hears
 * only this call, a condition that abandons it, and a step to run right before it first goes on the wire.
 * {@link #defaults()} adds nothing. Immutable.
 */
public final class RequestOptions {

    private static final BooleanSupplier NEVER = () -> false;
    private static final Runnable NOTHING = () -> { };
    private static final RequestOptions DEFAULTS = builder().build();

    private final AttemptListener listener;
    private final BooleanSupplier abandonWhen;
    private final Runnable beforeSending;

    private RequestOptions(Builder b) {
        this.listener = b.listener;
        this.abandonWhen = b.abandonWhen;
        this.beforeSending = b.beforeSending;
    }

    /** No listener of its own, never abandoned, nothing to run before sending. */
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

    /** Asked before every attempt and every wait: true ends the call ({@link GiveUpReason#ABANDONED}). */
    public BooleanSupplier abandonWhen() {
        return abandonWhen;
    }

    /** Runs once, right before the call's first attempt is sent. */
    public Runnable beforeSending() {
        return beforeSending;
    }

    @Override
    public String toString() {
        return "RequestOptions{listener=" + (listener == AttemptListener.NONE ? "none" : listener)
                + (abandonWhen == NEVER ? "" : ", abandonWhen set") + (beforeSending == NOTHING ? ""
                : ", beforeSending set") + "}";
    }

    /** Builds {@link RequestOptions}. Not thread-safe. */
    public static final class Builder {
        private AttemptListener listener = AttemptListener.NONE;
        private BooleanSupplier abandonWhen = NEVER;
        private Runnable beforeSending = NOTHING;

        private Builder() {
        }

        /** A listener for this call only, called after the client's; must not throw. Default none. */
        public Builder listener(AttemptListener listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /**
         * Ends the call, sending nothing more, once {@code condition} is true: asked before every attempt (the
         * first one included) and before and during every wait (the client's {@link Sleeper} looks at it every few
         * milliseconds, so a long {@code Retry-After} ends at once). An attempt on the wire is not cut short. The
         * call throws its last attempt's failure, or, when nothing was
         * sent yet, a {@link WebexClientException} with no attempts. Must be thread-safe and quick. A bulk run uses
         * it to stop its calls after a 401, or when asked to stop.
         */
        public Builder abandonWhen(BooleanSupplier condition) {
            this.abandonWhen = Objects.requireNonNull(condition, "condition");
            return this;
        }

        /**
         * Runs {@code step} once, on the calling thread, right before the first attempt goes on the wire: after
         * any wait at the pacing gate and after the access token was fetched, so a call that is abandoned or
         * times out before then never runs it. If it throws, nothing is sent and the call throws that exception
         * as it is (no {@code gaveUp} event follows). A bulk run writes its journal's call line here.
         */
        public Builder beforeSending(Runnable step) {
            this.beforeSending = Objects.requireNonNull(step, "step");
            return this;
        }

        public RequestOptions build() {
            return new RequestOptions(this);
        }
    }
}
