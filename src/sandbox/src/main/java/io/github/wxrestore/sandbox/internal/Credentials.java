package io.github.wxrestore.sandbox.internal;

import java.util.Locale;
import java.util.Optional;

/** Reads the bearer token of an {@code Authorization} header, and redacts the header for the request log. */
final class Credentials {

    static final String REDACTED_BEARER = "Bearer <redacted>";
    private static final String SCHEME = "bearer ";

    private Credentials() {
    }

    /** The token of {@code Bearer <token>} (scheme in any case), if the header has that form. */
    static Optional<String> bearerToken(String authorization) {
        if (authorization == null || authorization.length() <= SCHEME.length()
                || !authorization.substring(0, SCHEME.length()).toLowerCase(Locale.ROOT).equals(SCHEME)) {
            return Optional.empty();
        }
        String token = authorization.substring(SCHEME.length()).trim();
        return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }

    /** What the request log shows instead of the header: the scheme, never the credential. */
    static String redact(String authorization) {
        return bearerToken(authorization).isPresent() ? REDACTED_BEARER : "<redacted>";
    }
}
