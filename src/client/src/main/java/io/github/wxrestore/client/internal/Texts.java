package io.github.wxrestore.client.internal;

import java.time.Duration;
import java.util.Locale;

/** Small text helpers for log lines and exception messages. Stateless and thread-safe. */
public final class Texts {

    private Texts() {
    }

    /**
     * At most {@code maxChars} characters of {@code text} on one line: line breaks and other control characters
     * become spaces, runs of whitespace collapse, and a cut is marked with {@code ...}.
     */
    public static String oneLine(String text, int maxChars) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), maxChars));
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (out.length() + (pendingSpace ? 1 : 0) >= maxChars) {
                return out.append("...").toString();
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            out.append(c);
        }
        return out.toString();
    }

    /** A duration for people: {@code 250 ms}, {@code 2 s}, {@code 1.5 s}. */
    public static String human(Duration d) {
        long millis = d.toMillis();
        if (millis < 1000) {
            return millis + " ms";
        }
        if (millis % 1000 == 0) {
            return millis / 1000 + " s";
        }
        return String.format(Locale.ROOT, "%.3f", millis / 1000.0).replaceAll("0+$", "") + " s";
    }
}
