package io.github.wxrestore.benchmarks.report;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Item 4, through the launcher: the installed {@code webex-restore} against the JVM floor in the same run, with
 * the goals (a 100-ID dry run at most 4 x the floor, {@code --help} and {@code --version} at most 2.5 x),
 * each said met or missed from the medians, and what an admin installs.
 */
final class LauncherStartSection implements Section {

    static final double DRY_RUN_GOAL = 4.0;
    static final double HELP_GOAL = 2.5;

    private record Row(String key, String label) {
    }

    private static final List<Row> ROWS = List.of(
            new Row(LauncherStartMeasurement.DRY_RUN, "`webex-restore restore --dry-run --json` of 100 IDs"),
            new Row(LauncherStartMeasurement.HELP, "`webex-restore --help`"),
            new Row(LauncherStartMeasurement.VERSION, "`webex-restore --version`"),
            new Row(LauncherStartMeasurement.DRY_RUN_NO_ARCHIVE, "the dry run with `WEBEX_RESTORE_CDS=off`"),
            new Row(LauncherStartMeasurement.FIRST_RUN, "first run: `--version`, empty cache (makes the archive)"),
            new Row(LauncherStartMeasurement.PICOCLI, "picocli floor: a command with only `--help`/`--version`"),
            new Row(LauncherStartMeasurement.FLOOR, "JVM floor (a main that does nothing)"));

    @Override
    public void render(Results results, Markdown doc) {
        doc.heading(3, "Through the launcher");
        if (results.file(LauncherStartMeasurement.FILE).isEmpty()) {
            doc.paragraph("Not measured in this run.");
            return;
        }
        JsonNode file = results.file(LauncherStartMeasurement.FILE).get();
        JsonNode millis = file.path("millis");
        double floor = Samples.median(Samples.of(millis.path(LauncherStartMeasurement.FLOOR)));
        doc.paragraph(String.format(Locale.ROOT, """
                The distribution as an admin installs it: `webex-restore-<version>.tar.gz` unpacked with `tar`, \
                `bin/webex-restore` run with `JAVA_HOME` set to the JVM of this run, its start-up archive in a \
                cache directory of its own. %d launches of each row, the rows alternating, after %d of each (the \
                first makes the archive); the first run is timed on its own, %d times, each with an empty cache. \
                The picocli floor is `java -cp <CLI jar>:<benchmark classes> %s --version`: picocli alone, with \
                one command and no options of its own, on the same JVM.""",
                LauncherStartMeasurement.RUNS, LauncherStartMeasurement.WARMUP_RUNS,
                LauncherStartMeasurement.FIRST_RUNS, PicocliFloor.class.getName()));
        List<List<String>> rows = new ArrayList<>();
        for (Row row : ROWS) {
            List<Double> values = Samples.of(millis.path(row.key()));
            if (values.isEmpty()) {
                continue;
            }
            double median = Samples.median(values);
            rows.add(List.of(row.label(), String.valueOf(values.size()), Markdown.number(median),
                    Markdown.number(Samples.min(values)) + " – " + Markdown.number(Samples.max(values)),
                    Markdown.ratio(median / floor)));
        }
        doc.table("lrrrr", List.of("process", "launches", "median ms", "min – max ms", "/ floor"), rows);
        double dryRun = ratio(millis, LauncherStartMeasurement.DRY_RUN, floor);
        double help = ratio(millis, LauncherStartMeasurement.HELP, floor);
        double version = ratio(millis, LauncherStartMeasurement.VERSION, floor);
        double picocli = ratio(millis, LauncherStartMeasurement.PICOCLI, floor);
        doc.bullets(List.of(
                goal("the dry run", dryRun, DRY_RUN_GOAL),
                goal("`--help`", help, HELP_GOAL),
                goal("`--version`", version, HELP_GOAL)));
        doc.paragraph(String.format(Locale.ROOT, """
                The picocli floor is %s x the JVM floor: beneath every command lies picocli building its model \
                of a command (its classes, which are Java 5 class files that class-data sharing does not archive, \
                and its reflection over the annotations) before the CLI does anything. Its annotation processor \
                writes configuration for GraalVM's native-image only; on a JVM the annotations are read by \
                reflection at every start.""", Markdown.ratio(picocli)));
        doc.paragraph(String.format(Locale.ROOT, """
                Installed: the `.tar.gz` %s, the jar in `lib/` %s; the start-up archive a first run writes to \
                the cache %s.""", Markdown.bytes(file.path("archiveBytes").asLong()),
                Markdown.bytes(file.path("jarBytes").asLong()),
                Markdown.bytes(file.path("startupArchiveBytes").asLong())));
    }

    private static String goal(String what, double ratio, double goal) {
        return String.format(Locale.ROOT, "%s / floor, medians: **%s**; goal ≤ %s: **%s**", what,
                Markdown.ratio(ratio), goal, ratio <= goal ? "met" : "missed");
    }

    private static double ratio(JsonNode millis, String key, double floor) {
        return Samples.median(Samples.of(millis.path(key))) / floor;
    }
}
