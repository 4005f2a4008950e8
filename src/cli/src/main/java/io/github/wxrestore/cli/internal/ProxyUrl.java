package io.github.wxrestore.cli.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One HTTP proxy as {@code --proxy} or a proxy variable names it: {@code http://[USER[:PASSWORD]@]HOST[:PORT]},
 * the scheme optional (as curl reads it), the port 80 when left out, {@code %XX} in the user and password
 * decoded. Only {@code http://}: the JDK speaks plain HTTP to a proxy (an https restore still travels in TLS
 * inside the tunnel). {@link #toString()} and every message show the credentials as {@code ***}. Immutable.
 */
public final class ProxyUrl {

    private static final int DEFAULT_PORT = 80;
    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*)://.*", Pattern.DOTALL);

    private static final Pattern CREDENTIALS_IN_TEXT = Pattern.compile("://[^\\s'\"]*@");

    private final String host;
    private final int port;
    private final String user;
    private final String password;
    private final String origin;

    private ProxyUrl(String host, int port, String user, String password, String origin) {
        this.host = host;
        this.port = port;
        this.user = user;
        this.password = password;
        this.origin = origin;
    }

    /**
     * Reads {@code value}; {@code origin} ({@code --proxy}, {@code HTTPS_PROXY}...) names it in every message.
     *
     * @throws UsageProblem naming the origin and the rule, with the value's credentials shown as {@code ***}
     */
    public static ProxyUrl parse(String value, String origin) {
        String text = value.strip();
        String withScheme = SCHEME.matcher(text).matches() ? text : "http://" + text;
        String scheme = withScheme.substring(0, withScheme.indexOf(':')).toLowerCase(Locale.ROOT);
        if (!scheme.equals("http")) {
            throw new UsageProblem(origin + " " + redact(text) + ": only http:// proxies are supported, not " + scheme
                    + ":// (an https restore still travels in TLS through an http:// proxy)");
        }
        URI uri;
        try {
            uri = new URI(withScheme);
        } catch (URISyntaxException e) {
            // the exception's message repeats the input, credentials and all: never shown
            throw problem(origin, text, "not a URL");
        }
        if (uri.getHost() == null) {
            throw problem(origin, text, "no host name, or a port that is not a number");
        }
        if (uri.getRawPath() != null && !uri.getRawPath().isEmpty() && !uri.getRawPath().equals("/")
                || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw problem(origin, text, "a proxy URL has no path, query or fragment");
        }
        int port = uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort();
        if (port == 0 || port > 65_535) {
            throw problem(origin, text, "the port must be between 1 and 65535");
        }
        String host = uri.getHost().startsWith("[") ? uri.getHost().substring(1, uri.getHost().length() - 1)
                : uri.getHost();
        String userInfo = uri.getUserInfo(); // decoded
        if (userInfo == null) {
            return new ProxyUrl(host, port, null, null, origin);
        }
        int colon = userInfo.indexOf(':');
        return new ProxyUrl(host, port, colon < 0 ? userInfo : userInfo.substring(0, colon),
                colon < 0 ? "" : userInfo.substring(colon + 1), origin);
    }

    /**
     * {@code text} with everything between its scheme and its last {@code @} replaced by {@code ***}: safe to print
     * even when a password holds an unencoded {@code /}, {@code #} or {@code @}.
     */
    public static String redact(String text) {
        String stripped = text.strip();
        int at = stripped.lastIndexOf('@');
        if (at < 0) {
            return stripped;
        }
        int scheme = stripped.indexOf("://");
        int start = scheme < 0 || scheme > at ? 0 : scheme + 3;
        return stripped.substring(0, start) + "***" + stripped.substring(at);
    }

    /** {@code text} with the credentials of every URL in it ({@code ://USER:PASSWORD@}) replaced by {@code ***}. */
    public static String redactAll(String text) {
        return text == null ? null : CREDENTIALS_IN_TEXT.matcher(text).replaceAll("://***@");
    }

    /**
     * {@link #redactAll(String)}, and first the credentials of every URL among {@code args} replaced exactly where
     * the text repeats them: a password may hold a space or a quote, which no pattern over the text can bound.
     */
    public static String redactAll(String text, String[] args) {
        if (text == null) {
            return null;
        }
        String out = text;
        for (String arg : args) {
            int scheme = arg.indexOf("://");
            int at = arg.lastIndexOf('@');
            if (scheme >= 0 && at > scheme + 3) {
                out = out.replace(arg.substring(scheme, at + 1), "://***@");
            }
        }
        return redactAll(out);
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    /** Where it was given: {@code --proxy} or the name of the variable. */
    public String origin() {
        return origin;
    }

    public boolean hasCredentials() {
        return user != null;
    }

    /** The user name, or null. */
    String user() {
        return user;
    }

    /** The password ({@code ""} after a user without one), or null without credentials. */
    String password() {
        return password;
    }

    /** {@code http://***@host:port} with credentials, {@code http://host:port} without. */
    @Override
    public String toString() {
        return "http://" + (user != null ? "***@" : "") + (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }

    private static UsageProblem problem(String origin, String text, String rule) {
        // a password with a '/' or a '#' ends the host early: the most likely mistake when there is an '@'
        String hint = text.contains("@") ? "; in a user or password, write / # ? @ as %2F %23 %3F %40" : "";
        return new UsageProblem(origin + " " + redact(text) + ": " + rule + " (the form is http://[USER:PASSWORD@]"
                + "HOST:PORT" + hint + ")");
    }
}
