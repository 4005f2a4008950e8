package io.github.wxrestore.client.internal;

import java.util.Locale;

/**
 * Checks values that end up in HTTP request headers. A CR or LF could split a header and smuggle another one,
 * so every control character is refused, as is anything outside printable ASCII. Messages about the access
 * token never contain the token. Stateless and thread-safe.
 */
public final class HeaderValues {

    /** Longest access token accepted; Webex tokens are a few hundred characters. */
    static final int MAX_TOKEN_CHARS = 8192;

    private HeaderValues() {
    }

    /** Returns the token when it can go into {@code Authorization: Bearer <token>}; otherwise throws. */
    public static String requireToken(String token) {
        if (token == null || token.isEmpty()) {
            throw new IllegalArgumentException("accessToken is missing or empty");
        }
        if (token.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new IllegalArgumentException(
                    "accessToken starts with \"Bearer \": pass the token alone (the token is not shown)");
        }
        if (token.length() > MAX_TOKEN_CHARS) {
            throw new IllegalArgumentException("accessToken is longer than " + MAX_TOKEN_CHARS
                    + " characters (the token is not shown)");
        }
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c <= 0x20 || c >= 0x7f) {
                throw new IllegalArgumentException("accessToken contains " + describe(c) + " at index " + i
                        + " of " + token.length() + ", which cannot go into an HTTP header"
                        + (i == token.length() - 1 && Character.isWhitespace(c)
                        ? " (a trailing newline from a file?)" : "") + "; the token is not shown");
            }
        }
        return token;
    }

    /**
     * Returns {@code value} when it is 1 to {@code maxChars} printable ASCII characters ({@code allowSpace}: an
     * inner space is allowed too); otherwise throws naming the setting, the rule and the position.
     */
    public static String requirePrintable(String setting, String value, boolean allowSpace, int maxChars) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException(setting + " must not be empty");
        }
        if (value.length() > maxChars) {
            throw new IllegalArgumentException(setting + " must be at most " + maxChars + " characters, was "
                    + value.length());
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean ok = (c > 0x20 && c < 0x7f) || (allowSpace && c == ' ');
            if (!ok) {
                throw new IllegalArgumentException(setting + " contains " + describe(c) + " at index " + i
                        + "; only printable ASCII" + (allowSpace ? " and spaces are" : " is")
                        + " allowed in an HTTP header");
            }
        }
        if (value.isBlank() || value.charAt(0) == ' ' || value.charAt(value.length() - 1) == ' ') {
            throw new IllegalArgumentException(setting + " must not start or end with a space");
        }
        return value;
    }

    private static String describe(char c) {
        if (c == '\r') {
            return "a carriage return (CR)";
        }
        if (c == '\n') {
            return "a line feed (LF)";
        }
        if (c == ' ') {
            return "a space";
        }
        if (Character.isISOControl(c)) {
            return String.format(Locale.ROOT, "a control character (U+%04X)", (int) c);
        }
        return String.format(Locale.ROOT, "a non-ASCII character (U+%04X)", (int) c);
    }
}
