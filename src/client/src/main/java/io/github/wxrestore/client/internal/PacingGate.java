package io.github.wxrestore.client.internal;

import java.time.Instant;

/**
 * The pause every call of one client honours: when the server asks one call to slow down, the gate closes until
 * that call's retry is due, and no call of the client starts an attempt before it opens again. Only moves later.
 * Thread-safe.
 */
final class PacingGate {

    private Instant openAt = Instant.MIN;

    /** Closes the gate until {@code until}, unless it is already closed for longer. */
    synchronized void closeUntil(Instant until) {
        if (until.isAfter(openAt)) {
            openAt = until;
        }
    }

    /** When the gate opens (in the past when it is open). */
    synchronized Instant openAt() {
        return openAt;
    }
}
