package io.github.wxrestore.benchmarks.report;

/**
 * One step of a benchmark run that measures something and writes its results as a file in
 * {@link RunSettings#results()}; a {@link Section} later reads that file through {@link Results}. Keeping
 * measuring and rendering apart lets {@code --report-only} rewrite the document from stored results.
 *
 * <p>To add a measurement that is not a JMH benchmark (a bulk run against the sandbox, a process launched
 * several times), implement this, list it in {@link BenchmarkRun#measurements()}, and add a section.
 */
public interface Measurement {

    /** A few words for the console, e.g. "JMH benchmarks". */
    String name();

    void run(RunSettings settings) throws Exception;
}
