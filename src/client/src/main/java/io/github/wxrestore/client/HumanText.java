package io.github.wxrestore.client;

import java.time.Duration;
import java.util.Locale;

/**
 * How this library writes values for people in its messages and log lines, public so that an application (the
 * command line is one) prints server text and durations the same way. Stateless and thread-safe.
 */
public final class HumanText {

    private HumanText() {
    }

    /**
     * At most {@code maxChars} characters of {@code text} on one line: line breaks and other control characters
     * (C0, C1, DEL) and whitespace ({@link Character#isWhitespace}, the line and paragraph separators included)
     * become spaces, runs of them collapse, the ends are trimmed, and a
     * cut is marked with {@code ...}. Server text passed through it cannot forge a line of its own.
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

    /**
     * A duration for people, to the millisecond: {@code 250 ms}, {@code 2 s}, {@code 1.5 s}, {@code 2 min},
     * {@code 2 min 5 s}, {@code 1 min 1.001 s}.
     */
    public static String duration(Duration d) {
        long millis = d.toMillis();
        if (millis < 1000) {
            return millis + " ms";
        }
        long minutes = millis / 60_000;
        long rest = millis % 60_000;
        String seconds = (rest % 1000 == 0 ? String.valueOf(rest / 1000)
                : String.format(Locale.ROOT, "%.3f", rest / 1000.0).replaceAll("0+$", "")) + " s";
        if (minutes == 0) {
            return seconds;
        }
        return minutes + " min" + (rest == 0 ? "" : " " + seconds);
    }
}
