package io.github.wxrestore.benchmarks.report;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/** Item 3: a 10,000-ID bulk restore under a rate limit against its ideal, and 1 worker against 4. */
final class BulkThroughputSection implements Section {

    /** The goal: the rate-limited run at most 10 % over its ideal. */
    static final double GOAL_OVER_IDEAL = 1.10;

    @Override
    public void render(Results results, Markdown doc) {
        doc.heading(2, "3. Bulk throughput");
        if (results.file(BulkThroughputMeasurement.FILE).isEmpty()) {
            doc.paragraph("Not measured in this run.");
            return;
        }
        JsonNode file = results.file(BulkThroughputMeasurement.FILE).get();
        List<JsonNode> runs = new ArrayList<>();
        file.path("runs").forEach(runs::add);
        int ids = file.path("ids").asInt();
        int limit = file.path("rateLimitPerSecond").asInt();
        doc.paragraph(String.format(Locale.ROOT, """
                `BulkRestore` restoring %,d recording IDs of one host (%d calls of 100 IDs) against the sandbox \
                on loopback, in the benchmark's JVM, with one client whose retry policy allows 50 attempts (the \
                bulk run has no retry settings of its own). Three settings, alternating in %d measured rounds after \
                %d warm-up rounds, each run on a fresh recycle bin: no limit with 1 worker, no limit with 4 \
                workers, and 1 worker under the sandbox's rate limit of %d requests per one-second window (the \
                window opens with its first request; the next request is answered 429 with `Retry-After: 1`, \
                so a 429 follows every %d accepted calls). Wall time from `run(..)` to its report.""",
                ids, ids / 100, runs.size() / 3, file.path("warmupRounds").asInt(), limit, limit));
        List<JsonNode> one = select(runs, r -> !r.path("rateLimited").asBoolean() && concurrency(r) == 1);
        List<JsonNode> four = select(runs, r -> !r.path("rateLimited").asBoolean() && concurrency(r) == 4);
        List<JsonNode> limited = select(runs, r -> r.path("rateLimited").asBoolean());
        doc.table("lrrrrrr", List.of("setting", "runs", "median ms", "min – max ms", "requests", "429 answers",
                "mandated wait s"), List.of(
                row("no limit, 1 worker", one), row("no limit, 4 workers", four),
                row("rate limited, 1 worker", limited)));
        long lost = runs.stream().mapToLong(r -> r.path("lost").asLong()).sum();
        long repeated = runs.stream().mapToLong(r -> r.path("repeated").asLong()).sum();
        long other = runs.stream().mapToLong(r -> r.path("otherAnswers").asLong()).sum();
        boolean allRestored = runs.stream().allMatch(r -> r.path("restored").asInt() == r.path("ids").asInt());
        doc.paragraph(String.format(Locale.ROOT, """
                Nothing lost or repeated: over the %d runs, %d IDs were not restored, %d were named in more than \
                one call the sandbox accepted, and %d calls got an answer other than success or 429 (checked \
                against what the sandbox received and restored: %s).""",
                runs.size(), lost, repeated, other, allRestored && lost == 0 && repeated == 0 && other == 0
                        ? "every run restored every ID exactly once" : "**not every run restored every ID once**"));
        if (one.isEmpty() || limited.isEmpty()) {
            return;
        }
        double perRequest = Samples.median(values(one, r -> wallMillis(r) / r.path("requests").asInt()));
        List<Double> ratios = values(limited, r -> wallMillis(r)
                / (r.path("mandatedWaitSeconds").asLong() * 1000.0 + r.path("requests").asInt() * perRequest));
        double ratio = Samples.median(ratios);
        JsonNode typical = limited.get(0);
        doc.paragraph(String.format(Locale.ROOT, """
                The ideal of a rate-limited run is the sum of the waits the server mandated (each 429's \
                `Retry-After`) plus its requests, 429s included, times the time per request measured in the \
                same rounds without a limit (1 worker: median %s ms per request). For example %d requests and \
                %d s of waits give an ideal of %s ms. Wall time over ideal, median of the %d runs: **%s** \
                (%s to %s); goal ≤ %s: **%s**.""",
                Markdown.number(perRequest), typical.path("requests").asInt(),
                typical.path("mandatedWaitSeconds").asLong(),
                Markdown.number(typical.path("mandatedWaitSeconds").asLong() * 1000.0
                        + typical.path("requests").asInt() * perRequest),
                ratios.size(), Markdown.ratio(ratio), Markdown.ratio(Samples.min(ratios)),
                Markdown.ratio(Samples.max(ratios)), GOAL_OVER_IDEAL, ratio <= GOAL_OVER_IDEAL ? "met" : "missed"));
        double overhead = Samples.median(values(limited, r -> wallMillis(r) - r.path("mandatedWaitSeconds").asLong()
                * 1000.0 - r.path("requests").asInt() * perRequest));
        doc.paragraph(String.format(Locale.ROOT, """
                What the time is made of: a `Retry-After` closes the client's pacing gate, so every worker waits \
                until it has passed, and the retried call then opens a fresh window. The time beyond the ideal, \
                a median of %s ms per run (%s over the ideal), is what the run adds to the server's waits and its \
                calls, such as how late each sleep wakes, and the pause and retry bookkeeping.%s""",
                Markdown.number(overhead), Markdown.percent(ratio - 1),
                ratio <= GOAL_OVER_IDEAL ? "" : " That is what holds the goal back."));
        if (!four.isEmpty()) {
            double c1 = Samples.median(values(one, BulkThroughputSection::wallMillis));
            double c4 = Samples.median(values(four, BulkThroughputSection::wallMillis));
            doc.paragraph(String.format(Locale.ROOT, """
                    Concurrency without a limit: 1 worker took a median of %s ms, 4 workers %s ms; 1 worker / 4 \
                    workers = **%s**. The sandbox runs in the same JVM on the same %s, so 4 workers share the \
                    processors with the server that answers them: the speed-up here is bounded by the machine, \
                    not by the bulk run; against Webex, where a call waits on the network, the workers overlap \
                    their waits.""",
                    Markdown.number(c1), Markdown.number(c4), Markdown.ratio(c1 / c4),
                    results.machine().map(m -> m.cores() + " processors").orElse("processors")));
        }
    }

    private static List<String> row(String setting, List<JsonNode> runs) {
        if (runs.isEmpty()) {
            return List.of(setting, "0", "not in this run", "", "", "", "");
        }
        List<Double> walls = values(runs, BulkThroughputSection::wallMillis);
        return List.of(setting, String.valueOf(runs.size()), Markdown.number(Samples.median(walls)),
                Markdown.number(Samples.min(walls)) + " – " + Markdown.number(Samples.max(walls)),
                Markdown.number(Samples.median(values(runs, r -> r.path("requests").asDouble()))),
                Markdown.number(Samples.median(values(runs, r -> r.path("throttled").asDouble()))),
                Markdown.number(Samples.median(values(runs, r -> r.path("mandatedWaitSeconds").asDouble()))));
    }

    private static int concurrency(JsonNode run) {
        return run.path("concurrency").asInt();
    }

    private static double wallMillis(JsonNode run) {
        return run.path("wallNanos").asLong() / 1e6;
    }

    private static List<JsonNode> select(List<JsonNode> runs, Predicate<JsonNode> which) {
        return runs.stream().filter(which).toList();
    }

    private static List<Double> values(List<JsonNode> runs, java.util.function.ToDoubleFunction<JsonNode> value) {
        return runs.stream().map(r -> value.applyAsDouble(r)).toList();
    }
}
