package io.github.wxrestore.validation.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A lenient split of something URL-shaped into the host and the parts a site host must not have, so a message
 * can say {@code has a scheme and a path; use 'example.webex.com'}. Never throws.
 */
record SiteUrlParts(String host, List<String> extras) {

    static SiteUrlParts of(String value) {
        List<String> extras = new ArrayList<>();
        String rest = value;
        int scheme = rest.indexOf("://");
        if (scheme >= 0) {
            extras.add("a scheme");
            rest = rest.substring(scheme + 3);
        }
        int end = indexOfAny(rest, "/?#");
        String authority = end < 0 ? rest : rest.substring(0, end);
        String tail = end < 0 ? "" : rest.substring(end);
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            extras.add("credentials");
            authority = authority.substring(at + 1);
        }
        int colon = authority.lastIndexOf(':');
        if (colon >= 0 && authority.substring(colon + 1).chars().allMatch(Character::isDigit)) {
            extras.add("a port");
            authority = authority.substring(0, colon);
        }
        if (tail.startsWith("/")) {
            extras.add("a path");
        }
        if (tail.indexOf('?') >= 0) {
            extras.add("a query");
        }
        if (tail.indexOf('#') >= 0) {
            extras.add("a fragment");
        }
        return new SiteUrlParts(authority, List.copyOf(extras));
    }

    /** {@code a scheme}, {@code a scheme and a path}, {@code a scheme, a port and a path}. */
    String describeExtras() {
        if (extras.size() == 1) {
            return extras.get(0);
        }
        return String.join(", ", extras.subList(0, extras.size() - 1)) + " and " + extras.get(extras.size() - 1);
    }

    private static int indexOfAny(String text, String chars) {
        for (int i = 0; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
