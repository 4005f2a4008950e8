package io.github.wxrestore.benchmarks;

import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

/**
 * A JMH profiler that reports, per operation, the CPU time the benchmark's JVM used ({@value #CPU_TIME}, every
 * thread counted: for a call on loopback the caller, the HttpClient's threads and the server) and, on Linux,
 * how often its threads gave up the processor to wait for one another ({@value #THREAD_SWITCHES}, voluntary
 * context switches from {@code /proc}). Neither grows while a thread waits for a core that another process
 * holds, so they compare variants fairly on a shared machine. Use with
 * {@code -prof io.github.wxrestore.benchmarks.CpuTimeProfiler}. Not thread-safe (JMH calls it from one thread).
 */
@SuppressWarnings("rawtypes") // JMH's InternalProfiler declares afterIteration with the raw Result type
public final class CpuTimeProfiler implements InternalProfiler {

    /** CPU time per operation, ns/op. */
    public static final String CPU_TIME = "cpu.time.norm";
    /** Voluntary context switches per operation, all threads. */
    public static final String THREAD_SWITCHES = "thread.switches.norm";

    private static final Path TASKS = Path.of("/proc/self/task");

    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private long cpuBefore;
    private long switchesBefore;

    @Override
    public String getDescription() {
        return "CPU time and voluntary thread switches of the whole JVM per operation";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        switchesBefore = voluntarySwitches();
        cpuBefore = os.getProcessCpuTime();
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams,
                                                       IterationParams iterationParams, IterationResult result) {
        long cpu = os.getProcessCpuTime() - cpuBefore;
        long switches = voluntarySwitches();
        long ops = result.getMetadata().getAllOps();
        List<Result> results = new ArrayList<>();
        results.add(new ScalarResult(CPU_TIME, ops == 0 ? Double.NaN : (double) cpu / ops, "ns/op",
                AggregationPolicy.AVG));
        if (switchesBefore >= 0 && switches >= 0) {
            results.add(new ScalarResult(THREAD_SWITCHES, ops == 0 ? Double.NaN
                    : (double) (switches - switchesBefore) / ops, "#/op", AggregationPolicy.AVG));
        }
        return results;
    }

    // the sum over the JVM's live threads; -1 where /proc is not there (a thread that ended takes its count along)
    private static long voluntarySwitches() {
        if (!Files.isDirectory(TASKS)) {
            return -1;
        }
        long sum = 0;
        try (Stream<Path> tasks = Files.list(TASKS)) {
            for (Path task : tasks.toList()) {
                sum += switchesOf(task);
            }
        } catch (IOException e) {
            return -1;
        }
        return sum;
    }

    private static long switchesOf(Path task) {
        try (Stream<String> lines = Files.lines(task.resolve("status"))) {
            return lines.filter(line -> line.startsWith("voluntary_ctxt_switches:"))
                    .mapToLong(line -> Long.parseLong(line.substring(line.indexOf(':') + 1).trim()))
                    .sum();
        } catch (IOException | RuntimeException e) {
            return 0; // the thread ended while we read
        }
    }
}
