package io.github.wxrestore.client.internal;

import java.util.UUID;

/** Makes the {@code TrackingID} of each attempt: the prefix plus a random UUID. Thread-safe. */
public final class TrackingIds {

    /** The prefix when the caller gives none, as in {@code WXRESTORE_0f8e7f3c-3f3a-4c39-9d9e-1c5f0e2d7a11}. */
    public static final String DEFAULT_PREFIX = "WXRESTORE_";
    /** The spec allows 256 characters; a UUID takes 36. */
    public static final int MAX_PREFIX_CHARS = 200;

    private final String prefix;

    public TrackingIds(String prefix) {
        this.prefix = HeaderValues.requirePrintable("trackingIdPrefix", prefix, false, MAX_PREFIX_CHARS);
    }

    public String next() {
        return prefix + UUID.randomUUID();
    }

    public String prefix() {
        return prefix;
    }
}
