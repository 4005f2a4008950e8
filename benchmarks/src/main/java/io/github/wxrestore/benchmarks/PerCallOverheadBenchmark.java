package io.github.wxrestore.benchmarks;

import io.github.wxrestore.client.RestoreResult;
import io.github.wxrestore.generated.invoker.ApiException;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

/**
 * Item 1: one restore call of 100 IDs against a loopback server that answers 204 at once, made (a) by hand,
 * (b) with the generated client alone, (c) with the facade. Same body, same HttpClient settings, same server,
 * one calling thread; the difference is the code above java.net.http.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 3, jvmArgsAppend = {"-Xms1g", "-Xmx1g"}) // three: a loopback round trip swings with other load
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 5, time = 2)
@State(Scope.Benchmark)
public class PerCallOverheadBenchmark {

    NoContentServer server;
    HandWrittenCall handWritten;
    GeneratedClientCall generated;
    FacadeCall facade;
    RestoreRecordingsRequest body;

    @Setup(Level.Trial)
    public void start() {
        server = NoContentServer.start();
        handWritten = new HandWrittenCall(server.baseUrl(), Requests.TOKEN);
        generated = new GeneratedClientCall(server.baseUrl(), Requests.TOKEN);
        facade = new FacadeCall(server.baseUrl(), Requests.TOKEN);
        body = Requests.hundredIds();
    }

    @TearDown(Level.Trial)
    public void stop() {
        facade.close();
        server.close();
    }

    /** (a) the floor. */
    @Benchmark
    public int handWritten() throws IOException, InterruptedException {
        return handWritten.restore(body);
    }

    /** (b) the generated client alone. */
    @Benchmark
    public int generatedClient() throws ApiException {
        return generated.restore(body);
    }

    /** (c) the facade. */
    @Benchmark
    public RestoreResult facade() {
        return facade.restore(body);
    }
}
