package io.github.wxrestore.benchmarks.report;

import io.github.wxrestore.benchmarks.Requests;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Item 4: the CLI jar's {@code restore --dry-run} of 100 IDs from a file, and the JVM floor
 * ({@link ColdStartFloor}, a main that does nothing, on a class path of the same jar followed by the benchmarks'
 * classes), each launched {@value #RUNS} times, alternating, after {@value #WARMUP_RUNS} launches of each that
 * warm the file cache; every wall time is stored in {@value #FILE}. A launch that fails,
 * or a dry run that does not plan the 100 IDs, fails the run.
 */
final class ColdStartMeasurement implements Measurement {

    static final String FILE = "cli-cold-start.json";
    static final String FLOOR_CLASS = ColdStartFloor.class.getName();
    static final int RUNS = 10;
    static final int WARMUP_RUNS = 2;

    /** What the file holds: the two commands (jar and file paths as given) and their wall times. */
    record Result(String java, List<String> dryRun, List<String> floor, int ids, List<Double> dryRunMillis,
                  List<Double> floorMillis) {
    }

    @Override
    public String name() {
        return "CLI cold start";
    }

    @Override
    public void run(RunSettings settings) throws IOException, InterruptedException {
        if (!Files.isRegularFile(settings.cliJar())) {
            throw new IllegalStateException("no CLI jar at " + settings.cliJar() + ": run through Maven (mvn -B -P "
                    + "benchmarks verify), which packages it before the benchmarks");
        }
        Path idsFile = settings.results().resolve("cold-start-ids.txt");
        Files.createDirectories(settings.results());
        List<String> ids = Requests.hundredIdList();
        Files.write(idsFile, ids);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String jar = settings.cliJar().toString();
        List<String> dryRun = List.of(java, "-jar", jar, "restore", "--dry-run", "--json", "--ids-file",
                idsFile.toString());
        List<String> floor = floorCommand(java, jar);
        for (int i = 0; i < WARMUP_RUNS; i++) {
            launch(floor);
            checkPlan(launch(dryRun), ids.size());
        }
        List<Double> dryRunMillis = new ArrayList<>();
        List<Double> floorMillis = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            floorMillis.add(timed(floor));
            dryRunMillis.add(timed(dryRun));
        }
        JsonFiles.write(settings.results().resolve(FILE), new Result(java, dryRun, floor, ids.size(), dryRunMillis,
                floorMillis));
        System.out.println("CLI cold start: dry run " + dryRunMillis + " ms; floor " + floorMillis + " ms");
    }

    /**
     * The floor's command line: the CLI jar first on the class path (the JVM opens it, as for the dry run), then
     * where this class path holds {@link ColdStartFloor}.
     */
    static List<String> floorCommand(String java, String cliJar) {
        return List.of(java, "-cp", cliJar + File.pathSeparator + benchmarkClasses(), FLOOR_CLASS);
    }

    /** Where this JVM loaded the benchmarks' own classes from: the class path of a floor launched by class name. */
    static String benchmarkClasses() {
        try {
            return Path.of(ColdStartFloor.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot tell where the benchmark classes were loaded from", e);
        }
    }

    private static double timed(List<String> command) throws IOException, InterruptedException {
        long start = System.nanoTime();
        launch(command);
        return (System.nanoTime() - start) / 1e6;
    }

    /** Runs the command to its end and returns its standard output; fails on a non-zero exit or a hang. */
    static String launch(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("still running after 60 s: " + command);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("exit " + process.exitValue() + " from " + command);
        }
        return new String(out, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Fails unless {@code json}, a dry run's plan, names {@code ids} unique IDs. */
    static void checkPlan(String json, int ids) throws IOException {
        var plan = JsonFiles.MAPPER.readTree(json);
        if (plan.path("unique").asInt(-1) != ids) {
            throw new IllegalStateException("the dry run did not plan " + ids + " IDs: " + json);
        }
    }
}
