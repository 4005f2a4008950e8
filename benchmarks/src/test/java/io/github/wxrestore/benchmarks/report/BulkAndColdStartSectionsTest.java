package io.github.wxrestore.benchmarks.report;

import io.github.wxrestore.benchmarks.BulkRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Items 3 and 4 are computed from their result files alone, and say so when a file is missing. */
class BulkAndColdStartSectionsTest {

    @TempDir
    Path results;

    @Test
    void theBulkRatiosComeFromTheRuns() throws IOException {
        // no limit, 1 worker: 1,000 ms for 100 requests = 10 ms per request
        List<BulkRun.Outcome> runs = List.of(
                run(1, false, 1_000, 100, 0), run(4, false, 400, 100, 0), run(1, true, 5_300, 104, 4),
                run(1, false, 1_000, 100, 0), run(4, false, 500, 100, 0), run(1, true, 5_100, 104, 4));
        JsonFiles.write(results.resolve(BulkThroughputMeasurement.FILE),
                new BulkThroughputMeasurement.Result(10_000, 20, 3, runs));

        String doc = BenchmarksDocument.render(Results.load(results));

        // ideal = 4 s + 104 × 10 ms = 5,040 ms; ratios 5,300 / 5,040 and 5,100 / 5,040
        assertThat(doc).contains("For example 104 requests and 4 s of waits give an ideal of 5,040 ms")
                .contains("median of the 2 runs: **1.032** (1.012 to 1.052); goal ≤ 1.1: **met**")
                .contains("| no limit, 4 workers | 2 | 450.0 | 400.0 – 500.0 | 100.0 | 0.000 | 0.000 |")
                .contains("1 worker / 4 workers = **2.222**")
                .contains("every run restored every ID exactly once")
                .doesNotContain("NaN").doesNotContain("not measured yet");
    }

    @Test
    void theColdStartRatioIsOfTheMedians() throws IOException {
        JsonFiles.write(results.resolve(ColdStartMeasurement.FILE), new ColdStartMeasurement.Result("java",
                List.of("dry"), List.of("floor"), 100, List.of(900.0, 1_000.0, 5_000.0),
                List.of(400.0, 500.0, 450.0)));

        String doc = BenchmarksDocument.render(Results.load(results));

        assertThat(doc).contains("| `restore --dry-run` of 100 IDs | 3 | 1,000 | 900.0 – 5,000 |")
                .contains("| JVM floor (a main that does nothing) | 3 | 450.0 | 400.0 – 500.0 |")
                .contains("Dry run / floor, medians: **2.222**; the dry run costs 550.0 ms over starting the JVM");
    }

    @Test
    void missingFilesAreSaidToBeMissing() {
        String doc = BenchmarksDocument.render(Results.load(results));

        assertThat(doc).contains("## 3. Bulk throughput\n\nNot measured in this run.")
                .contains("## 4. CLI cold start\n\nNot measured in this run.");
    }

    private static BulkRun.Outcome run(int concurrency, boolean limited, long millis, int requests, int throttled) {
        return new BulkRun.Outcome(10_000, concurrency, limited, millis * 1_000_000, requests, requests - throttled,
                throttled, throttled, 10_000, 0, 0, 0, "OK");
    }
}
