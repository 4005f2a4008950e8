package io.github.wxrestore.benchmarks.report;

import io.github.wxrestore.benchmarks.Requests;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Item 4, through the installed tool: the distribution {@code mvn package} builds, unpacked with {@code tar}, its
 * launcher {@code bin/webex-restore} run with {@code JAVA_HOME} set to this JVM and its start-up archive in a
 * cache directory under the results. Each row is launched {@value #RUNS} times, the rows alternating, after
 * {@value #WARMUP_RUNS} launches of each (the first of which makes the archive); the first run, which makes it, is
 * timed on its own {@value #FIRST_RUNS} times, each with an empty cache. Every wall time is stored in
 * {@value #FILE}. A launch that fails, or a dry run that does not plan the 100 IDs, fails the run.
 */
final class LauncherStartMeasurement implements Measurement {

    static final String FILE = "cli-launcher-start.json";
    static final int RUNS = 10;
    static final int WARMUP_RUNS = 2;
    static final int FIRST_RUNS = 3;

    static final String FLOOR = "floor";
    static final String DRY_RUN = "dry run";
    static final String HELP = "help";
    static final String VERSION = "version";
    static final String DRY_RUN_NO_ARCHIVE = "dry run, no archive";
    static final String PICOCLI = "picocli floor";
    static final String FIRST_RUN = "first run";

    /** What the file holds: the wall times of each row, and the sizes of what an admin installs. */
    record Result(String java, int ids, Map<String, List<Double>> millis, long archiveBytes, long jarBytes,
                  long startupArchiveBytes) {
    }

    private record Launch(List<String> command, Map<String, String> env) {
    }

    @Override
    public String name() {
        return "CLI cold start through the launcher";
    }

    @Override
    public void run(RunSettings settings) throws IOException, InterruptedException {
        Path archive = distributionArchive(settings.cliJar().getParent());
        Path results = Files.createDirectories(settings.results());
        Path unpacked = results.resolve("distribution");
        deleteTree(unpacked);
        Files.createDirectories(unpacked);
        run(new Launch(List.of("tar", "-xzf", archive.toString(), "-C", unpacked.toString()), Map.of()));
        Path home = onlyChild(unpacked);
        String launcher = home.resolve("bin/webex-restore").toString();
        Path jar = home.resolve("lib/webex-recordings-restore-cli.jar");
        Path cache = results.resolve("launcher-cache");
        deleteTree(cache);

        Path idsFile = results.resolve("cold-start-ids.txt");
        List<String> ids = Requests.hundredIdList();
        Files.write(idsFile, ids);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Map<String, String> env = Map.of("JAVA_HOME", System.getProperty("java.home"), "WEBEX_RESTORE_CACHE_DIR",
                cache.toString());
        Map<String, String> noArchive = new LinkedHashMap<>(env);
        noArchive.put("WEBEX_RESTORE_CDS", "off");
        List<String> dryRun = List.of(launcher, "restore", "--dry-run", "--json", "--ids-file", idsFile.toString());
        Map<String, Launch> rows = new LinkedHashMap<>();
        rows.put(FLOOR, new Launch(ColdStartMeasurement.floorCommand(java, jar.toString()), Map.of()));
        rows.put(DRY_RUN, new Launch(dryRun, env));
        rows.put(HELP, new Launch(List.of(launcher, "--help"), env));
        rows.put(VERSION, new Launch(List.of(launcher, "--version"), env));
        rows.put(DRY_RUN_NO_ARCHIVE, new Launch(dryRun, noArchive));
        rows.put(PICOCLI, new Launch(List.of(java, "-cp", jar + File.pathSeparator
                + ColdStartMeasurement.benchmarkClasses(), PicocliFloor.class.getName(), "--version"), Map.of()));

        for (int i = 0; i < WARMUP_RUNS; i++) {
            for (Map.Entry<String, Launch> row : rows.entrySet()) {
                String out = run(row.getValue());
                if (row.getKey().equals(DRY_RUN)) {
                    ColdStartMeasurement.checkPlan(out, ids.size());
                }
            }
        }
        Map<String, List<Double>> millis = new LinkedHashMap<>();
        rows.keySet().forEach(name -> millis.put(name, new ArrayList<>()));
        for (int i = 0; i < RUNS; i++) {
            for (Map.Entry<String, Launch> row : rows.entrySet()) {
                millis.get(row.getKey()).add(timed(row.getValue()));
            }
        }
        long startupArchive = archiveBytes(cache);
        List<Double> first = new ArrayList<>();
        for (int i = 0; i < FIRST_RUNS; i++) {
            Path fresh = results.resolve("launcher-cache-first-" + i);
            deleteTree(fresh);
            Map<String, String> freshEnv = new LinkedHashMap<>(env);
            freshEnv.put("WEBEX_RESTORE_CACHE_DIR", fresh.toString());
            first.add(timed(new Launch(List.of(launcher, "--version"), freshEnv)));
            if (archiveBytes(fresh) == 0) {
                throw new IllegalStateException("the first run made no start-up archive in " + fresh);
            }
        }
        millis.put(FIRST_RUN, first);
        JsonFiles.write(results.resolve(FILE), new Result(java, ids.size(), millis, Files.size(archive),
                Files.size(jar), startupArchive));
        System.out.println("CLI through the launcher: " + millis + " ms");
    }

    private static Path distributionArchive(Path cliTarget) throws IOException {
        try (Stream<Path> files = Files.list(cliTarget)) {
            return files.filter(p -> p.getFileName().toString().matches("webex-restore-.*\\.tar\\.gz"))
                    .findFirst().orElseThrow(() -> new IllegalStateException("no webex-restore-*.tar.gz in "
                            + cliTarget + ": run through Maven (mvn -B -P benchmarks verify), which packages it"));
        }
    }

    private static Path onlyChild(Path dir) throws IOException {
        try (Stream<Path> children = Files.list(dir)) {
            return children.findFirst().orElseThrow(() -> new IllegalStateException("nothing unpacked in " + dir));
        }
    }

    private static long archiveBytes(Path cache) throws IOException {
        if (!Files.isDirectory(cache)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(cache)) {
            return files.filter(p -> p.toString().endsWith(".jsa")).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static double timed(Launch launch) throws IOException, InterruptedException {
        long start = System.nanoTime();
        run(launch);
        return (System.nanoTime() - start) / 1e6;
    }

    private static String run(Launch launch) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(launch.command()).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().remove("JAVA_OPTS");
        builder.environment().remove("WEBEX_RESTORE_OPTS");
        builder.environment().putAll(launch.env());
        Process process = builder.start();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("still running after 120 s: " + launch.command());
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("exit " + process.exitValue() + " from " + launch.command());
        }
        return new String(out, StandardCharsets.UTF_8);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
