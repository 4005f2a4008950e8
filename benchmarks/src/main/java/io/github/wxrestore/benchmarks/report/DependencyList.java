package io.github.wxrestore.benchmarks.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the output of {@code mvn dependency:list -DincludeScope=runtime -DoutputAbsoluteArtifactFilename=true}
 * and keeps what a user of the jar gets: compile and runtime scope, without optional artifacts (Maven marks an
 * optional dependency and everything only it brings in with {@code (optional)}).
 */
final class DependencyList {

    /** One resolved artifact. */
    record Entry(String groupId, String artifactId, String version, String scope, String file) {
    }

    // group:artifact:type[:classifier]:version:scope:/absolute/file [(optional)] [-- module name]
    private static final Pattern LINE = Pattern.compile(
            "^\\s*([^:\\s]+):([^:\\s]+):([^:\\s]+)(?::([^:\\s]+))?:([^:\\s]+):(compile|runtime|provided|system|test)"
                    + ":(.+?)(\\s\\(optional\\))?(\\s--\\smodule\\s.*)?$");

    private DependencyList() {
    }

    static List<Entry> runtimeClosure(List<String> lines) {
        List<Entry> entries = new ArrayList<>();
        for (String line : lines) {
            Matcher m = LINE.matcher(line);
            if (!m.matches() || m.group(8) != null) {
                continue; // a heading, a blank line, or an optional artifact
            }
            String scope = m.group(6);
            if (scope.equals("compile") || scope.equals("runtime")) {
                entries.add(new Entry(m.group(1), m.group(2), m.group(5), scope, m.group(7).trim()));
            }
        }
        return entries;
    }
}
