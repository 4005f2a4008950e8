package io.github.wxrestore.client.internal;

import java.net.http.HttpHeaders;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Removes the access token from text a server sent back (a debugging gateway may echo request headers), so it
 * cannot reach a message, a log line or {@code rawBody()}. Tokens shorter than {@link #MIN_TOKEN_CHARS} are
 * left alone: replacing every occurrence of a short string would mangle ordinary text. Immutable.
 */
public final class Redactor {

    static final int MIN_TOKEN_CHARS = 8;
    static final String MASK = "[REDACTED]";

    private final String token;

    private Redactor(String token) {
        this.token = token;
    }

    public static Redactor of(String token) {
        return new Redactor(token != null && token.length() >= MIN_TOKEN_CHARS ? token : null);
    }

    public String apply(String text) {
        return token == null || text == null || !text.contains(token) ? text : text.replace(token, MASK);
    }

    /**
     * The decoded parts of an error body with the token masked: a JSON escape ({@code \/}, {@code \u0041}) hides
     * the token from the raw text, not from the values it decodes to.
     */
    public WebexErrorBody apply(WebexErrorBody body) {
        if (token == null) {
            return body;
        }
        return new WebexErrorBody(apply(body.message()), body.descriptions().stream().map(this::apply).toList(),
                apply(body.trackingId()));
    }

    public HttpHeaders apply(HttpHeaders headers) {
        if (token == null) {
            return headers;
        }
        Map<String, List<String>> clean = new LinkedHashMap<>();
        headers.map().forEach((name, values) -> clean.put(name, values.stream().map(this::apply).toList()));
        return HttpHeaders.of(clean, (name, value) -> true);
    }
}
