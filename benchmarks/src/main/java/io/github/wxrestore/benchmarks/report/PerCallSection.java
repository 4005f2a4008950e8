package io.github.wxrestore.benchmarks.report;

import io.github.wxrestore.benchmarks.FacadeStepsBenchmark;
import io.github.wxrestore.benchmarks.PerCallOverheadBenchmark;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Item 1: the facade's cost per call against the hand-written floor and the generated client. */
final class PerCallSection implements Section {

    static final BenchmarkId HAND_WRITTEN = new BenchmarkId(PerCallOverheadBenchmark.class, "handWritten");
    static final BenchmarkId GENERATED = new BenchmarkId(PerCallOverheadBenchmark.class, "generatedClient");
    static final BenchmarkId FACADE = new BenchmarkId(PerCallOverheadBenchmark.class, "facade");
    static final BenchmarkId COPY = new BenchmarkId(FacadeStepsBenchmark.class, "defensiveCopy");
    static final BenchmarkId TRACKING_ID = new BenchmarkId(FacadeStepsBenchmark.class, "trackingId");

    /** The goal: the facade at most 5 % slower than the floor. */
    static final double GOAL_FACADE_OVER_FLOOR = 1.05;

    private static final String US = "us/op";

    @Override
    public void render(Results results, Markdown doc) {
        doc.heading(2, "1. Per-call overhead");
        doc.paragraph("""
                One restore call naming 100 recording IDs of one site, against a loopback server (the JDK \
                HttpServer, in the benchmark's JVM) that reads the request and answers `204 No Content` at once. \
                One calling thread. The three variants use the same HttpClient settings (HTTP/1.1, no \
                redirects, 10 s connect timeout), send the same JSON body to the same server and read the \
                response; only the code above `java.net.http` differs. Times are per call.""");
        Optional<Score> a = results.score(HAND_WRITTEN);
        Optional<Score> b = results.score(GENERATED);
        Optional<Score> c = results.score(FACADE);
        doc.table("ll" + ScoreRows.ALIGN, ScoreRows.header(List.of("", "variant"), US), List.of(
                ScoreRows.row(List.of("a", "hand-written `java.net.http` + Jackson: the floor"), a, US),
                ScoreRows.row(List.of("b", "generated client alone (`RecordingsApi`)"), b, US),
                ScoreRows.row(List.of("c", "facade (`WebexRecordingsClient.restore`), default settings"), c, US)));
        if (a.isEmpty() || b.isEmpty() || c.isEmpty()) {
            doc.paragraph("Ratios need all three variants in one run.");
            return;
        }
        Score sa = a.get().in(US);
        Score sb = b.get().in(US);
        Score sc = c.get().in(US);
        Ratio ca = Ratio.of(sc, sa);
        doc.table("lrrrrl", List.of("ratio", "wall time (means)", "range within the 99.9% CIs", "medians",
                        "CPU time", "goal"),
                List.of(
                        List.of("c/a: facade / floor", Markdown.ratio(ca.value()), ca.rangeText(),
                                Markdown.ratio(sc.median() / sa.median()),
                                Markdown.ratio(sc.cpuTime(US) / sa.cpuTime(US)),
                                "≤ " + GOAL_FACADE_OVER_FLOOR + ": " + (met(ca) ? "met" : "missed")),
                        ratioRow("c/b: facade / generated client", sc, sb),
                        ratioRow("b/a: generated client / floor", sb, sa)));
        meaning(results, doc, sa, sb, sc, ca);
    }

    private static List<String> ratioRow(String name, Score numerator, Score denominator) {
        Ratio r = Ratio.of(numerator, denominator);
        return List.of(name, Markdown.ratio(r.value()), r.rangeText(),
                Markdown.ratio(numerator.median() / denominator.median()),
                Markdown.ratio(numerator.cpuTime(US) / denominator.cpuTime(US)), "");
    }

    private static boolean met(Ratio ca) {
        return ca.value() <= GOAL_FACADE_OVER_FLOOR;
    }

    private static void meaning(Results results, Markdown doc, Score a, Score b, Score c, Ratio ca) {
        doc.heading(3, "What it means");
        doc.paragraph(String.format(Locale.ROOT, """
                A call through the facade took %s us more than the hand-written floor (%s) and %s us more \
                than the generated client it drives (%s); the generated client alone took %s us more than the \
                floor (%s). In CPU time (all threads of the JVM, which other work on the machine disturbs \
                less than wall time) the facade used %s us more per call than the floor and %s us more than the \
                generated client. The goal c/a ≤ %s, on wall time, is %s.""",
                Markdown.number(c.mean() - a.mean()), Markdown.percent(ca.value() - 1),
                Markdown.number(c.mean() - b.mean()), Markdown.percent(c.mean() / b.mean() - 1),
                Markdown.number(b.mean() - a.mean()), Markdown.percent(b.mean() / a.mean() - 1),
                Markdown.number(c.cpuTime(US) - a.cpuTime(US)), Markdown.number(c.cpuTime(US) - b.cpuTime(US)),
                GOAL_FACADE_OVER_FLOOR, verdict(ca)));
        if (!Double.isNaN(a.threadSwitches()) && !Double.isNaN(c.threadSwitches())) {
            double more = c.threadSwitches() - b.threadSwitches();
            doc.paragraph(String.format(Locale.ROOT, """
                    Per call, the JVM's threads stopped to wait for one another %s times for the floor, %s for the \
                    generated client and %s for the facade (voluntary context switches, all threads): %s""",
                    Markdown.number(a.threadSwitches()), Markdown.number(b.threadSwitches()),
                    Markdown.number(c.threadSwitches()), Math.abs(more) < 0.5
                            ? "the facade hands the call between threads no more often than the client it drives."
                            : String.format(Locale.ROOT, "the facade makes %s more hand-offs per call than the "
                            + "client it drives.", Markdown.number(more))));
        }
        Optional<Score> copy = results.score(COPY);
        Optional<Score> validation = results.score(ValidationSection.VALID_HUNDRED);
        Optional<Score> trackingId = results.score(TRACKING_ID);
        if (copy.isEmpty() || validation.isEmpty() || trackingId.isEmpty()) {
            return;
        }
        double steps = copy.get().in(US).mean() + validation.get().in(US).mean() + trackingId.get().in(US).mean();
        doc.paragraph("""
                Where the facade's extra time goes. Before anything is sent, it copies the body through its JSON \
                form (so the caller cannot change it during the call), validates the copy, and makes a \
                TrackingID; each step measured on its own in the same run, warm, one thread:""");
        doc.table("l" + ScoreRows.ALIGN, ScoreRows.header(List.of("step"), US), List.of(
                ScoreRows.row(List.of("copy of the body through Jackson's token stream (`RestoreExchange.copyOf`)"),
                        copy, US),
                ScoreRows.row(List.of("validation (`RestoreRequestValidation.check`), 100 valid IDs"), validation,
                        US),
                ScoreRows.row(List.of("TrackingID: prefix + `UUID.randomUUID()`"), trackingId, US),
                List.of("**sum of the means**", "**" + Markdown.number(steps) + "**", "", "", "", "", "")));
        double extraCpu = c.cpuTime(US) - b.cpuTime(US);
        if (extraCpu <= steps) {
            doc.paragraph(String.format(Locale.ROOT, """
                    These steps take %s us, and the facade's extra CPU time over the generated client, %s us, is \
                    within that: the rest of its attempt (the request copy with its headers and time limit, the \
                    bounded reader, the result) does not show above this run's noise.""",
                    Markdown.number(steps), Markdown.number(extraCpu)));
        } else {
            doc.paragraph(String.format(Locale.ROOT, """
                    These steps take %s us. The remaining %s us of the facade's extra CPU time over the generated \
                    client (%s us) is not broken down by this run. It is spent around the same HttpClient call, \
                    where the facade does more than the generated client alone: a generated `RecordingsApi` per \
                    attempt (so each attempt has its own bounded view of the HttpClient), a copy of the request \
                    with the `Authorization` and `User-Agent` headers and the attempt's time limit, the bounded \
                    reader of the response body, the result with redacted headers and the retry loop's \
                    bookkeeping; on a busy machine, also in running through more code per call (below). Each of \
                    these is a safety the floor does without: validation, a TrackingID per attempt, bounded time \
                    and bounded reads.""",
                    Markdown.number(steps), Markdown.number(extraCpu - steps), Markdown.number(extraCpu)));
        }
        if (!met(ca)) {
            double allowed = a.mean() * (GOAL_FACADE_OVER_FLOOR - 1);
            boolean busy = results.machine().map(m -> m.load1() >= m.cores() * 0.25).orElse(false);
            doc.paragraph(String.format(Locale.ROOT, """
                    What holds the goal back: 5 %% of this floor is %s us. The facade's own work before sending, \
                    measured alone, takes %s us, %s; the rest is the attempt around the call described above.%s \
                    None of it grows with the network: against Webex, where a call takes tens of milliseconds, \
                    these microseconds are a fraction of a per cent.""",
                    Markdown.number(allowed), Markdown.number(steps),
                    steps > allowed ? "by itself more than the goal allows" : "within it by itself",
                    busy ? " A shared machine magnifies the difference: other processes run between the thread "
                            + "hand-offs of every call, and the more code a call runs through (the facade adds "
                            + "Hibernate Validator, a second pass of Jackson and its attempt wrapper to the "
                            + "generated client's path), the more of it must be fetched into the caches again each "
                            + "time." : ""));
        }
    }

    private static String verdict(Ratio ca) {
        String text = met(ca) ? "**met**" : "**missed**";
        if (!Double.isNaN(ca.low()) && ca.low() <= GOAL_FACADE_OVER_FLOOR && ca.high() > GOAL_FACADE_OVER_FLOOR) {
            text += String.format(Locale.ROOT, " on the means, though the band the confidence intervals allow "
                    + "(%s) reaches both sides of it: in this run the difference is within the noise", ca.rangeText());
        }
        return text;
    }
}
