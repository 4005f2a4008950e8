package io.github.wxrestore.sandbox.internal;

import io.github.wxrestore.model.constraints.SpecLimits;
import java.util.Locale;
import java.util.regex.Pattern;

/** The sandbox's own, deliberately simple checks of a site host name and an email address. */
public final class WireSyntax {

    /** The spec's maxLength of the {@code hostEmail} query parameter (a query parameter has no model class). */
    public static final int MAX_EMAIL_LENGTH = 320;

    // labels of letters, digits and inner hyphens, at least two labels: example.webex.com, not https://x or x:443
    private static final Pattern SITE_HOST = Pattern.compile(
            "(?i)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+");
    // one @, no spaces, a dotted domain: enough to tell an address from a typo
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(?:\\.[^@\\s.]+)+");

    private WireSyntax() {
    }

    /** True for a bare host name such as {@code example.webex.com}: no scheme, port, path or spaces. */
    public static boolean isSiteHost(String value) {
        return value != null && value.length() <= SpecLimits.siteUrlMaxLength() && SITE_HOST.matcher(value).matches();
    }

    /** True for something shaped like {@code local@domain.tld}, at most {@link #MAX_EMAIL_LENGTH} characters. */
    public static boolean isEmail(String value) {
        return value != null && value.length() <= MAX_EMAIL_LENGTH && EMAIL.matcher(value).matches();
    }

    /** Sites and emails are compared case-insensitively: this is the one normal form. */
    public static String normalize(String value) {
        return value.toLowerCase(Locale.ROOT);
    }

    /** A value quoted in an error message: control characters escaped, cut at 80 characters. */
    public static String quote(String value) {
        StringBuilder out = new StringBuilder("'");
        value.codePoints().limit(80).forEach(cp -> {
            if (Character.isISOControl(cp)) {
                out.append(String.format(Locale.ROOT, "\\u%04x", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        if (value.codePointCount(0, value.length()) > 80) {
            out.append("...");
        }
        return out.append('\'').toString();
    }
}
