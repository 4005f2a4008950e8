package io.github.wxrestore.benchmarks.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjdk.jmh.annotations.Benchmark;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The document is computed from the result files alone, says what it lacks, and names real benchmarks. */
class BenchmarksDocumentTest {

    @TempDir
    Path results;

    @Test
    void everyBenchmarkASectionReportsIsABenchmarkMethod() throws IllegalAccessException {
        List<BenchmarkId> ids = new ArrayList<>();
        for (Section section : BenchmarksDocument.SECTIONS) {
            for (Field field : section.getClass().getDeclaredFields()) {
                if (field.getType() == BenchmarkId.class && Modifier.isStatic(field.getModifiers())) {
                    field.setAccessible(true);
                    ids.add((BenchmarkId) field.get(null));
                }
            }
        }
        assertThat(ids).hasSizeGreaterThanOrEqualTo(10);
        for (BenchmarkId id : ids) {
            assertThat(id.type().getDeclaredMethods())
                    .as(id.jmhName())
                    .anyMatch(m -> m.getName().equals(id.method()) && m.isAnnotationPresent(Benchmark.class));
        }
    }

    @Test
    void scoresRatiosAndVerdictsComeFromTheResultFiles() throws IOException {
        writeMachine(6.5);
        ArrayNode jmh = JsonFiles.MAPPER.createArrayNode();
        jmh.add(avgt(PerCallSection.HAND_WRITTEN, "us/op", 100, 4, 95, 105, 99, 120_000, 60_000));
        jmh.add(avgt(PerCallSection.GENERATED, "us/op", 102, 4, 97, 107, 101, 125_000, 70_000));
        jmh.add(avgt(PerCallSection.FACADE, "us/op", 104, 4, 99, 109, 103, 135_000, 80_000));
        jmh.add(avgt(PerCallSection.COPY, "ns/op", 1_500, 50, 1_450, 1_550, 1_490, 1_480, 2_800));
        jmh.add(avgt(PerCallSection.TRACKING_ID, "ns/op", 400, 10, 390, 410, 400, 400, 240));
        jmh.add(avgt(ValidationSection.VALID_HUNDRED, "ns/op", 3_500, 100, 3_400, 3_600, 3_500, 3_450, 6_700));
        jmh.add(avgt(ValidationSection.RESTORE_ALL, "ns/op", 1_000, 30, 970, 1_030, 1_000, 990, 2_500));
        jmh.add(avgt(ValidationSection.ONE_VIOLATION, "ns/op", 7_500, 200, 7_300, 7_700, 7_500, 7_400, 12_400));
        jmh.add(singleShot(ValidationSection.BOOTSTRAP, 250, 0, 1));
        jmh.add(singleShot(ValidationSection.FIRST_CHECK, 400, 0, 1));
        JsonFiles.write(results.resolve(JmhBenchmarks.FILE), jmh);
        JsonFiles.write(results.resolve(Footprint.FILE), new Footprint(
                new Footprint.Jar("client.jar", 200_000, 150, null, false),
                List.of(new Footprint.Artifact("g", "big", "1", 3_000_000), new Footprint.Artifact("g", "small", "2",
                        1_000)),
                new Footprint.Jar("cli.jar", 6_000_000, 4_000, "io.github.wxrestore.cli.Main", true)));
        JsonFiles.write(results.resolve(RunRecord.FILE), new RunRecord("2026-01-01T10:00:00Z",
                "2026-01-01T10:05:30Z", List.of(), "1.00 / 2.00 / 3.00"));

        String doc = BenchmarksDocument.render(Results.load(results));

        assertThat(doc).contains("took 5 min 30 s, with the JMH settings written on each benchmark class")
                .contains("| load average at the start (1 / 5 / 15 min) | 6.50 / 5.00 / 4.00 |")
                .contains("The machine was shared: a load average of 6.50 on 2 processors")
                .contains("| a | hand-written `java.net.http` + Jackson: the floor | 100.0 | ± 4.000 | 99.00 | 120.0 "
                        + "| 58.6 KiB | 2 forks × 5 × 2 s (warm-up 4 × 2 s) |")
                // 104 / 100, band 99 / 105 .. 109 / 95, medians 103 / 99, CPU 135 / 120
                .contains("| c/a: facade / floor | 1.040 | 0.943 – 1.147 | 1.040 | 1.125 | ≤ 1.05: met |")
                .contains("| c/b: facade / generated client | 1.020 |")
                .contains("The goal c/a ≤ 1.05, on wall time, is **met** on the means, though the band")
                // steps: 1.5 + 3.5 + 0.4 us; the facade's extra CPU over the generated client is 10 us
                .contains("These steps take 5.400 us. The remaining 4.600 us of the facade's extra CPU time over the "
                        + "generated client (10.00 us) is not broken down by this run.")
                // switches fixture: a tenth of the mean
                .contains("stopped to wait for one another 10.00 times for the floor, 10.20 for the generated "
                        + "client and 10.40 for the facade")
                .contains("the facade hands the call between threads no more often than the client it drives.")
                .contains("Goal: a valid 100-ID request in under 1 us (1,000 ns): **missed** (3,500 ns).")
                .contains("its 1,000 ns are the fixed part").contains("Each of the 100 IDs adds about 25.00 ns")
                .contains("Reporting one violation costs 4,000 ns more than passing")
                .contains("the bootstrap alone took a median of 250.0 ms, and the first check of 100 IDs, bootstrap "
                        + "included, a median of 400.0 ms (320.0 to 480.0 ms over the samples)")
                .contains("Its CPU time exceeds its wall time")
                .contains("| **total: 3 jars** |  | **3,201,000 (3.05 MiB)** |")
                .contains("`Main-Class: io.github.wxrestore.cli.Main`.")
                .doesNotContain("not in this run").doesNotContain("NaN");
        assertThat(doc.indexOf("`g:big`")).isLessThan(doc.indexOf("`g:small`"));
    }

    @Test
    void aMissedGoalSaysWhatHoldsItBack() throws IOException {
        writeMachine(6.5);
        ArrayNode jmh = JsonFiles.MAPPER.createArrayNode();
        jmh.add(avgt(PerCallSection.HAND_WRITTEN, "us/op", 100, 2, 98, 102, 100, 110_000, 60_000));
        jmh.add(avgt(PerCallSection.GENERATED, "us/op", 101, 2, 99, 103, 101, 112_000, 70_000));
        jmh.add(avgt(PerCallSection.FACADE, "us/op", 120, 2, 118, 122, 120, 140_000, 80_000));
        jmh.add(avgt(PerCallSection.COPY, "ns/op", 1_500, 50, 1_450, 1_550, 1_490, 1_480, 2_800));
        jmh.add(avgt(PerCallSection.TRACKING_ID, "ns/op", 400, 10, 390, 410, 400, 400, 240));
        jmh.add(avgt(ValidationSection.VALID_HUNDRED, "ns/op", 3_500, 100, 3_400, 3_600, 3_500, 3_450, 6_700));
        JsonFiles.write(results.resolve(JmhBenchmarks.FILE), jmh);

        assertThat(BenchmarksDocument.render(Results.load(results)))
                .contains("| c/a: facade / floor | 1.200 | 1.157 – 1.245 | 1.200 | 1.273 | ≤ 1.05: missed |")
                .contains("The goal c/a ≤ 1.05, on wall time, is **missed**.")
                .contains("What holds the goal back: 5 % of this floor is 5.000 us. The facade's own work before "
                        + "sending, measured alone, takes 5.400 us, by itself more than the goal allows")
                .contains("A shared machine magnifies the difference");
    }

    @Test
    void aPartialRunSaysWhatItLacks() throws IOException {
        writeMachine(0.1);
        ArrayNode jmh = JsonFiles.MAPPER.createArrayNode();
        jmh.add(avgt(PerCallSection.HAND_WRITTEN, "us/op", 100, 4, 95, 105, 99, 120_000, 60_000));
        jmh.add(singleShot(ValidationSection.BOOTSTRAP, 250, 1, 2));
        jmh.add(singleShot(ValidationSection.FIRST_CHECK, 400, 1, 2));
        JsonFiles.write(results.resolve(JmhBenchmarks.FILE), jmh);

        String doc = BenchmarksDocument.render(Results.load(results));

        assertThat(doc).contains("The machine was close to idle at the start")
                .contains("| b | generated client alone (`RecordingsApi`) | not in this run |")
                .contains("Ratios need all three variants in one run.")
                .contains("so the figures above are not the cold cost")
                .contains("## 5. Footprint\n\nNot measured in this run.")
                .doesNotContain("c/a: facade / floor");
    }

    @Test
    void scoresAreShownInTheUnitOfTheirTableWhateverUnitTheRunUsed() throws IOException {
        ArrayNode jmh = JsonFiles.MAPPER.createArrayNode();
        jmh.add(avgt(ValidationSection.VALID_HUNDRED, "us/op", 3.5, 0.1, 3.4, 3.6, 3.5, 3_450, 6_700));
        JsonFiles.write(results.resolve(JmhBenchmarks.FILE), jmh);

        assertThat(BenchmarksDocument.render(Results.load(results)))
                .contains("| 100 valid IDs and `siteUrl` | 3,500 | ± 100.0 | 3,500 | 3,450 | 6,700 B |");
    }

    @Test
    void aRatioBandNeverGoesBelowZeroAndNeedsBothIntervals() {
        Score noisy = Score.of(avgt(PerCallSection.FACADE, "us/op", 500, 900, -400, 1_400, 450, 1, 1));
        Score floor = Score.of(avgt(PerCallSection.HAND_WRITTEN, "us/op", 250, 50, 200, 300, 250, 1, 1));

        assertThat(Ratio.of(noisy, floor)).isEqualTo(new Ratio(2.0, 0.0, 7.0));
        assertThat(Ratio.of(floor, noisy).rangeText()).isEqualTo("n/a"); // the denominator's band reaches zero
    }

    @Test
    void theRuntimeClosureIsWhatAUserOfTheJarGets() {
        List<DependencyList.Entry> entries = DependencyList.runtimeClosure(List.of(
                "The following files have been resolved:",
                "   com.fasterxml.jackson.core:jackson-databind:jar:2.23.0:compile:/m2/jackson-databind-2.23.0.jar"
                        + " -- module com.fasterxml.jackson.databind",
                "   org.jboss.logging:jboss-logging:jar:3.6.3.Final:runtime:/m2/jboss-logging.jar",
                "   io.netty:netty-transport-native-epoll:jar:linux-x86_64:4.1.0:compile:/m2/epoll.jar",
                "   info.picocli:picocli:jar:4.7.7:compile:/m2/picocli.jar (optional) -- module info.picocli",
                "   org.jline:jline-native:jar:3.24.1:compile:/m2/jline-native.jar (optional) -- module x [auto]",
                "   org.junit.jupiter:junit-jupiter:jar:5.14.4:test:/m2/junit.jar",
                ""));

        assertThat(entries).extracting(DependencyList.Entry::artifactId)
                .containsExactly("jackson-databind", "jboss-logging", "netty-transport-native-epoll");
        assertThat(entries.get(0).file()).isEqualTo("/m2/jackson-databind-2.23.0.jar");
        assertThat(entries.get(2).version()).isEqualTo("4.1.0");
    }

    private void writeMachine(double load1) throws IOException {
        JsonFiles.write(results.resolve(Machine.FILE), new Machine("2026-01-01T10:00:00Z", 2, "Test CPU",
                8L << 30, "Vendor 17.0.1", "Test VM", "Linux 6 (amd64)", load1, 5.0, 4.0));
    }

    private static ObjectNode avgt(BenchmarkId id, String unit, double mean, double error, double low, double high,
                                   double median, double cpuNs, double allocatedBytes) {
        ObjectNode entry = entry(id, "avgt", 2, 4, "2 s", 5, "2 s");
        ObjectNode metric = entry.putObject("primaryMetric");
        metric.put("score", mean).put("scoreError", error).put("scoreUnit", unit);
        metric.putArray("scoreConfidence").add(low).add(high);
        metric.putObject("scorePercentiles").put("0.0", low).put("50.0", median).put("100.0", high);
        metric.putArray("rawData").add(JsonFiles.MAPPER.createArrayNode().add(mean).add(mean))
                .add(JsonFiles.MAPPER.createArrayNode().add(mean).add(mean));
        ObjectNode secondary = entry.putObject("secondaryMetrics");
        secondary.putObject("cpu.time.norm").put("score", cpuNs).put("scoreError", 1.0).put("scoreUnit", "ns/op");
        secondary.putObject("gc.alloc.rate.norm").put("score", allocatedBytes).put("scoreError", 1.0)
                .put("scoreUnit", "B/op");
        secondary.putObject("thread.switches.norm").put("score", unit.equals("us/op") ? mean / 10 : 0)
                .put("scoreError", 0.1).put("scoreUnit", "#/op");
        return entry;
    }

    private static ObjectNode singleShot(BenchmarkId id, double ms, int warmups, int iterations) {
        ObjectNode entry = entry(id, "ss", 8, warmups, "single-shot", iterations, "single-shot");
        ObjectNode metric = entry.putObject("primaryMetric");
        metric.put("score", ms).put("scoreError", ms / 10).put("scoreUnit", "ms/op");
        metric.putArray("scoreConfidence").add(ms * 0.9).add(ms * 1.1);
        metric.putObject("scorePercentiles").put("0.0", ms * 0.8).put("50.0", ms).put("100.0", ms * 1.2);
        ObjectNode secondary = entry.putObject("secondaryMetrics");
        secondary.putObject("cpu.time.norm").put("score", ms * 1.5e6).put("scoreError", "NaN").put("scoreUnit",
                "ns/op");
        return entry;
    }

    private static ObjectNode entry(BenchmarkId id, String mode, int forks, int warmups, String warmupTime,
                                    int iterations, String measurementTime) {
        ObjectNode entry = JsonFiles.MAPPER.createObjectNode();
        entry.put("jmhVersion", "1.37").put("benchmark", id.jmhName()).put("mode", mode).put("forks", forks)
                .put("warmupIterations", warmups).put("warmupTime", warmupTime)
                .put("measurementIterations", iterations).put("measurementTime", measurementTime);
        return entry;
    }
}
