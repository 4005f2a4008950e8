package io.github.wxrestore.benchmarks.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Item 6 comes from its result file alone, against its goals; its floor does what it says. */
class ScaleSectionTest {

    @TempDir
    Path results;

    @Test
    void theRatioIsOfTheMediansAndEachGoalIsJudged() throws IOException {
        write(List.of(launch(1_500, 300_000), launch(1_400, 310_000), launch(1_700, 290_000)),
                List.of(launch(1_000, 220_000), launch(900, 230_000), launch(1_100, 225_000)),
                List.of(launch(15_000, 180_000)));

        String doc = BenchmarksDocument.render(Results.load(results));

        assertThat(doc).contains("## 6. The CLI at scale")
                .contains("| `restore --dry-run` of 1,000,000 IDs | 3 | 1,500 | 1,400 – 1,700 | 303 MiB |")
                .contains("| floor: read and deduplicate them | 3 | 1,000 | 900.0 – 1,100 | 225 MiB |")
                .contains("Dry run / floor, medians: **1.500** (goal: at most 1.500); dry run peak RSS **303 MiB** "
                        + "(goal: at most 256 MiB); restore peak RSS **176 MiB** (goal: at most 200 MiB). Not met: "
                        + "the dry run's memory. With the large-export options: dry run / floor **1.200**, peak RSS "
                        + "**196 MiB**.")
                .contains("| the same, `java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xmn48m -jar` | 1 | 1,200 |");
    }

    @Test
    void withoutGnuTimeTheMemoryIsSaidNotToBeMeasured() throws IOException {
        write(List.of(launch(1_000, -1)), List.of(launch(1_000, -1)), List.of(launch(1_000, -1)));

        assertThat(BenchmarksDocument.render(Results.load(results))).contains("peak RSS **not measured**")
                .contains("Peak RSS was not measured (no `/usr/bin/time`)");
    }

    @Test
    void aMissingFileIsSaidToBeMissing() {
        assertThat(BenchmarksDocument.render(Results.load(results)))
                .contains("## 6. The CLI at scale\n\nNot measured in this run.");
    }

    @Test
    void theFloorCountsTheDistinctIdsOfAFileAsTheCliReadsIt() throws Exception {
        Path file = results.resolve("ids.txt");
        Files.writeString(file, "# export\n a \nb\n\na\nc", StandardCharsets.UTF_8);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classes = Path.of(ReadAndDedupeFloor.class.getProtectionDomain().getCodeSource().getLocation()
                .toURI()).toString();

        assertThat(ColdStartMeasurement.launch(List.of(java, "-cp", classes, ReadAndDedupeFloor.class.getName(),
                file.toString()))).isEqualTo("3\n");
        assertThat(ScaleMeasurement.randomIds(1_000)).doesNotHaveDuplicates().hasSize(1_000)
                .allSatisfy(id -> assertThat(id).matches("[0-9a-f]{32}"));
    }

    private void write(List<ScaleMeasurement.Launch> dryRun, List<ScaleMeasurement.Launch> floor,
                       List<ScaleMeasurement.Launch> restore) throws IOException {
        JsonFiles.write(results.resolve(ScaleMeasurement.FILE), new ScaleMeasurement.Result(1_000_000, 100_000,
                ScaleMeasurement.LARGE_EXPORT_OPTIONS, dryRun, List.of(launch(1_200, 200_000)), floor, restore));
    }

    private static ScaleMeasurement.Launch launch(double millis, long kib) {
        return new ScaleMeasurement.Launch(millis, kib);
    }
}
