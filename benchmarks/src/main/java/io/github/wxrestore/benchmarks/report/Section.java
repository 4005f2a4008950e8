package io.github.wxrestore.benchmarks.report;

/**
 * One part of {@code docs/BENCHMARKS.md}, rendered from a run's {@link Results} alone (never from numbers
 * written by hand). It says so when its results are not in the run. To report a new measurement, add a
 * section and list it in {@link BenchmarksDocument#SECTIONS}.
 */
public interface Section {

    void render(Results results, Markdown doc);
}
