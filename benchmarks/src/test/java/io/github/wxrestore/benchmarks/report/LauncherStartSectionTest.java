package io.github.wxrestore.benchmarks.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class LauncherStartSectionTest {

    @TempDir
    Path results;

    @Test
    void eachGoalIsMetOrMissedFromTheMediansAgainstTheFloor() throws IOException {
        Map<String, List<Double>> millis = new LinkedHashMap<>();
        millis.put(LauncherStartMeasurement.FLOOR, List.of(40.0, 50.0, 60.0));
        millis.put(LauncherStartMeasurement.DRY_RUN, List.of(150.0, 200.0, 900.0)); // 4.0 x: met, at the goal
        millis.put(LauncherStartMeasurement.HELP, List.of(100.0, 120.0, 130.0)); // 2.4 x: met
        millis.put(LauncherStartMeasurement.VERSION, List.of(126.0, 130.0, 140.0)); // 2.6 x: missed
        millis.put(LauncherStartMeasurement.DRY_RUN_NO_ARCHIVE, List.of(400.0, 500.0, 600.0));
        millis.put(LauncherStartMeasurement.PICOCLI, List.of(100.0, 175.0, 200.0));
        millis.put(LauncherStartMeasurement.FIRST_RUN, List.of(2_000.0, 2_500.0, 3_000.0));
        JsonFiles.write(results.resolve(LauncherStartMeasurement.FILE), new LauncherStartMeasurement.Result("java",
                100, millis, 6_000_000, 5_868_574, 24_354_816));

        String doc = BenchmarksDocument.render(Results.load(results));

        assertThat(doc).contains("### Through the launcher")
                .contains("| `webex-restore restore --dry-run --json` of 100 IDs | 3 | 200.0 | 150.0 – 900.0 | 4.000 |")
                .contains("| first run: `--version`, empty cache (makes the archive) | 3 | 2,500 | 2,000 – 3,000 | 50.000 |")
                .contains("| JVM floor (a main that does nothing) | 3 | 50.00 | 40.00 – 60.00 | 1.000 |")
                .contains("the dry run / floor, medians: **4.000**; goal ≤ 4.0: **met**")
                .contains("`--help` / floor, medians: **2.400**; goal ≤ 2.5: **met**")
                .contains("`--version` / floor, medians: **2.600**; goal ≤ 2.5: **missed**")
                .contains("The picocli floor is 3.500 x the JVM floor")
                .contains("the jar in `lib/` 5,868,574 (5.60 MiB)")
                .doesNotContain("NaN");
    }

    @Test
    void aRunWithoutTheMeasurementSaysSo() {
        assertThat(BenchmarksDocument.render(Results.load(results)))
                .contains("### Through the launcher\n\nNot measured in this run.");
    }
}
