package io.github.wxrestore.benchmarks.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.wxrestore.benchmarks.CpuTimeProfiler;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One benchmark's primary result from JMH's JSON output: the mean with JMH's 99.9% confidence interval, the
 * median of the measured iterations, and how it was measured. Immutable.
 *
 * @param params the values of the benchmark's {@code @Param} fields for this result; empty when it has none
 * @param error  half-width of the 99.9% confidence interval; NaN when there are too few samples for one
 */
public record Score(String benchmark, Map<String, String> params, String mode, String unit, double mean,
                    double error, double low, double high, double median, double min, double max, int samples,
                    int forks, int warmupIterations, String warmupTime, int measurementIterations,
                    String measurementTime, Map<String, Metric> secondary) {

    /** A profiler's result for the same benchmark, e.g. {@code gc.alloc.rate.norm} in B/op. */
    public record Metric(double mean, double error, String unit) {
    }

    public Score {
        params = Map.copyOf(params);
        secondary = Map.copyOf(secondary);
    }

    static Score of(JsonNode entry) {
        Map<String, String> params = new LinkedHashMap<>();
        entry.path("params").properties().forEach(p -> params.put(p.getKey(), p.getValue().asText()));
        JsonNode metric = entry.path("primaryMetric");
        JsonNode percentiles = metric.path("scorePercentiles");
        Map<String, Metric> secondary = new LinkedHashMap<>();
        entry.path("secondaryMetrics").properties().forEach(m -> secondary.put(m.getKey(), new Metric(
                m.getValue().path("score").asDouble(Double.NaN), m.getValue().path("scoreError").asDouble(Double.NaN),
                m.getValue().path("scoreUnit").asText())));
        int samples = 0;
        for (JsonNode fork : metric.path("rawData")) {
            samples += fork.size();
        }
        return new Score(entry.path("benchmark").asText(), params, entry.path("mode").asText(),
                metric.path("scoreUnit").asText(), metric.path("score").asDouble(),
                metric.path("scoreError").asDouble(Double.NaN),
                metric.path("scoreConfidence").path(0).asDouble(Double.NaN),
                metric.path("scoreConfidence").path(1).asDouble(Double.NaN),
                percentiles.path("50.0").asDouble(Double.NaN), percentiles.path("0.0").asDouble(Double.NaN),
                percentiles.path("100.0").asDouble(Double.NaN), samples, entry.path("forks").asInt(),
                entry.path("warmupIterations").asInt(), entry.path("warmupTime").asText(),
                entry.path("measurementIterations").asInt(), entry.path("measurementTime").asText(), secondary);
    }

    /**
     * This score in another time unit per operation ({@code "ns/op"}, {@code "us/op"}, {@code "ms/op"},
     * {@code "s/op"}), so a section reads the unit it prints whatever {@code -tu} the run used.
     *
     * @throws IllegalStateException when the score is not a time per operation (a throughput run)
     */
    public Score in(String targetUnit) {
        if (unit.equals(targetUnit)) {
            return this;
        }
        double f = nanosPerUnit(unit) / nanosPerUnit(targetUnit);
        return new Score(benchmark, params, mode, targetUnit, mean * f, error * f, low * f, high * f, median * f,
                min * f, max * f, samples, forks, warmupIterations, warmupTime, measurementIterations,
                measurementTime, secondary);
    }

    /** A profiler's result, when that profiler ran. */
    public Optional<Metric> secondary(String name) {
        return Optional.ofNullable(secondary.get(name));
    }

    /** The CPU time per operation (this module's CPU profiler) in {@code targetUnit}; NaN when not measured. */
    public double cpuTime(String targetUnit) {
        return secondary(CpuTimeProfiler.CPU_TIME).map(m -> m.mean() * nanosPerUnit(m.unit()) / nanosPerUnit(targetUnit))
                .orElse(Double.NaN);
    }

    /** Voluntary thread switches per operation, all threads (this module's CPU profiler, Linux); NaN if unknown. */
    public double threadSwitches() {
        return secondary(CpuTimeProfiler.THREAD_SWITCHES).map(Metric::mean).orElse(Double.NaN);
    }

    /** Bytes allocated per operation, all threads (JMH's gc profiler); NaN when not measured. */
    public double allocatedBytes() {
        return secondary("gc.alloc.rate.norm").map(Metric::mean).orElse(Double.NaN);
    }

    private double nanosPerUnit(String timePerOp) {
        return switch (timePerOp) {
            case "ns/op" -> 1;
            case "us/op" -> 1e3;
            case "ms/op" -> 1e6;
            case "s/op" -> 1e9;
            case "min/op" -> 60e9;
            default -> throw new IllegalStateException(benchmark + " was measured in " + timePerOp
                    + ", not as time per operation: run it in mode avgt or ss for this report");
        };
    }

    /** True when JMH could compute a confidence interval. */
    public boolean hasError() {
        return !Double.isNaN(error);
    }

    /** How it was measured, as "2 forks × 5 × 2 s (warm-up 4 × 2 s)", or "8 forks × 1 single shot, each in a fresh JVM". */
    public String method() {
        String forkText = forks + (forks == 1 ? " fork" : " forks");
        if (mode.equals("ss")) {
            boolean cold = warmupIterations == 0 && measurementIterations == 1;
            return forkText + " × " + measurementIterations + " single shot" + (cold ? ", each in a fresh JVM"
                    : " (warm-up " + warmupIterations + ")");
        }
        return forkText + " × " + measurementIterations + " × " + measurementTime
                + " (warm-up " + warmupIterations + " × " + warmupTime + ")";
    }
}
