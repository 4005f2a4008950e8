package io.github.wxrestore.client.internal;

import java.net.URI;
import java.util.Locale;

/**
 * The origin of a URL (RFC 6454): scheme, host and port, the port a scheme's default when the URL names none, so
 * that {@code https://webexapis.com} and {@code https://WEBEXAPIS.com:443} are one origin and
 * {@code http://webexapis.com} is another. Immutable.
 *
 * @param scheme the scheme, lower case
 * @param host   the host, lower case; empty when the URL has none
 * @param port   the port, or the scheme's default; -1 for a scheme without one
 */
public record Origin(String scheme, String host, int port) {

    public static Origin of(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        int port = uri.getPort() != -1 ? uri.getPort() : switch (scheme) {
            case "https" -> 443;
            case "http" -> 80;
            default -> -1;
        };
        return new Origin(scheme, host, port);
    }

    /** {@code https://webexapis.com:443}. */
    @Override
    public String toString() {
        return scheme + "://" + host + (port == -1 ? "" : ":" + port);
    }
}
