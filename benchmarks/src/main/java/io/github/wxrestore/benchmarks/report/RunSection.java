package io.github.wxrestore.benchmarks.report;

/** The title, where the numbers come from, how to run it again, and what is not measured yet. */
final class RunSection implements Section {

    @Override
    public void render(Results results, Markdown doc) {
        doc.heading(1, "Benchmarks");
        doc.paragraph("""
                Generated from one run of the command below: every number on this page comes from that run's \
                result files (JMH's JSON output among them), and the file is rewritten by the next run. Do not \
                edit it by hand.""");
        results.run().ifPresent(run -> doc.paragraph("This run started at " + run.startedAt() + " (UTC) and took "
                + run.durationText() + ", with "
                + (run.jmhArgs().isEmpty() ? "the JMH settings written on each benchmark class."
                : "these JMH options: `" + String.join(" ", run.jmhArgs()) + "` (they override the settings "
                + "written on the benchmark classes).")));
        doc.heading(2, "How to run");
        doc.code("""
                mvn -B -P benchmarks verify
                """);
        doc.paragraph("""
                or `benchmarks/run.sh [JMH options]`, the same with JMH options passed through (for a quick look, \
                `benchmarks/run.sh -f 1 -wi 1 -i 2 -w 1s -r 1s`; to profile, `benchmarks/run.sh PerCall -prof \
                jfr`). It needs only a JDK 17+ and Maven 3.8+, with everything else from Maven Central. It builds \
                the jars, skips the tests (`mvn -B verify` runs them, and a smoke test there runs every benchmark \
                method once), runs the JMH benchmarks in `benchmarks/src/main/java` with the settings shown in \
                each table's "measured" column, measures the footprint, and rewrites this file.""");
        doc.paragraph("""
                Reading the tables: *mean* is JMH's score with its 99.9% confidence interval (± half-width), \
                *median* the median of the measured iterations. *CPU time* is the CPU the benchmark's JVM used \
                per operation, every thread counted (the caller, the HttpClient's threads, the loopback server, \
                GC and JIT), from a JMH profiler in this module; a busy machine inflates wall time more than CPU \
                time, so it is the steadier figure for comparing variants. *allocated* is the memory allocated per \
                operation by all threads (JMH's gc profiler). Ratios are computed from the same run.""");
        if (!BenchmarksDocument.NOT_MEASURED_YET.isEmpty()) {
            doc.paragraph("Not measured yet (the code they measure is still being written):");
            doc.bullets(BenchmarksDocument.NOT_MEASURED_YET);
        }
    }
}
