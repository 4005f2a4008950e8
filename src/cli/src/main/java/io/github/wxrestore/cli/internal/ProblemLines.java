package io.github.wxrestore.cli.internal;

import io.github.wxrestore.validation.Violation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line per validation problem, naming where the person can fix it: the file line or {@code --ids} value of
 * a bad ID (the bulk layer reports an ID problem at its input position, {@code recordingIds[i]}), or the option
 * of a bad site or host. At most {@value #MAX_LINES} lines; a last one counts the rest.
 */
public final class ProblemLines {

    static final int MAX_LINES = 100;
    private static final Pattern INPUT_POSITION = Pattern.compile("^recordingIds\\[(\\d+)]");

    private ProblemLines() {
    }

    public static List<String> of(List<Violation> violations, List<SourcedId> input) {
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

    private static String where(Violation v, List<SourcedId> input) {
        Matcher m = INPUT_POSITION.matcher(v.property());
        if (m.lookingAt()) {
            int index = Integer.parseInt(m.group(1));
            return index < input.size() ? "recording ID at " + input.get(index).origin() : v.property();
        }
        return switch (v.property()) {
            case "siteUrl" -> "--site-url";
            case "hostEmail" -> "--host-email";
            case "recordingIds" -> "recording IDs";
            default -> v.property().isEmpty() ? "request" : v.property();
        };
    }
}
