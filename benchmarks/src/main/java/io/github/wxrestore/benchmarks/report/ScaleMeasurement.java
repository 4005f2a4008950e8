package io.github.wxrestore.benchmarks.report;

import io.github.wxrestore.sandbox.RecordedRequest;
import io.github.wxrestore.sandbox.SandboxAccounts;
import io.github.wxrestore.sandbox.WebexSandbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Item 6: the CLI at scale, as whole processes. (a) {@code restore --dry-run --ids-file} of
 * {@value #DRY_RUN_IDS} distinct IDs against {@link ReadAndDedupeFloor} on the same file, {@value #RUNS} launches
 * of each, alternating, after one of each that warms the file cache, and the same dry run with
 * {@link #LARGE_EXPORT_OPTIONS}. (b) {@value #RESTORE_IDS} IDs restored
 * against a sandbox in this process (so its memory is not the CLI's) with {@code --journal}, {@value #RUNS}
 * times, each checked: every ID restored by exactly one request, or the run fails. Wall time from launch to
 * exit; peak resident memory from GNU time's {@code %M} ({@code /usr/bin/time}; -1 when it is not there).
 * Stores every launch in {@value #FILE}.
 */
final class ScaleMeasurement implements Measurement {

    static final String FILE = "cli-scale.json";
    static final int DRY_RUN_IDS = 1_000_000;
    static final int RESTORE_IDS = 100_000;
    static final int RUNS = 3;
    static final Path GNU_TIME = Path.of("/usr/bin/time");
    /**
     * The JVM options the README gives for very large exports: the serial collector with a small young
     * generation and the quick JIT tier, so that the heap holds little more than the IDs.
     */
    static final List<String> LARGE_EXPORT_OPTIONS = List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
            "-Xmn48m");

    /** One launch: its wall time and its peak resident set size in KiB (-1 when not measured). */
    record Launch(double millis, long peakRssKiB) {
    }

    /** What the file holds. */
    record Result(int dryRunIds, int restoreIds, List<String> largeExportOptions, List<Launch> dryRun,
                  List<Launch> tunedDryRun, List<Launch> floor, List<Launch> restore) {
    }

    @Override
    public String name() {
        return "CLI at scale";
    }

    @Override
    public void run(RunSettings settings) throws IOException, InterruptedException {
        Files.createDirectories(settings.results());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String jar = settings.cliJar().toString();
        Path million = settings.results().resolve("scale-ids.txt");
        Files.write(million, randomIds(DRY_RUN_IDS));
        List<String> dryRun = List.of(java, "-jar", jar, "restore", "--dry-run", "--ids-file", million.toString());
        List<String> tuned = new ArrayList<>(List.of(java));
        tuned.addAll(LARGE_EXPORT_OPTIONS);
        tuned.addAll(dryRun.subList(1, dryRun.size()));
        List<String> floor = List.of(java, "-cp", ColdStartMeasurement.benchmarkClasses(), ReadAndDedupeFloor.class.getName(),
                million.toString());
        launch(settings, floor, Map.of());
        launch(settings, dryRun, Map.of());
        List<Launch> dryRuns = new ArrayList<>();
        List<Launch> tunedRuns = new ArrayList<>();
        List<Launch> floors = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            floors.add(launch(settings, floor, Map.of()));
            dryRuns.add(launch(settings, dryRun, Map.of()));
            tunedRuns.add(launch(settings, tuned, Map.of()));
        }
        List<Launch> restores = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            restores.add(restoreWithAJournal(settings, java, jar, i));
        }
        JsonFiles.write(settings.results().resolve(FILE), new Result(DRY_RUN_IDS, RESTORE_IDS, LARGE_EXPORT_OPTIONS,
                dryRuns, tunedRuns, floors, restores));
        System.out.println("CLI at scale: dry run " + dryRuns + "; floor " + floors + "; restore " + restores);
    }

    private static Launch restoreWithAJournal(RunSettings settings, String java, String jar, int run)
            throws IOException, InterruptedException {
        try (WebexSandbox sandbox = WebexSandbox.builder().recordingsPerHost(RESTORE_IDS)
                .maxRecordedRequests(2 * RESTORE_IDS / 100).start()) {
            List<String> ids = sandbox.seededIds(SandboxAccounts.ANN, RESTORE_IDS);
            Path file = Files.write(settings.results().resolve("scale-restore-ids.txt"), ids);
            Path journal = settings.results().resolve("scale-restore-" + run + ".journal");
            Files.deleteIfExists(journal);
            Launch launch = launch(settings, List.of(java, "-jar", jar, "restore", "--base-url", sandbox.baseUrl(),
                    "--ids-file", file.toString(), "--journal", journal.toString()),
                    Map.of("WEBEX_ACCESS_TOKEN", SandboxAccounts.ANN_TOKEN));
            Map<String, Integer> restoredBy = new HashMap<>();
            for (RecordedRequest request : sandbox.requests()) {
                if (request.response().status() == 204) {
                    JsonFiles.MAPPER.readTree(request.body()).path("recordingIds")
                            .forEach(id -> restoredBy.merge(id.asText(), 1, Integer::sum));
                }
            }
            if (restoredBy.size() != RESTORE_IDS || restoredBy.values().stream().anyMatch(n -> n != 1)
                    || !sandbox.restoredIds().containsAll(ids)) {
                throw new IllegalStateException("the restore of " + RESTORE_IDS + " IDs lost or repeated some: "
                        + restoredBy.size() + " restored");
            }
            return launch;
        }
    }

    // one process to its end, under GNU time when there is one; fails on a non-zero exit or a hang
    private static Launch launch(RunSettings settings, List<String> command, Map<String, String> env)
            throws IOException, InterruptedException {
        Path rss = settings.results().resolve("scale-rss.txt");
        Files.deleteIfExists(rss);
        List<String> full = new ArrayList<>();
        if (Files.isExecutable(GNU_TIME)) {
            full.addAll(List.of(GNU_TIME.toString(), "-f", "%M", "-o", rss.toString()));
        }
        full.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(full).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().putAll(env);
        long start = System.nanoTime();
        Process process = builder.start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("still running after 5 min: " + command);
        }
        double millis = (System.nanoTime() - start) / 1e6;
        if (process.exitValue() != 0) {
            throw new IllegalStateException("exit " + process.exitValue() + " from " + command);
        }
        long kib = Files.exists(rss) ? Long.parseLong(Files.readString(rss, StandardCharsets.US_ASCII).strip()) : -1;
        return new Launch(millis, kib);
    }

    // distinct 32-hex-digit IDs, as an export holds them; the same file every run
    static List<String> randomIds(int count) {
        Random random = new Random(14);
        List<String> ids = new ArrayList<>(count);
        java.util.Set<String> seen = new java.util.HashSet<>();
        while (ids.size() < count) {
            String id = String.format("%016x%016x", random.nextLong(), random.nextLong());
            if (seen.add(id)) {
                ids.add(id);
            }
        }
        return ids;
    }
}
