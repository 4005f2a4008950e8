package io.github.wxrestore.benchmarks.report;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * What one benchmark run works with, from {@link BenchmarkRun}'s arguments ({@code --name=value}): where the
 * project, the results and the document are, the jars to measure, and the JMH options to pass through.
 */
public record RunSettings(Path project, Path results, Path doc, Path clientJar, Path cliJar, List<String> jmhArgs,
                          boolean reportOnly) {

    public RunSettings {
        jmhArgs = List.copyOf(jmhArgs);
    }

    /** The runtime closure Maven listed before the run (the {@code benchmarks} profile's dependency:list). */
    public Path runtimeDependencies() {
        return results.resolve("runtime-dependencies.txt");
    }

    static RunSettings parse(String... args) {
        Path project = Path.of(".");
        Path results = null;
        Path doc = null;
        Path clientJar = null;
        Path cliJar = null;
        List<String> jmhArgs = List.of();
        boolean reportOnly = false;
        for (String arg : args) {
            String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : "";
            switch (arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg) {
                case "--project" -> project = Path.of(value);
                case "--results" -> results = Path.of(value);
                case "--doc" -> doc = Path.of(value);
                case "--client-jar" -> clientJar = Path.of(value);
                case "--cli-jar" -> cliJar = Path.of(value);
                case "--jmh-args" -> jmhArgs = value.isBlank() ? List.of() : Arrays.asList(value.trim().split("\\s+"));
                case "--report-only" -> reportOnly = value.isEmpty() || Boolean.parseBoolean(value);
                default -> throw new IllegalArgumentException("unknown argument " + arg + "; expected --project=, "
                        + "--results=, --doc=, --client-jar=, --cli-jar=, --jmh-args=, --report-only[=true|false]");
            }
        }
        Path target = project.resolve("target");
        return new RunSettings(project,
                results != null ? results : target.resolve("benchmarks"),
                doc != null ? doc : project.resolve("docs/BENCHMARKS.md"),
                clientJar != null ? clientJar : target.resolve("webex-recordings-restore.jar"),
                cliJar != null ? cliJar : target.resolve("webex-recordings-restore-cli.jar"),
                jmhArgs, reportOnly);
    }
}
