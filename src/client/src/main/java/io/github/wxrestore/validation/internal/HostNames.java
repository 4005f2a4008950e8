package io.github.wxrestore.validation.internal;

import java.util.regex.Pattern;

/** DNS host-name syntax, shared by siteUrl and the domain of hostEmail. */
final class HostNames {

    /** RFC 1035: at most 253 characters in a name written without its final dot. */
    static final int MAX_LENGTH = 253;

    // two or more labels of letters, digits and inner hyphens (1 to 63 characters); the last starts with a
    // letter, which rules out IP addresses. The same expression is the spec's pattern for siteUrl.
    private static final Pattern HOST_NAME = Pattern.compile(
            "(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?");

    private HostNames() {
    }

    static boolean isHostName(String text) {
        // the length check first also bounds the work of the expression
        return text.length() <= MAX_LENGTH && HOST_NAME.matcher(text).matches();
    }

    static boolean hasSpaceOrControl(String text) {
        return text.codePoints().anyMatch(cp -> Character.isWhitespace(cp) || Character.isSpaceChar(cp)
                || Character.isISOControl(cp));
    }

    static boolean isAscii(String text) {
        return text.chars().allMatch(c -> c < 0x80);
    }
}
