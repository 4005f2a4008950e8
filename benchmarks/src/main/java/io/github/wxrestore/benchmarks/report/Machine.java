package io.github.wxrestore.benchmarks.report;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The machine a run measured on, read when the run starts: processors, CPU, memory, JDK, OS, and the load
 * average (other work competing for the cores skews every number). {@code -1} or "unknown" where the
 * platform does not tell. Immutable.
 */
public record Machine(String startedAt, int cores, String cpu, long memoryBytes, String jdk, String vm,
                      String os, double load1, double load5, double load15) {

    /** The file a run stores it in, in the results directory. */
    public static final String FILE = "machine.json";

    public static Machine current() {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        double[] load = loadAverage().orElse(new double[] {os.getSystemLoadAverage(), -1, -1});
        long memory = os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getTotalMemorySize() : -1;
        return new Machine(Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
                Runtime.getRuntime().availableProcessors(), cpuModel().orElse("unknown"), memory,
                System.getProperty("java.vendor") + " " + System.getProperty("java.runtime.version"),
                System.getProperty("java.vm.name"),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " ("
                        + System.getProperty("os.arch") + ")",
                load[0], load[1], load[2]);
    }

    // Linux: 1, 5 and 15 minute averages; elsewhere the JDK offers the 1 minute one only
    private static Optional<double[]> loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return Optional.of(new double[] {Double.parseDouble(fields[0]), Double.parseDouble(fields[1]),
                    Double.parseDouble(fields[2])});
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> cpuModel() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            return lines.filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim())
                    .findFirst();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The load averages that are known, as "1.20 / 0.80 / 0.50" (1, 5, 15 minutes). */
    public String loadText() {
        return Stream.of(load1, load5, load15).filter(l -> l >= 0).map(l -> String.format("%.2f", l))
                .reduce((x, y) -> x + " / " + y).orElse("unknown");
    }
}
