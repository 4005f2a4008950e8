package io.github.wxrestore.benchmarks;

import io.github.wxrestore.client.internal.RestoreExchange;
import io.github.wxrestore.client.internal.TrackingIds;
import io.github.wxrestore.generated.model.RestoreRecordingsRequest;
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

import java.net.http.HttpClient;
import java.util.concurrent.TimeUnit;

/**
 * The facade's own work before a request leaves, step by step, to explain item 1's difference: the defensive
 * copy of a 100-ID body through JSON and the TrackingID (validation is {@link ValidationBenchmark}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Benchmark)
public class FacadeStepsBenchmark {

    RestoreExchange exchange;
    TrackingIds trackingIds;
    RestoreRecordingsRequest hundredIds;

    @Setup(Level.Trial)
    public void setUp() {
        // the transport is never used by copyOf
        exchange = new RestoreExchange(HttpClient.newHttpClient(), "http://127.0.0.1/v1", "benchmark");
        trackingIds = new TrackingIds(TrackingIds.DEFAULT_PREFIX);
        hundredIds = Requests.hundredIds();
    }

    @Benchmark
    public RestoreRecordingsRequest defensiveCopy() {
        return exchange.copyOf(hundredIds);
    }

    @Benchmark
    public String trackingId() {
        return trackingIds.next();
    }
}
