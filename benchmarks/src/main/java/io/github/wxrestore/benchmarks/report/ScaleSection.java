package io.github.wxrestore.benchmarks.report;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Item 6: the CLI with a million IDs (dry run, against reading and deduplicating them) and 100,000 restored. */
final class ScaleSection implements Section {

    /** The goals: the dry run within 1.5 x its floor and 256 MiB; the restore within 200 MiB. */
    static final double DRY_RUN_RATIO_GOAL = 1.5;
    static final long DRY_RUN_RSS_GOAL_MIB = 256;
    static final long RESTORE_RSS_GOAL_MIB = 200;

    @Override
    public void render(Results results, Markdown doc) {
        doc.heading(2, "6. The CLI at scale");
        if (results.file(ScaleMeasurement.FILE).isEmpty()) {
            doc.paragraph("Not measured in this run.");
            return;
        }
        JsonNode file = results.file(ScaleMeasurement.FILE).get();
        List<JsonNode> dryRun = list(file.path("dryRun"));
        List<JsonNode> tuned = list(file.path("tunedDryRun"));
        String options = String.join(" ", list(file.path("largeExportOptions")).stream().map(JsonNode::asText)
                .toList());
        List<JsonNode> floor = list(file.path("floor"));
        List<JsonNode> restore = list(file.path("restore"));
        int million = file.path("dryRunIds").asInt();
        int hundredThousand = file.path("restoreIds").asInt();
        doc.paragraph(String.format(Locale.ROOT, """
                Whole processes, wall time from launch to exit and peak resident memory (GNU time's `%%M`). \
                (a) `java -jar webex-recordings-restore-cli.jar restore --dry-run --ids-file <%,d distinct IDs>` \
                against the floor, `%s` on the same file (read it line by line, drop duplicates keeping the \
                order: the least any tool must do), %d launches of each, alternating, after one of each; and the \
                dry run with the options the README gives for very large exports (`java %s -jar`). (b) \
                `restore --journal` of %,d IDs against a sandbox in the benchmark's process, %d times, each \
                checked: every ID restored by exactly one request.""", million,
                ReadAndDedupeFloor.class.getSimpleName(), dryRun.size(), options, hundredThousand, restore.size()));
        double d = median(dryRun, "millis");
        double f = median(floor, "millis");
        doc.table("lrrrr", List.of("process", "launches", "median ms", "min – max ms", "peak RSS, max"), List.of(
                row("`restore --dry-run` of " + String.format(Locale.ROOT, "%,d", million) + " IDs", dryRun),
                row("the same, `java " + options + " -jar`", tuned),
                row("floor: read and deduplicate them", floor),
                row("`restore --journal` of " + String.format(Locale.ROOT, "%,d", hundredThousand)
                        + " IDs (sandbox)", restore)));
        double ratio = d / f;
        long dryRss = maxMib(dryRun);
        long restoreRss = maxMib(restore);
        doc.paragraph(String.format(Locale.ROOT, """
                Dry run / floor, medians: **%s** (goal: at most %s); dry run peak RSS **%s** (goal: at most %d \
                MiB); restore peak RSS **%s** (goal: at most %d MiB). %s With the large-export options: dry run \
                / floor **%s**, peak RSS **%s**. \
                `java -jar` cannot choose its own JVM options: the JVM sizes its heap from the machine's memory \
                and lets the young generation grow, so the process holds the IDs plus that slack.""",
                Markdown.ratio(ratio), Markdown.ratio(DRY_RUN_RATIO_GOAL), mib(dryRss), DRY_RUN_RSS_GOAL_MIB,
                mib(restoreRss), RESTORE_RSS_GOAL_MIB, verdict(ratio, dryRss, restoreRss),
                tuned.isEmpty() ? "-" : Markdown.ratio(median(tuned, "millis") / f), mib(maxMib(tuned))));
    }

    private static String verdict(double ratio, long dryRss, long restoreRss) {
        List<String> missed = new ArrayList<>();
        if (ratio > DRY_RUN_RATIO_GOAL) {
            missed.add("the dry run's time");
        }
        if (dryRss < 0 || restoreRss < 0) {
            return "Peak RSS was not measured (no `/usr/bin/time`): install GNU time and run again.";
        }
        if (dryRss > DRY_RUN_RSS_GOAL_MIB) {
            missed.add("the dry run's memory");
        }
        if (restoreRss > RESTORE_RSS_GOAL_MIB) {
            missed.add("the restore's memory");
        }
        return missed.isEmpty() ? "Every goal is met." : "Not met: " + String.join(", ", missed) + ".";
    }

    private static List<String> row(String what, List<JsonNode> launches) {
        List<Double> millis = launches.stream().map(l -> l.path("millis").asDouble()).toList();
        return List.of(what, String.valueOf(launches.size()), Markdown.number(Samples.median(millis)),
                Markdown.number(Samples.min(millis)) + " – " + Markdown.number(Samples.max(millis)),
                mib(maxMib(launches)));
    }

    private static double median(List<JsonNode> launches, String field) {
        return Samples.median(launches.stream().map(l -> l.path(field).asDouble()).toList());
    }

    // -1 when GNU time was not there
    private static long maxMib(List<JsonNode> launches) {
        long kib = launches.stream().mapToLong(l -> l.path("peakRssKiB").asLong(-1)).max().orElse(-1);
        return kib < 0 ? -1 : (kib + 1023) / 1024;
    }

    private static String mib(long mib) {
        return mib < 0 ? "not measured" : mib + " MiB";
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(out::add);
        return out;
    }
}
