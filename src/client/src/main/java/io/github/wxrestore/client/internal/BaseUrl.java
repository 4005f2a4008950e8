package io.github.wxrestore.client.internal;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Checks the base URL of the Webex API: absolute, https (plain http only for a loopback host: 127.0.0.0/8,
 * ::1, localhost), no credentials, query or fragment. Stateless and thread-safe.
 */
public final class BaseUrl {

    private static final Pattern IPV4_LITERAL = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private BaseUrl() {
    }

    /** The URL without a trailing slash, ready for {@code /recordings/restore} to be appended; or throws. */
    public static String require(String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("baseUrl must not be empty");
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("baseUrl is not a valid URL: " + e.getMessage(), e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new IllegalArgumentException("baseUrl must be an absolute https URL such as "
                    + "https://webexapis.com/v1, was: " + url);
        }
        if (uri.getRawUserInfo() != null) {
            // the URL would end up in logs and messages: credentials never belong in it
            throw new IllegalArgumentException("baseUrl must not contain user info (credentials)");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("baseUrl must not have a query or fragment, was: " + url);
        }
        if (scheme.equals("http") && !isLoopback(uri.getHost())) {
            throw new IllegalArgumentException("baseUrl must use https; plain http is allowed only for a loopback "
                    + "host (127.0.0.0/8, ::1, localhost), was: " + url);
        }
        String text = uri.toString();
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    /** True for {@code localhost}, an IPv4 literal in 127.0.0.0/8, or the IPv6 loopback literal; no DNS lookup. */
    static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.equals("localhost")) {
            return true;
        }
        boolean ipv6 = h.startsWith("[") && h.endsWith("]");
        if (!ipv6 && !IPV4_LITERAL.matcher(h).matches()) {
            return false; // a name: resolving it could say anything, so only "localhost" counts
        }
        try {
            // a literal address: getByName parses it without any lookup
            return InetAddress.getByName(ipv6 ? h.substring(1, h.length() - 1) : h).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
