package io.github.wxrestore.cli.internal;

import io.github.wxrestore.bulk.BulkRestore;

import io.github.wxrestore.validation.Violation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line per validation problem, naming where the person can fix it: the file line or {@code --ids} value of
 * a bad ID (the bulk layer reports an ID problem with its input position as {@link Violation#index()}), or the
 * option of a bad site or host, read from the violation's data. At most {@value #MAX_LINES} lines; a last one
 * counts the rest.
 */
public final class ProblemLines {

    static final int MAX_LINES = 100;

    private static final Pattern POSITION = Pattern.compile("recordingIds\\[(\\d{1,9})]");

    private ProblemLines() {
    }

    public static List<String> of(List<Violation> violations, ReadIds input) {
        List<String> lines = new ArrayList<>();
        for (Violation v : violations) {
            if (lines.size() == MAX_LINES) {
                lines.add("... and " + (violations.size() - MAX_LINES) + " more problems");
                break;
            }
            lines.add(where(v, input) + ": " + withEarlierPosition(v, input));
        }
        return lines;
    }

    // an ID given for two owners names the other position too: as the line it is on, like the violation's own
    private static String withEarlierPosition(Violation v, ReadIds input) {
        if (!v.rule().equals(BulkRestore.ID_WITH_TWO_OWNERS)) {
            return v.message();
        }
        int value = v.message().lastIndexOf("; got '");
        String words = value < 0 ? v.message() : v.message().substring(0, value); // never the ID as given
        String named = POSITION.matcher(words).replaceAll(m -> {
            int index = Integer.parseInt(m.group(1));
            return Matcher.quoteReplacement(index < input.size() ? input.origin(index) : m.group());
        });
        return value < 0 ? named : named + v.message().substring(value);
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
