package io.github.wxrestore.cli.internal;

import io.github.wxrestore.validation.Violation;

import java.util.ArrayList;
import java.util.List;

/**
 * One line per validation problem, naming where the person can fix it: the file line or {@code --ids} value of
 * a bad ID (the bulk layer reports an ID problem with its input position as {@link Violation#index()}), or the
 * option of a bad site or host, read from the violation's data. At most {@value #MAX_LINES} lines; a last one
 * counts the rest.
 */
public final class ProblemLines {

    static final int MAX_LINES = 100;

    private ProblemLines() {
    }

    public static List<String> of(List<Violation> violations, ReadIds input) {
        List<String> lines = new ArrayList<>();
        for (Violation v : violations) {
            if (lines.size() == MAX_LINES) {
                lines.add("... and " + (violations.size() - MAX_LINES) + " more problems");
                break;
            }
            lines.add(where(v, input) + ": " + v.message());
        }
        return lines;
    }

    private static String where(Violation v, ReadIds input) {
        if (v.index().isPresent()) {
            int index = v.index().getAsInt();
            return index < input.size() ? "recording ID at " + input.origin(index) : v.property();
        }
        return switch (v.field()) {
            case SITE_URL -> "--site-url";
            case HOST_EMAIL -> "--host-email";
            case RECORDING_IDS -> "recording IDs";
            case BODY -> v.property();
        };
    }
}
