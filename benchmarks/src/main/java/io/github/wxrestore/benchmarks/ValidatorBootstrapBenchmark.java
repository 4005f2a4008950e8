package io.github.wxrestore.benchmarks;

import io.github.wxrestore.generated.model.RestoreRecordingsRequest;
import io.github.wxrestore.validation.RestoreRequestValidation;
import io.github.wxrestore.validation.ValidationReport;
import io.github.wxrestore.validation.internal.SharedValidator;
import jakarta.validation.Validator;
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
 * Item 2, one-time cost: the first use of the shared validator in a fresh JVM, once per fork (no warm-up,
 * one single-shot measurement), so every sample is a cold start. {@link #sharedValidator} is the bootstrap
 * alone (Hibernate Validator's factory); {@link #firstCheck} is what a first restore call pays: the bootstrap
 * plus reading the constraints of the request types and validating once.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 8, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@State(Scope.Benchmark)
public class ValidatorBootstrapBenchmark {

    RestoreRecordingsRequest hundredIds;

    @Setup(Level.Trial)
    public void setUp() {
        hundredIds = Requests.hundredIds();
    }

    @Benchmark
    public Validator sharedValidator() {
        return SharedValidator.get();
    }

    @Benchmark
    public ValidationReport firstCheck() {
        return RestoreRequestValidation.check(hundredIds, null);
    }
}
