package io.github.wxrestore.benchmarks.report;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * When a run started and ended, the JMH options it was given, and the load average at its end (the one at
 * its start is in {@link Machine}). Immutable.
 */
public record RunRecord(String startedAt, String finishedAt, List<String> jmhArgs, String loadAtEnd) {

    /** The file a run stores it in, in the results directory. */
    public static final String FILE = "run.json";

    public RunRecord {
        jmhArgs = List.copyOf(jmhArgs);
    }

    /** "4 min 12 s". */
    public String durationText() {
        Duration d = Duration.between(Instant.parse(startedAt), Instant.parse(finishedAt));
        return d.toMinutes() > 0 ? d.toMinutes() + " min " + d.toSecondsPart() + " s" : d.toSeconds() + " s";
    }
}
