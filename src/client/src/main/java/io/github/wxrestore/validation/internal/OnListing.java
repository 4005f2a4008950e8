package io.github.wxrestore.validation.internal;

import jakarta.validation.Payload;

import java.util.Arrays;

/**
 * Marks a shared rule ({@code SiteHost}, {@code HostEmail}) put on a listing's parameter: the rule is the same,
 * but what leaving the value out does differs (a listing lists, a restore restores), and so does that message.
 */
public interface OnListing extends Payload {

    /** True when a constraint's {@code payload} holds this marker. */
    static boolean in(Class<? extends Payload>[] payload) {
        return Arrays.asList(payload).contains(OnListing.class);
    }
}
