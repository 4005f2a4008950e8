package io.github.wxrestore.benchmarks.report;

import io.github.wxrestore.benchmarks.CpuTimeProfiler;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs the JMH benchmarks of this module (all of them, or those the JMH arguments select) with the settings
 * written on each benchmark class, which the JMH arguments override (e.g. {@code -f 1 -wi 1 -i 2 -w 1s -r 1s}
 * for a quick look), with JMH's gc profiler and this module's {@link CpuTimeProfiler} always on, and stores
 * JMH's JSON result as {@value #FILE}. Fails when a benchmark fails.
 */
final class JmhBenchmarks implements Measurement {

    /** JMH's own JSON result file, in the results directory. */
    static final String FILE = "jmh-result.json";

    @Override
    public String name() {
        return "JMH benchmarks";
    }

    @Override
    public void run(RunSettings settings) throws CommandLineOptionException, RunnerException, IOException {
        CommandLineOptions given = new CommandLineOptions(settings.jmhArgs().toArray(String[]::new));
        Path result = settings.results().resolve(FILE);
        Files.createDirectories(settings.results());
        Files.deleteIfExists(result); // a failed run must not leave an older result behind to be reported
        Options options = new OptionsBuilder()
                .parent(given)
                .resultFormat(ResultFormatType.JSON)
                .result(result.toString())
                .shouldFailOnError(true)
                .addProfiler(GCProfiler.class) // bytes allocated per operation
                .addProfiler(CpuTimeProfiler.class) // CPU time per operation, steadier than wall time on a busy machine
                .build();
        new Runner(options).run();
    }

    /** True when the JMH arguments only ask for help or a listing (which this prints), not for a run. */
    static boolean onlyAsks(RunSettings settings) throws CommandLineOptionException, IOException {
        CommandLineOptions given = new CommandLineOptions(settings.jmhArgs().toArray(String[]::new));
        Runner runner = new Runner(given);
        if (given.shouldHelp()) {
            given.showHelp();
        } else if (given.shouldList()) {
            runner.list();
        } else if (given.shouldListWithParams()) {
            runner.listWithParams(given);
        } else if (given.shouldListProfilers()) {
            given.listProfilers();
        } else if (given.shouldListResultFormats()) {
            given.listResultFormats();
        } else {
            return false;
        }
        return true;
    }
}
