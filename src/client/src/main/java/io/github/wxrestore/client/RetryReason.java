package io.github.wxrestore.client;

/** Where the wait before a retry comes from, and so whether every call of the client waits with it. */
public enum RetryReason {
    /** The server's {@code Retry-After} (clamped to the policy's {@code maxWait}): every call waits. */
    RETRY_AFTER(true),
    /** A backoff after a throttling answer without {@code Retry-After} (429, 503): every call waits. */
    THROTTLED(true),
    /** A backoff after a server error or an I/O failure: only this call waits. */
    BACKOFF(false);

    private final boolean pacesEveryCall;

    RetryReason(boolean pacesEveryCall) {
        this.pacesEveryCall = pacesEveryCall;
    }

    /** True when the wait holds back every call of the client (the pacing gate), not just this one. */
    public boolean pacesEveryCall() {
        return pacesEveryCall;
    }
}
