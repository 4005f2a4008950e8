package io.github.wxrestore.client.internal;

import java.util.Objects;

/**
 * What one call of the {@link CallRunner} is, for its messages and log lines, and what a failed attempt of it
 * may have done: the restore ({@code POST}, which changes the recycle bin) or one page of a listing ({@code GET},
 * which changes nothing). Immutable.
 *
 * @param noun         the call in one lower-case word, as the log lines say it: {@code restore}, {@code list}
 * @param method       the HTTP method
 * @param path         the raw path the call goes to, without its query (a query may name a person or a cursor)
 * @param changesState true when Webex may have acted on an attempt that got no definite answer
 */
public record Operation(String noun, String method, String path, boolean changesState) {

    public Operation {
        Objects.requireNonNull(noun, "noun");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
    }

    /** The restore call, {@code POST} to {@code path}: a failure without a definite answer may have restored. */
    public static Operation restore(String path) {
        return new Operation("restore", "POST", path, true);
    }

    /**
     * One page of a listing, {@code GET} of {@code path}. A GET changes nothing on the server (RFC 9110's safe
     * method), so a failed page cannot have been applied, and sending it again is always safe.
     */
    public static Operation listPage(String path) {
        return new Operation("list", "GET", path, false);
    }

    /** How messages name the call: {@code Restore call}, {@code List call}. */
    String callName() {
        return Character.toUpperCase(noun.charAt(0)) + noun.substring(1) + " call";
    }
}
