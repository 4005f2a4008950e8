package io.github.wxrestore.benchmarks;

import io.github.wxrestore.generated.model.RestoreRecordingsRequest;
import io.github.wxrestore.validation.RestoreRequestValidation;
import io.github.wxrestore.validation.ValidationReport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * Item 2: {@link RestoreRequestValidation#check} on a warm validator (bootstrapped in setup), for the three
 * shapes a caller sends most: 100 valid IDs, restore-all, and 100 IDs of which one is malformed.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Benchmark)
public class ValidationBenchmark {

    RestoreRecordingsRequest hundredIds;
    RestoreRecordingsRequest restoreAll;
    RestoreRecordingsRequest oneMalformed;

    @Setup(Level.Trial)
    public void setUp() {
        hundredIds = Requests.hundredIds();
        restoreAll = Requests.restoreAll();
        oneMalformed = Requests.hundredIdsOneMalformed();
        RestoreRequestValidation.check(hundredIds, null); // the one-time bootstrap is measured on its own
    }

    @Benchmark
    public ValidationReport validHundredIds() {
        return RestoreRequestValidation.check(hundredIds, null);
    }

    @Benchmark
    public ValidationReport restoreAll() {
        return RestoreRequestValidation.check(restoreAll, null);
    }

    @Benchmark
    public ValidationReport oneViolation() {
        return RestoreRequestValidation.check(oneMalformed, null);
    }
}
