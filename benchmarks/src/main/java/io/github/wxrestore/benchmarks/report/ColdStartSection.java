package io.github.wxrestore.benchmarks.report;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Locale;

/** Item 4: the CLI's {@code restore --dry-run} of 100 IDs from a fresh JVM against the JVM floor. */
final class ColdStartSection implements Section {

    @Override
    public void render(Results results, Markdown doc) {
        doc.heading(2, "4. CLI cold start");
        if (results.file(ColdStartMeasurement.FILE).isEmpty()) {
            doc.paragraph("Not measured in this run.");
            return;
        }
        JsonNode file = results.file(ColdStartMeasurement.FILE).get();
        List<Double> dryRun = Samples.of(file.path("dryRunMillis"));
        List<Double> floor = Samples.of(file.path("floorMillis"));
        doc.paragraph(String.format(Locale.ROOT, """
                Wall time of a process, from launch to exit, %d launches of each, alternating, after %d of each \
                to warm the file cache. The command: `java -jar webex-recordings-restore-cli.jar restore \
                --dry-run --json --ids-file <file of %d IDs>` (reads the file, validates every call, prints the \
                plan, sends nothing). The floor: `java -cp webex-recordings-restore-cli.jar:<benchmark classes> \
                %s`, a main that does nothing, with the same jar first on the class path, on the same JVM.""",
                dryRun.size(), ColdStartMeasurement.WARMUP_RUNS, file.path("ids").asInt(),
                ColdStartMeasurement.FLOOR_CLASS));
        double d = Samples.median(dryRun);
        double f = Samples.median(floor);
        doc.table("lrrr", List.of("process", "launches", "median ms", "min – max ms"), List.of(
                List.of("`restore --dry-run` of 100 IDs", String.valueOf(dryRun.size()), Markdown.number(d),
                        Markdown.number(Samples.min(dryRun)) + " – " + Markdown.number(Samples.max(dryRun))),
                List.of("JVM floor (a main that does nothing)", String.valueOf(floor.size()), Markdown.number(f),
                        Markdown.number(Samples.min(floor)) + " – " + Markdown.number(Samples.max(floor)))));
        doc.paragraph(String.format(Locale.ROOT, """
                Dry run / floor, medians: **%s**; the dry run costs %s ms over starting the JVM. That is the \
                command line's own start (picocli parsing the options, the logging set-up) and the first \
                validation: the validator's one-time bootstrap (section 2) is paid here because a dry run \
                validates every call; `--help` and `--version` never build it \
                (`CliJarIT` checks the classes they load).""",
                Markdown.ratio(d / f), Markdown.number(d - f)));
    }
}
