package io.github.wxrestore.benchmarks.report;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The benchmark run behind {@code mvn -B -P benchmarks verify}: runs every {@link Measurement} in order (the
 * machine first, so its load average is the one at the start), stores their results in the results directory,
 * then rewrites {@code docs/BENCHMARKS.md} from those files alone. With {@code --report-only} it measures
 * nothing and only rewrites the document from the stored results.
 */
public final class BenchmarkRun {

    private BenchmarkRun() {
    }

    /** What a run measures, in order. Add a {@link Measurement} here, and a {@link Section} that reports it. */
    static List<Measurement> measurements() {
        return List.of(new MachineSnapshot(), new JmhBenchmarks(), new BulkThroughputMeasurement(),
                new ColdStartMeasurement(), new LauncherStartMeasurement(), new FootprintMeasurement(), new ScaleMeasurement(),
                new ListingMeasurement());
    }

    public static void main(String[] args) throws Exception {
        RunSettings settings = RunSettings.parse(args);
        if (!settings.reportOnly()) {
            if (JmhBenchmarks.onlyAsks(settings)) {
                return;
            }
            String started = now();
            for (Measurement measurement : measurements()) {
                System.out.println("== Benchmark run: " + measurement.name());
                measurement.run(settings);
            }
            JsonFiles.write(settings.results().resolve(RunRecord.FILE),
                    new RunRecord(started, now(), settings.jmhArgs(), Machine.current().loadText()));
        }
        BenchmarksDocument.write(Results.load(settings.results()), settings.doc());
        System.out.println("== Benchmark run: wrote " + settings.doc());
    }

    private static String now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
