package io.github.wxrestore.client.internal;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * Where the access token comes from: a fixed value (checked once) or a supplier called once per attempt, so a
 * refreshed token is picked up on a retry (each supplied value is checked before use). Thread-safe when the
 * supplier is. {@link #toString()} never shows the token.
 */
public final class AccessTokens {

    private final String fixed;
    private final Supplier<String> supplier;

    private AccessTokens(String fixed, Supplier<String> supplier) {
        this.fixed = fixed;
        this.supplier = supplier;
    }

    public static AccessTokens fixed(String token) {
        return new AccessTokens(HeaderValues.requireToken(token), null);
    }

    public static AccessTokens supplied(Supplier<String> supplier) {
        return new AccessTokens(null, Objects.requireNonNull(supplier, "accessToken supplier"));
    }

    /**
     * The token for the next attempt.
     *
     * @throws IllegalStateException when the supplier fails or returns an unusable token (never showing it)
     */
    public String next() {
        if (fixed != null) {
            return fixed;
        }
        String token;
        try {
            token = supplier.get();
        } catch (RuntimeException e) {
            throw new IllegalStateException("the accessToken supplier failed (" + e.getClass().getName() + ")", e);
        }
        try {
            return HeaderValues.requireToken(token);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the accessToken supplier returned an unusable token: " + e.getMessage());
        }
    }

    @Override
    public String toString() {
        return fixed != null ? "[REDACTED]" : "[REDACTED, from a supplier]";
    }
}
