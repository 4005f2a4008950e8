package io.github.wxrestore.benchmarks;

import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.List;

/**
 * A JMH profiler that reports the CPU time the benchmark's JVM used per operation ({@value #LABEL}, ns/op):
 * every thread of the fork counted, so for a call on loopback the client thread, the HttpClient's selector
 * thread and the server thread all count. Unlike wall time it does not grow while a thread waits for a core
 * that another process holds, so it compares variants fairly on a shared machine. Use with
 * {@code -prof io.github.wxrestore.benchmarks.CpuTimeProfiler}.
 */
@SuppressWarnings("rawtypes") // JMH's InternalProfiler declares afterIteration with the raw Result type
public final class CpuTimeProfiler implements InternalProfiler {

    /** The secondary metric's name in JMH's results. */
    public static final String LABEL = "cpu.time.norm";

    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private long cpuBefore;

    @Override
    public String getDescription() {
        return "CPU time of the whole JVM per operation";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        cpuBefore = os.getProcessCpuTime();
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams,
                                                       IterationParams iterationParams, IterationResult result) {
        long cpu = os.getProcessCpuTime() - cpuBefore;
        long ops = result.getMetadata().getAllOps();
        return List.of(new ScalarResult(LABEL, ops == 0 ? Double.NaN : (double) cpu / ops, "ns/op",
                AggregationPolicy.AVG));
    }
}
